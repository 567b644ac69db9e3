using CampaignSim.EventStore.Comparisons;

namespace CampaignSim.EventStore;

/// <summary>
/// How a comparison's runs are recorded in the store, named so that a database written by an earlier build can be told
/// apart and its comparisons read or refused with a message that says why (docs/event-store.md, "Store formats").
/// </summary>
public static class StoreFormat
{
    /// <summary>Format 1: one <see cref="RunRecorded"/> event per run on the comparison's own stream, the comparison's
    /// <see cref="ComparisonStarted"/> without a block size. Read, never written: a finished comparison in this format is
    /// replayed, verified and summarised as before; an unfinished one cannot be finished by this build.</summary>
    public const int RunByRun = 1;

    /// <summary>Format 2 (this build): one <see cref="RunsRecorded"/> event per block of runs, each block on a stream of
    /// its own (<see cref="RunIds.Block"/>), the block size kept in <see cref="ComparisonStarted.BlockSize"/>.</summary>
    public const int Blocks = 2;

    /// <summary>The format this build writes.</summary>
    public const int Current = Blocks;

    /// <summary>The format a comparison was recorded in.</summary>
    public static int Of(ComparisonStarted started) => started.BlockSize is null ? RunByRun : Blocks;

    /// <summary>Why an unfinished comparison of an earlier format is not finished here.</summary>
    public static string CannotFinish(ComparisonStarted started) =>
        $"Comparison '{started.Name}' is unfinished and was recorded in store format {Of(started)} (one run-recorded event per run, "
        + $"as builds before store format {Current} recorded them); this build records runs in blocks (store format {Current}) and does not finish it. "
        + "Its recorded runs stay readable once it is finished by the build that started it; or start it again under another comparison id.";
}
