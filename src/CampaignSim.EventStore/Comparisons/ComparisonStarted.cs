using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>Opens a comparison's stream: everything needed to run, resume and re-derive every run.</summary>
/// <param name="Name">The comparison id given by the user; stream ids derive from it (<see cref="RunIds"/>).</param>
/// <param name="Scenario">The scenario, after defaults and overrides.</param>
/// <param name="ScenarioHash">Its hash.</param>
/// <param name="Models">Models compared, in the order requested.</param>
/// <param name="NotApplicableReasons">Per model, why it cannot be used in the scenario, or null when it can.</param>
/// <param name="Replications">Replications per model.</param>
/// <param name="BaseSeed">Replication i of every model uses seed <c>BaseSeed + i</c> (common random numbers).</param>
/// <param name="Baseline">Requested baseline model, if any.</param>
/// <param name="Weights">Ranking weights.</param>
/// <param name="KeptReplications">Full streams are kept for replications 0 … KeptReplications−1 of every model.</param>
/// <param name="EngineVersion">Engine that simulates the runs; a different engine must not finish or re-derive them.</param>
/// <param name="Shared">Whether its run blocks went to the shared queue that worker processes take them from
/// (<c>false</c>: the local queue of the process that started it).</param>
/// <param name="Matter">The smallest differences that matter in the ranking; null in a comparison stored before they could be
/// set, which ranks with the defaults.</param>
/// <param name="BlockSize">Runs per recorded block: the runs of each model are simulated and recorded in blocks of this
/// many consecutive replications (the last one of a model may be smaller), each block one <see cref="RunsRecorded"/>
/// event on a stream of its own (<see cref="RunIds.Block"/>). Null in a comparison recorded run by run
/// (<see cref="StoreFormat.RunByRun"/>).</param>
public sealed record ComparisonStarted(
    string Name,
    Scenario Scenario,
    string ScenarioHash,
    IReadOnlyList<string> Models,
    IReadOnlyList<string?> NotApplicableReasons,
    int Replications,
    ulong BaseSeed,
    string? Baseline,
    RankingWeights Weights,
    int KeptReplications,
    string EngineVersion,
    bool Shared = false,
    DifferencesThatMatter? Matter = null,
    int? BlockSize = null)
{
    /// <summary>Seed of replication <paramref name="replication"/>, as <see cref="ComparisonRequest.SeedFor"/>.</summary>
    public ulong SeedFor(int replication) => unchecked(BaseSeed + (ulong)replication);

    /// <summary>Runs the comparison consists of: replications of every applicable model.</summary>
    public int ExpectedRuns => NotApplicableReasons.Count(r => r is null) * Replications;

    /// <summary>The blocks its runs are recorded in, in the order they are queued (model by model, replications
    /// ascending); none in a comparison recorded run by run.</summary>
    public IReadOnlyList<RecordedBlock> Blocks()
    {
        if (BlockSize is not { } size) return [];
        var blocks = new List<RecordedBlock>();
        for (var m = 0; m < Models.Count; m++)
        {
            if (NotApplicableReasons[m] is not null) continue;
            for (var first = 0; first < Replications; first += size)
            {
                var count = Math.Min(size, Replications - first);
                blocks.Add(new RecordedBlock(RunIds.Block(Name, Models[m], first), m, first, count, Math.Clamp(KeptReplications - first, 0, count)));
            }
        }
        return blocks;
    }

    /// <summary>The request this comparison answers.</summary>
    public ComparisonRequest ToRequest() => new()
    {
        Scenario = Scenario,
        Models = Models,
        Replications = Replications,
        BaseSeed = BaseSeed,
        Baseline = Baseline,
        Weights = Weights,
        Matter = Matter ?? new DifferencesThatMatter(),
        HashStreams = true,
    };
}
