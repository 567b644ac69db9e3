using CampaignSim.Analysis.Comparison;
using CampaignSim.Analysis.Worlds;
using CampaignSim.Reports;
using CampaignSim.Reports.Output;

namespace CampaignSim.Workbench;

/// <summary>What the page sends to ask how robust an answer is: the comparison as it stands, and how many plausible worlds.</summary>
public sealed class RobustBody
{
    /// <summary>The scenario, settings, runs per model in each world, seed, weights and smallest differences, as for one comparison.</summary>
    public ComparisonBody Comparison { get; set; } = new();

    /// <summary>How many of the shipped plausible worlds to run (the first K of the file).</summary>
    public int? Worlds { get; set; }

    /// <summary>The page's previous check, cancelled when this one starts.</summary>
    public string? Replaces { get; set; }
}

/// <summary>A model's standing across the plausible worlds of a robustness check, as the page shows it.</summary>
/// <param name="Model">Model id.</param>
/// <param name="Name">Its name.</param>
/// <param name="FirstIn">The worlds it comes first in (ties shared).</param>
/// <param name="MedianRegret">Its median shortfall from the best model of each world, in points of the 0–100 score, to one decimal.</param>
/// <param name="WorstTenthRegret">Its shortfall in its worst tenth of worlds, the same way.</param>
public sealed record RobustStanding(string Model, string Name, int FirstIn, string MedianRegret, string WorstTenthRegret);

/// <summary>
/// The comparison repeated in the first K plausible worlds of the shipped worlds file, one world after another, every
/// model on the same seeds inside each world, as <c>campaignsim compare --worlds K</c> runs them (docs/robustness.md):
/// the page shows whether the ranking holds across the model's assumptions, not only at its defaults.
/// </summary>
public sealed class RobustJob : ComparisonSeries
{
    internal RobustJob(string id, ComparisonInput input, WorldsFile file, int count)
        : base(id, count * input.Runs * input.Request(1).Models.Count(m => ComparisonRunner.NotApplicableBecause(input.Loaded.Scenario, m) is null))
    {
        Input = input;
        File = file;
        Worlds = file.Take(count);
    }

    /// <summary>The comparison repeated in each world.</summary>
    public ComparisonInput Input { get; }

    /// <summary>The worlds file the worlds come from.</summary>
    public WorldsFile File { get; }

    /// <summary>What tells this worlds file from another with the same engine version and count (<see cref="RobustViews.Digest"/>).</summary>
    public string WorldsDigest => RobustViews.Digest(File);

    /// <summary>The worlds run, in the file's order.</summary>
    public IReadOnlyList<PlausibleWorld> Worlds { get; }

    /// <summary>Once every world is done, which parameters can act in the scenario (<see cref="ParameterLiveness.Live"/>); null before.</summary>
    public IReadOnlyList<bool>? Live { get; private set; }

    /// <inheritdoc />
    protected override IEnumerable<ComparisonRequest> Requests(int? threads)
    {
        var request = Input.Request(threads);
        return Worlds.Select(w => request with { Scenario = WorldParameter.Apply(request.Scenario, File.Parameters, w.Values) });
    }

    /// <inheritdoc />
    protected override void Finish(int? threads)
    {
        var own = Input.Request(threads);
        Live = ParameterLiveness.Live(own.Scenario, File.Parameters,
            own.Models.Where(m => ComparisonRunner.NotApplicableBecause(own.Scenario, m) is null).ToArray(), own.BaseSeed,
            cancellationToken: Cancellation.Token);
    }
}

/// <summary>The page's view of a robustness check: progress, the verdict across the worlds done so far, and each model's standing.</summary>
public static class RobustViews
{
    /// <summary>Worlds the page runs by default.</summary>
    public const int DefaultWorlds = 20;

    /// <summary>Most runs per model over all the worlds of one check from the page, as for a sweep.</summary>
    public const int MaxRuns = SweepViews.MaxRuns;

    // One reference, replaced whole, so that requests on other threads read a path, time and file that belong together.
    private static Shipped? _shipped;

