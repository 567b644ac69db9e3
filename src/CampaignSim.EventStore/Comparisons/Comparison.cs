namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// The comparison process's state (an inline snapshot of its stream): what was asked and whether it is complete. Its
/// runs are recorded in blocks on streams of their own (<see cref="RunsRecorded"/>), which this stream does not see
/// until <see cref="ComparisonCompleted"/> says they are all in; until then the blocks' streams say which runs are
/// recorded (<see cref="ComparisonStarted.Blocks"/>). A comparison recorded run by run (<see cref="StoreFormat.RunByRun"/>)
/// has its <see cref="RunRecorded"/> events on this stream, and its snapshot counts them as they come.
/// </summary>
public sealed class Comparison
{
    /// <summary>Stream id.</summary>
    public Guid Id { get; set; }

    /// <summary>The opening event.</summary>
    public ComparisonStarted Started { get; set; } = null!;

    /// <summary>One bit per (model index × replications + replication): recorded or not (run-by-run comparisons only).</summary>
    public byte[] Recorded { get; set; } = [];

    /// <summary>Runs recorded so far: counted as they come in a run-by-run comparison; in a comparison recorded in blocks,
    /// all of them once it is complete, and 0 before (read the blocks' streams for progress).</summary>
    public int RecordedCount { get; set; }

    /// <summary>Runs recorded with their full stream.</summary>
    public int StreamsStored { get; set; }

    /// <summary>Whether every run is recorded.</summary>
    public bool Completed { get; set; }

    /// <summary>Starts the state from the opening event.</summary>
    public static Comparison Create(ComparisonStarted e) => new()
    {
        Started = e,
        Recorded = e.BlockSize is null ? new byte[(e.Models.Count * e.Replications + 7) / 8] : [],
    };

    /// <summary>Marks a run as recorded (a run-by-run comparison).</summary>
    public void Apply(RunRecorded e)
    {
        if (Recorded.Length == 0) return;
        var bit = BitOf(e.ModelId, e.Replication);
        if ((Recorded[bit >> 3] & (1 << (bit & 7))) != 0) return;
        Recorded[bit >> 3] |= (byte)(1 << (bit & 7));
        RecordedCount++;
        if (e.StreamStored) StreamsStored++;
    }

    /// <summary>Marks the comparison complete, with every run recorded.</summary>
    public void Apply(ComparisonCompleted e)
    {
        Completed = true;
        RecordedCount = e.Runs;
        StreamsStored = e.StreamsStored;
    }

    private int BitOf(string modelId, int replication) => IndexOf(modelId) * Started.Replications + replication;

    private int IndexOf(string modelId)
    {
        for (var i = 0; i < Started.Models.Count; i++)
            if (Started.Models[i] == modelId) return i;
        throw new InvalidOperationException($"Model '{modelId}' is not part of comparison '{Started.Name}'.");
    }
}
