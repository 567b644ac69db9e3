using System.Globalization;

namespace CampaignSim.EventStore;

/// <summary>
/// What a comparison keeps in the event store. Every run's outcome and weekly timeline are always recorded on the
/// comparison's stream; the full event stream of a run is kept for the first <see cref="KeptReplications"/>
/// replications of every model (all of them when null). A run whose stream is not kept can be re-derived bit-exactly
/// from its recorded seed with the same engine version (<c>CampaignStore.VerifyRunAsync</c>).
/// </summary>
public sealed record StorageMode
{
    private StorageMode(int? keptReplications) => KeptReplications = keptReplications;

    /// <summary>Replications per model whose full stream is kept (replications 0 … K−1); null keeps every run's stream.</summary>
    public int? KeptReplications { get; }

    /// <summary>Keep every run's full event stream.</summary>
    public static StorageMode Full { get; } = new((int?)null);

    /// <summary>Keep only outcomes and timelines; no run stream.</summary>
    public static StorageMode OutcomesOnly { get; } = new(0);

    /// <summary>Keep the full stream of the first <paramref name="replicationsPerModel"/> replications of every model.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static StorageMode Sample(int replicationsPerModel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicationsPerModel);
        return new StorageMode(replicationsPerModel);
    }

    /// <summary>Parses <c>full</c>, <c>outcomes</c> or <c>sample:K</c> (K ≥ 0).</summary>
    /// <exception cref="FormatException">Anything else.</exception>
    public static StorageMode Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t == "full") return Full;
        if (t == "outcomes") return OutcomesOnly;
        if (t.StartsWith("sample:", StringComparison.Ordinal)
            && int.TryParse(t["sample:".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var k))
            return Sample(k);
        throw new FormatException($"'{text}' is not a storage mode (use full, outcomes or sample:K with K ≥ 0, e.g. sample:10).");
    }

    /// <summary>Replications 0 … n−1 of each model whose stream is kept, given <paramref name="replications"/> per model.</summary>
    public int KeptOf(int replications) => Math.Min(KeptReplications ?? replications, replications);

    /// <inheritdoc />
    public override string ToString() => KeptReplications switch
    {
        null => "full",
        0 => "outcomes",
        var k => string.Create(CultureInfo.InvariantCulture, $"sample:{k}"),
    };
}
