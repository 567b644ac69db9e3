using System.Globalization;
using System.Text.Json;
using CampaignSim.Reports;

namespace CampaignSim.Reports.Output;

/// <summary>Writes and parses <c>manifest.json</c>.</summary>
public static class ManifestJson
{
    /// <summary>File name in an output folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Largest manifest read (1 MiB); a real one is about 1 KB.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>
    /// Layout version of the file, written as <c>manifestFormat</c>. Version 1 wrote it as a first <c>format</c> key, so that
    /// the object had <c>format</c> twice (this number and the tables' csv or parquet); a JSON reader kept only one of them.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>The file's bytes.</summary>
    public static byte[] Render(Manifest m, IReadOnlyList<string> files) => JsonText.Render(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("manifestFormat", FormatVersion);
        w.WriteString("kind", m.Kind);
        w.WriteString("comparisonId", m.ComparisonId);
        w.WriteStartObject("scenario");
        w.WriteString("argument", m.ScenarioArgument);
        w.WriteString("file", m.ScenarioFile);
        w.WriteString("sha256", m.ScenarioFileSha256);
        w.WriteString("hash", m.ScenarioHash);
        w.WriteString("name", m.ScenarioName);
        w.WriteEndObject();
        Strings(w, "sets", m.Sets);
        w.WriteString("variant", m.Variant);
        w.WriteString("weekly", m.Weekly);
        w.WriteString("format", m.Format);
        Strings(w, "parameters", m.Parameters ?? []);
        if (m.Points is { } points)
        {
            w.WriteStartArray("points");
            foreach (var point in points)
            {
                w.WriteStartArray();
                foreach (var set in point)
                {
                    w.WriteStringValue(set);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        if (m.Parts is { } parts)
        {
            Strings(w, "parts", parts);
        }

        Strings(w, "models", m.Models);
        w.WriteNumber("runs", m.Runs);
        w.WriteNumber("seed", m.Seed);
        if (m.Baseline is null)
        {
            w.WriteNull("baseline");
        }
        else
        {
            w.WriteString("baseline", m.Baseline);
        }

        w.WriteString("weights", m.Weights);
        if (m.Matter is { } matter)
        {
            w.WriteString("matter", matter);
        }

        if (m.Worlds is { } worlds)
        {
            w.WriteStartObject("worlds");
            w.WriteNumber("count", worlds);
            w.WriteString("file", m.WorldsFile ?? "");
            w.WriteString("sha256", m.WorldsFileSha256 ?? "");
            w.WriteEndObject();
        }

        w.WriteString("engineVersion", m.EngineVersion);
        w.WriteString("commandLine", m.CommandLine);
        w.WriteString("createdUtc", m.CreatedUtc);
        Strings(w, "files", files);
        w.WriteEndObject();
    });

    /// <summary>
    /// Reads a manifest from its bytes; a malformed one is a <see cref="UsageException"/> that names
    /// <paramref name="path"/> and the field (the command line opens the file: ManifestFile.Read).
    /// </summary>
    public static Manifest Parse(byte[] bytes, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{path}: expected a JSON object");
            }

            var scenario = Field(path, root, "scenario", JsonValueKind.Object);
            return new Manifest(
                Text(path, root, "comparisonId"),
                Text(path, scenario, "argument", "scenario."),
                Text(path, scenario, "file", "scenario."),
                Text(path, scenario, "sha256", "scenario."),
                Text(path, scenario, "hash", "scenario."),
                Text(path, scenario, "name", "scenario."),
                List(path, root, "sets"),
                List(path, root, "models"),
                Whole(path, root, "runs"),
                Seed(path, root),
                root.TryGetProperty("baseline", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null,
                Text(path, root, "weights"),
                Text(path, root, "engineVersion"),
                root.TryGetProperty("commandLine", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "",
                root.TryGetProperty("createdUtc", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "",
                root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : Manifest.CompareKind,
                root.TryGetProperty("variant", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "",
                root.TryGetProperty("parameters", out _) ? List(path, root, "parameters") : [],
                root.TryGetProperty("points", out var p) ? Points(path, p) : null,
                root.TryGetProperty("parts", out _) ? List(path, root, "parts") : null,
                root.TryGetProperty("weekly", out var wk) && wk.ValueKind == JsonValueKind.String ? wk.GetString()! : "means",
                root.TryGetProperty("format", out var fm) && fm.ValueKind == JsonValueKind.String ? fm.GetString()! : "csv",
                root.TryGetProperty("matter", out _) ? Text(path, root, "matter") : null,
                root.TryGetProperty("worlds", out _) ? Whole(path, Field(path, root, "worlds", JsonValueKind.Object), "count") : null,
                root.TryGetProperty("worlds", out _) ? Text(path, root.GetProperty("worlds"), "file", "worlds.") : null,
                root.TryGetProperty("worlds", out _) ? Text(path, root.GetProperty("worlds"), "sha256", "worlds.") : null);
        }
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static IReadOnlyList<IReadOnlyList<string>> Points(string path, JsonElement points) =>
        points.ValueKind != JsonValueKind.Array
            ? throw new UsageException($"{path}: field 'points' must be a list of lists of path=value strings")
            : points.EnumerateArray().Select(point => point.ValueKind == JsonValueKind.Array
                ? (IReadOnlyList<string>)point.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                    ? e.GetString()!
                    : throw new UsageException($"{path}: field 'points' must hold only strings")).ToArray()
                : throw new UsageException($"{path}: field 'points' must be a list of lists of path=value strings")).ToArray();

    private static JsonElement Field(string path, JsonElement parent, string name, JsonValueKind kind, string prefix = "")
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != kind)
        {
            var expected = kind.ToString().ToLower(CultureInfo.InvariantCulture);
            throw new UsageException($"{path}: field '{prefix}{name}' is missing or not a{(expected[0] is 'a' or 'o' ? "n" : "")} {expected}");
        }

        return value;
    }

    private static string Text(string path, JsonElement parent, string name, string prefix = "") =>
        Field(path, parent, name, JsonValueKind.String, prefix).GetString()!;

    private static IReadOnlyList<string> List(string path, JsonElement parent, string name)
    {
        var array = Field(path, parent, name, JsonValueKind.Array);
        return array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw new UsageException($"{path}: field '{name}' must hold only strings")).ToArray();
    }

    private static int Whole(string path, JsonElement parent, string name) =>
        Field(path, parent, name, JsonValueKind.Number).TryGetInt32(out var v)
            ? v
            : throw new UsageException($"{path}: field '{name}' is not a whole number");

    private static ulong Seed(string path, JsonElement parent) =>
        Field(path, parent, "seed", JsonValueKind.Number).TryGetUInt64(out var v)
            ? v
            : throw new UsageException($"{path}: field 'seed' is not a whole number from 0 to {ulong.MaxValue}");
}