    /// <summary>
    /// The shipped worlds file (<see cref="Scenarios.ScenarioCatalog.ShippedWorldsPath"/>), read again only when it was
    /// written since; a 422 <see cref="BadInputException"/> when there is none or it cannot be read.
    /// </summary>
    public static WorldsFile ShippedWorlds()
    {
        var path = Scenarios.ScenarioCatalog.FindShippedWorlds()
            ?? throw new BadInputException($"no plausible worlds are shipped with this workbench ({Scenarios.ScenarioCatalog.ShippedWorldsPath} was not found)");
        var written = System.IO.File.GetLastWriteTimeUtc(path);
        if (_shipped is { } known && known.Path == path && known.Written == written)
        {
            return known.File;
        }

        try
        {
            var file = WorldsFile.Read(path);
            _shipped = new Shipped(path, written, file);
            return file;
        }
        catch (FormatException e)
        {
            throw new BadInputException($"the shipped worlds file cannot be read: {e.Message}");
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorldsFile, string> Digests = [];

    /// <summary>
    /// 16 hex digits of the SHA-256 of the worlds file's text as this code writes it: two files with the same engine version
    /// and number of worlds but other worlds (another design seed, say) have other digests. Worked out once per file read.
    /// </summary>
    public static string Digest(WorldsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Digests.GetValue(file, f => Sha256Text.Hex(f.ToJson())[..16]);
    }

    /// <summary>Checks the body, reads the shipped worlds file and loads the scenario; what is wrong is a 422 naming it.</summary>
    public static (ComparisonInput Input, WorldsFile File, int Count) Check(RobustBody body, WorkbenchOptions options, ScenarioLibrary library)
    {
        ArgumentNullException.ThrowIfNull(body);
        var file = ShippedWorlds();
        if (file.Worlds.Count == 0)
        {
            throw new BadInputException("the shipped worlds file holds no plausible world (history matching kept none)");
        }

        var count = body.Worlds ?? Math.Min(DefaultWorlds, file.Worlds.Count);
        if (count < 1 || count > file.Worlds.Count)
        {
            throw new BadInputException($"give from 1 to {file.Worlds.Count} plausible worlds");
        }

        var runs = body.Comparison.Runs ?? ComparisonInput.DefaultRuns;
        if ((long)runs * count > MaxRuns)
        {
            throw new BadInputException($"a check from the page runs at most {Numbers.Whole(MaxRuns)} campaigns per model in all; {count} worlds × {runs} runs is "
                + $"{Numbers.Whole((long)runs * count)}. Give fewer runs or fewer worlds ('campaignsim compare --worlds' runs more)");
        }

        return (ComparisonInput.From(body.Comparison, options, library), file, count);
    }

    /// <summary>
    /// The check under <paramref name="weights"/> and <paramref name="matter"/>: every world done so far ranked again (nothing is
    /// run again). <paramref name="savedId"/> is the id it is kept under once done, when the workbench keeps them.
    /// </summary>
    public static object Of(RobustJob job, RankingWeights weights, DifferencesThatMatter matter, string? savedId = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        // The state first: a check that ends between the two reads must not be shown done with a world missing.
        var state = job.State;
        var results = job.Results;
        var answer = Answer(job, state == "done", results, weights, matter);
        return new
        {
            id = job.Id,
            state,
            error = job.Error,
            worlds = job.Worlds.Count,
            worldsDone = results.Count,
            inFile = job.File.Worlds.Count,
            engineVersion = job.File.EngineVersion,
            runs = job.Input.Runs,
            runsDone = job.RunsDone,
            runsTotal = job.RunsTotal,
            finishedMs = job.FinishedMs,
            command = Command(job, weights, matter),
            verdict = answer?.Verdict ?? "",
            models = answer?.Models ?? [],
            savedId = state == "done" ? savedId : null,
        };
    }

    /// <summary>
    /// The verdict over the worlds of <paramref name="results"/> (with the conditions for other winners when
    /// <paramref name="done"/>), its first sentence alone, and each model's standing; null before the first world is done.
    /// </summary>
    internal static (string Verdict, string FirstSentence, IReadOnlyList<RobustStanding> Models)? Answer(RobustJob job, bool done,
        IReadOnlyList<ComparisonResult> results, RankingWeights weights, DifferencesThatMatter matter)
    {
        var scenario = job.Input.Loaded.Scenario;
        var runs = results.Select((r, w) => RobustComparison.WorldFrom(job.Worlds[w].Values, r.Models, r.Request.Scenario, matter)).ToArray();
        if (runs.Length == 0)
        {
            return null;
        }

        var ranking = RobustComparison.Rank(RobustComparison.CriteriaFor(scenario, weights, matter), runs);
        var found = done ? ScenarioDiscovery.WhereWinnerChanges(ranking, job.File.Parameters, live: job.Live) : [];
        return (RobustVerdict.Sentence(ranking, found, ComparisonReport.Name), RobustVerdict.Sentence(ranking, [], ComparisonReport.Name),
            ranking.Models.Select(m => new RobustStanding(m.ModelId, ComparisonReport.Name(m.ModelId), m.FirstIn, Points(m.MedianRegret), Points(m.WorstTenthRegret))).ToList());
    }

    private sealed record Shipped(string Path, DateTime Written, WorldsFile File);

    /// <summary>A regret on the 0–1 score as points of 0–100, to one decimal.</summary>
    private static string Points(double regret) => double.IsNaN(regret) ? "–" : Numbers.Fixed(regret * 100, 1);

    internal static string Command(RobustJob job, RankingWeights weights, DifferencesThatMatter matter)
    {
        var args = job.Input.CompareArguments(weights, matter).ToList();
        args.InsertRange(args.IndexOf("--out"), ["--worlds", job.Worlds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        args[^1] = ComparisonInput.OutFolder + "-worlds";
        return string.Join(' ', args.Select(ComparisonInput.Quote).Prepend("campaignsim"));
    }
}
