namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// The comparison process's state (an inline snapshot of its stream): what was asked and which runs are in.
/// Used by the handlers to skip runs already recorded, so a message handled twice records nothing twice.
/// </summary>
public sealed class Comparison
{
    /// <summary>Stream id.</summary>
    public Guid Id { get; set; }

    /// <summary>The opening event.</summary>
    public ComparisonStarted Started { get; set; } = null!;

    /// <summary>One bit per (model index × replications + replication): recorded or not.</summary>
    public byte[] Recorded { get; set; } = [];

    /// <summary>Runs recorded so far.</summary>
    public int RecordedCount { get; set; }

    /// <summary>Runs recorded with their full stream.</summary>
    public int StreamsStored { get; set; }

    /// <summary>Whether every run is recorded.</summary>
    public bool Completed { get; set; }

    /// <summary>Starts the state from the opening event.</summary>
    public static Comparison Create(ComparisonStarted e) => new()
    {
        Started = e,
        Recorded = new byte[(e.Models.Count * e.Replications + 7) / 8],
    };

    /// <summary>Marks a run as recorded.</summary>
    public void Apply(RunRecorded e)
    {
        var bit = BitOf(e.ModelId, e.Replication);
        if ((Recorded[bit >> 3] & (1 << (bit & 7))) != 0) return;
        Recorded[bit >> 3] |= (byte)(1 << (bit & 7));
        RecordedCount++;
        if (e.StreamStored) StreamsStored++;
    }

    /// <summary>Marks the comparison complete.</summary>
    public void Apply(ComparisonCompleted e) => Completed = true;

    /// <summary>Whether replication <paramref name="replication"/> of model number <paramref name="modelIndex"/> is recorded.</summary>
    public bool IsRecorded(int modelIndex, int replication)
    {
        var bit = modelIndex * Started.Replications + replication;
        return (Recorded[bit >> 3] & (1 << (bit & 7))) != 0;
    }

    /// <summary>Whether a run is recorded.</summary>
    public bool IsRecorded(string modelId, int replication) => IsRecorded(IndexOf(modelId), replication);

    private int BitOf(string modelId, int replication) => IndexOf(modelId) * Started.Replications + replication;

    private int IndexOf(string modelId)
    {
        for (var i = 0; i < Started.Models.Count; i++)
            if (Started.Models[i] == modelId) return i;
        throw new InvalidOperationException($"Model '{modelId}' is not part of comparison '{Started.Name}'.");
    }
}
