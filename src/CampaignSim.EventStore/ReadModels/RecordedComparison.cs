using CampaignSim.Analysis.Comparison;
using CampaignSim.EventStore.Comparisons;

namespace CampaignSim.EventStore.ReadModels;

/// <summary>
/// Builds a <see cref="ComparisonResult"/> from a comparison's recorded runs with the engine's own
/// <see cref="ComparisonRunner.Summarize"/> (so a stored comparison reports exactly the in-memory numbers). Runs are
/// added one at a time in any order: each run's numbers go into its model's <see cref="RunTable"/> and its timeline
/// into the weekly sums, and the event can then be dropped. A run recorded twice counts once (the first).
/// </summary>
internal sealed class RecordedComparison
{
    private readonly ComparisonStarted _started;
    private readonly RunTable.Builder[] _runs;
    private readonly WeeklyAccumulator[] _weekly;
    private readonly int[] _found;

    public RecordedComparison(ComparisonStarted started)
    {
        _started = started;
        _runs = [.. started.Models.Select(_ => new RunTable.Builder(started.Replications))];
        _weekly = [.. started.Models.Select(_ => new WeeklyAccumulator())];
        _found = new int[started.Models.Count];
    }

    /// <summary>The result of a comparison from all its recorded runs.</summary>
    public static ComparisonResult Build(ComparisonStarted started, IEnumerable<RunRecorded> recorded)
    {
        var result = new RecordedComparison(started);
        foreach (var run in recorded) result.Add(run);
        return result.Build();
    }

    /// <summary>Adds a recorded run (ignored when it is not part of the comparison or already added).</summary>
    public void Add(RunRecorded r)
    {
        var m = IndexOf(_started.Models, r.ModelId);
        if (m < 0 || _started.NotApplicableReasons[m] is not null || r.Replication < 0 || r.Replication >= _started.Replications
            || _runs[m].Has(r.Replication)) return;
        _runs[m].Set(new RunSummary(r.ModelId, r.Replication, r.Seed, r.Outcome, r.EventCount, r.StreamHash));
        _weekly[m].Add(r.Replication, r.Timeline);
        _found[m]++;
        if (r.StreamStored) StreamsStored++;
    }

    /// <summary>Runs added whose full stream is stored.</summary>
    public int StreamsStored { get; private set; }

    /// <summary>The result of the runs added.</summary>
    /// <exception cref="EventStoreException">A run of an applicable model is missing.</exception>
    public ComparisonResult Build()
    {
        var models = _started.Models;
        var perModel = new (RunTable, WeeklyMeans)?[models.Count];
        for (var m = 0; m < models.Count; m++)
        {
            if (_started.NotApplicableReasons[m] is not null) continue;
            if (_found[m] != _started.Replications)
                throw new EventStoreException($"Comparison '{_started.Name}' is incomplete: {_found[m]} of {_started.Replications} runs of {models[m]} are recorded.");
            perModel[m] = (_runs[m].Build(), _weekly[m].Means());
        }

        return ComparisonRunner.Summarize(_started.ToRequest(), _started.ScenarioHash, _started.NotApplicableReasons, perModel);
    }

    private static int IndexOf(IReadOnlyList<string> models, string modelId)
    {
        for (var m = 0; m < models.Count; m++)
            if (models[m] == modelId) return m;
        return -1;
    }
}
