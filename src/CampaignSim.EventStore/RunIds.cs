using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CampaignSim.EventStore;

/// <summary>
/// Deterministic stream ids. A comparison's stream id is derived from its name, and a run's from
/// (comparison, model, replication), so the same run always lands on the same stream: a run handled twice
/// cannot be stored twice (the stream id is the primary key of <c>mt_streams</c>).
/// </summary>
/// <remarks>
/// Name-based UUIDs as in RFC 9562: the first 16 bytes of the SHA-256 of a prefixed, newline-separated name, with the
/// version nibble set to 8 (RFC 9562's name-based SHA-256 layout; version 5 is the same construction over SHA-1)
/// and the RFC variant bits.
/// </remarks>
public static class RunIds
{
    /// <summary>The stream id of the comparison named <paramref name="comparisonId"/>.</summary>
    public static Guid Comparison(string comparisonId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(comparisonId);
        return FromName("campaignsim/comparison\n" + comparisonId);
    }

    /// <summary>The stream id of replication <paramref name="replication"/> of <paramref name="modelId"/> in a comparison.</summary>
    public static Guid Run(string comparisonId, string modelId, int replication)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(comparisonId);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        return FromName(string.Create(CultureInfo.InvariantCulture, $"campaignsim/run\n{comparisonId}\n{modelId}\n{replication}"));
    }

    /// <summary>
    /// The stream id of the block of <paramref name="modelId"/>'s runs from replication <paramref name="firstReplication"/> in a
    /// comparison: the stream of its one <see cref="Comparisons.RunsRecorded"/> event. A block recorded twice would start
    /// the same stream twice, which <c>mt_streams</c>' primary key refuses.
    /// </summary>
    public static Guid Block(string comparisonId, string modelId, int firstReplication)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(comparisonId);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplication);
        return FromName(string.Create(CultureInfo.InvariantCulture, $"campaignsim/block\n{comparisonId}\n{modelId}\n{firstReplication}"));
    }

    /// <summary>
    /// The id of a calibration handed to the store: derived from the engine version and a digest of the job
    /// (<paramref name="jobDigest"/>), so the same calibration asked again finds what is stored.
    /// </summary>
    public static Guid Calibration(string engineVersion, string jobDigest)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engineVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobDigest);
        return FromName($"campaignsim/calibration\n{engineVersion}\n{jobDigest}");
    }

    /// <summary>The id of the block of a calibration's world <paramref name="world"/> from replication <paramref name="firstReplication"/>.</summary>
    public static Guid CalibrationBlock(Guid calibration, int world, int firstReplication)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(world);
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplication);
        return FromName(string.Create(CultureInfo.InvariantCulture, $"campaignsim/calibration-block\n{calibration}\n{world}\n{firstReplication}"));
    }

    private static Guid FromName(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
