using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Infrastructure;

/// <summary>
/// The canonical serialization of events: camelCase JSON, enums as kebab-case strings, one event per line.
/// Doubles are written in .NET's shortest round-trip form, so the same events give the same bytes everywhere.
/// </summary>
public static class EventJson
{
    /// <summary>Serializer options for events and scenarios.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        WriteIndented = false,
    };

    /// <summary>One event as a JSON line (no newline).</summary>
    public static string Serialize(CampaignEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>Reads one event line.</summary>
    public static CampaignEvent Deserialize(string line) =>
        JsonSerializer.Deserialize<CampaignEvent>(line, Options) ?? throw new JsonException("Empty event line.");

    /// <summary>Writes events as JSON lines.</summary>
    public static void WriteLines(IEnumerable<CampaignEvent> events, TextWriter writer)
    {
        foreach (var e in events)
        {
            writer.Write(Serialize(e));
            writer.Write('\n');
        }
    }

    /// <summary>Lower-case hex SHA-256 of the stream's JSON lines: equal hashes mean byte-identical streams.</summary>
    public static string StreamHash(IEnumerable<CampaignEvent> events)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var newline = "\n"u8.ToArray();
        foreach (var e in events)
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(e, Options));
            hash.AppendData(newline);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
