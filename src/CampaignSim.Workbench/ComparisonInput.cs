using System.Globalization;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Scenarios;

namespace CampaignSim.Workbench;

/// <summary>What the page sends: a shipped scenario or scenario text, overrides, runs, seed and weights.</summary>
public sealed class ComparisonBody
{
    /// <summary>Name of a shipped scenario (<c>hospital-stewards</c>); null when <see cref="Yaml"/> is given.</summary>
    public string? Scenario { get; set; }

    /// <summary>Scenario text typed, pasted or opened in the page.</summary>
    public string? Yaml { get; set; }

    /// <summary>Overrides as <c>path=value</c>, as <c>--set</c> takes them.</summary>
    public List<string>? Sets { get; set; }

    /// <summary>Runs per model.</summary>
    public int? Runs { get; set; }

    /// <summary>First seed.</summary>
    public ulong? Seed { get; set; }

    /// <summary>Ranking weights by key (wages, demands, safety, control, cost); missing keys keep their defaults.</summary>
    public Dictionary<string, double>? Weights { get; set; }

    /// <summary>Smallest differences that matter by key (wages, demands, safety, control, cost), in the units of <c>--matter</c>; missing keys keep their defaults.</summary>
    public Dictionary<string, double>? Matter { get; set; }

    /// <summary>A comparison from the same page that this one replaces (cancelled if still running).</summary>
    public string? Replaces { get; set; }
}

/// <summary>A checked request: the loaded scenario and the command line that gives the same result.</summary>
/// <param name="Loaded">The scenario as loaded with its overrides.</param>
/// <param name="ScenarioArgument">The scenario as the CLI would be given it: the shipped name, or scenario.yaml for text.</param>
/// <param name="Yaml">The scenario text (the shipped file's text for a shipped scenario).</param>
/// <param name="Runs">Runs per model.</param>
/// <param name="Seed">First seed.</param>
/// <param name="Weights">Ranking weights.</param>
/// <param name="Matter">Smallest differences that matter in the ranking.</param>
public sealed record ComparisonInput(LoadedScenario Loaded, string ScenarioArgument, string Yaml, int Runs, ulong Seed, RankingWeights Weights,
    DifferencesThatMatter Matter)
{
    /// <summary>
    /// What decides the runs: the scenario as given (name or text), its overrides in order, runs and seed. Two inputs with the
    /// same key simulate the same campaigns, whatever their weights and smallest differences, so a finished comparison with
    /// this key can be shown again instead of being run again.
    /// </summary>
    public string Key { get; } = Sha256Text.Hex(
        string.Join('\n', new[] { ScenarioArgument, Yaml, Runs.ToString(CultureInfo.InvariantCulture), Seed.ToString(CultureInfo.InvariantCulture) }
            .Concat(Loaded.Sets)));

    private (string Text, bool Written)? _exported;
    private LoadedScenario? _recorded;

    /// <summary>
    /// The scenario text with the page's changes written into it (the downloaded scenario.yaml), and whether they could be
    /// written in (else the text lists them as <c>--set</c> options to give with it).
    /// </summary>
    public (string Text, bool Written) Exported => _exported ??= ScenarioExport.Apply(Yaml, Loaded.Sets, Loaded,
        ScenarioArgument == TextFileName ? "The scenario text" : $"The shipped scenario {ScenarioArgument}");

    /// <summary>
    /// The scenario as every file and command of this comparison names it. A shipped scenario is named with its overrides
    /// (<c>compare hospital-stewards --set …</c>); scenario text is named as the downloaded scenario.yaml, which has the
    /// changes written in, so that the command shown and the manifest fit the file the committee takes home.
    /// </summary>
    public LoadedScenario Recorded => _recorded ??= ScenarioArgument != TextFileName || Loaded.Sets.Count == 0 ? Loaded
        : ScenarioLoader.Parse(Exported.Text, TextFileName, Exported.Written ? [] : Loaded.Sets);

    /// <summary>The CLI's default number of runs per model.</summary>
    public const int DefaultRuns = 200;

    /// <summary>The CLI's default first seed.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The baseline the CLI uses when it applies.</summary>
    public const string DefaultBaseline = "business-unionism";

    /// <summary>File name given to scenario text in messages, manifests and the equivalent command.</summary>
    public const string TextFileName = "scenario.yaml";

    /// <summary>Output folder named in the equivalent command and in the report's verify line.</summary>
    public const string OutFolder = "workbench";

    /// <summary>The arguments of the <c>campaignsim compare</c> command that writes the same files.</summary>
    public IReadOnlyList<string> CompareArguments(RankingWeights weights, DifferencesThatMatter matter)
    {
        var args = new List<string> { "compare", ScenarioArgument, "--runs", Runs.ToString(CultureInfo.InvariantCulture) };
        if (Seed != DefaultSeed)
        {
            args.AddRange(["--seed", Seed.ToString(CultureInfo.InvariantCulture)]);
        }

        if (weights != new RankingWeights())
        {
            args.AddRange(["--weights", weights.ToString()]);
        }

        if (matter != new DifferencesThatMatter())
        {
            args.AddRange(["--matter", matter.ToString()]);
        }

        foreach (var set in Recorded.Sets)
        {
            args.AddRange(["--set", set]);
        }

        args.AddRange(["--out", OutFolder]);
        return args;
    }

    /// <summary>The command as a user would type it (POSIX shell quoting where needed), as the CLI records it.</summary>
    public string CommandLine(RankingWeights weights, DifferencesThatMatter matter) =>
        string.Join(' ', CompareArguments(weights, matter).Select(Quote).Prepend("campaignsim"));

    /// <summary>The comparison request, with the CLI's defaults: every model, its default baseline when it applies.</summary>
    public ComparisonRequest Request(int? threads)
    {
        var scenario = Loaded.Scenario;
        var models = ModelCatalog.Ids;
        var reasons = models.ToDictionary(m => m, m => ComparisonRunner.NotApplicableBecause(scenario, m));
        if (reasons.Values.All(r => r is not null))
        {
            throw new BadInputException("none of the organizing models applies to this scenario: "
                + string.Join("; ", reasons.Select(kv => $"{kv.Key}: {kv.Value}")));
        }

        return new ComparisonRequest
        {
            Scenario = scenario,
            Models = models,
            Replications = Runs,
            BaseSeed = Seed,
            Baseline = reasons[DefaultBaseline] is null ? DefaultBaseline : null,
            Weights = Weights,
            Matter = Matter,
            MaxDegreeOfParallelism = threads,
        };
    }

    /// <summary>Checks the body and loads its scenario; throws <see cref="BadInputException"/> or the loader's <see cref="ScenarioException"/>.</summary>
    public static ComparisonInput From(ComparisonBody body, WorkbenchOptions options, ScenarioLibrary library)
    {
        var runs = body.Runs ?? DefaultRuns;
        if (runs < 1 || runs > options.MaxRuns)
        {
            throw new BadInputException($"runs must be a whole number from 1 to {options.MaxRuns} per model in the workbench (got {runs}); "
                + "'campaignsim compare --runs N' runs more");
        }

        var weights = WeightsFrom(body.Weights);
        var matter = MatterFrom(body.Matter);
        var (loaded, argument, yaml) = Load(body, options, library);
        return new ComparisonInput(loaded, argument, yaml, runs, body.Seed ?? DefaultSeed, weights, matter);
    }

    /// <summary>Loads the body's scenario with its overrides: the shipped file, or the text as <see cref="TextFileName"/>.</summary>
    public static (LoadedScenario Loaded, string Argument, string Yaml) Load(ComparisonBody body, WorkbenchOptions options, ScenarioLibrary library)
    {
        var sets = body.Sets ?? [];
        if (sets.Count > options.MaxSets)
        {
            throw new BadInputException($"at most {options.MaxSets} overrides are allowed in one request (got {sets.Count})");
        }

        if (sets.Any(s => s is null))
        {
            throw new BadInputException("an override is empty; give each as path=value");
        }

        if (body.Yaml is { } yaml)
        {
            if (body.Scenario is not null)
            {
                throw new BadInputException("give either a shipped scenario name or scenario text, not both");
            }

            return (ScenarioLoader.Parse(yaml, TextFileName, sets), TextFileName, yaml);
        }

        if (string.IsNullOrWhiteSpace(body.Scenario))
        {
            throw new BadInputException("choose a shipped scenario or give the scenario text");
        }

        var entry = library.Find(body.Scenario);
        return (ScenarioLoader.Load(entry.Path, sets), entry.ShortName, File.ReadAllText(entry.Path));
    }

    /// <summary>Weights from the page's sliders; every problem names the key and what is allowed.</summary>
    public static RankingWeights WeightsFrom(IReadOnlyDictionary<string, double>? given)
    {
        if (given is null || given.Count == 0)
        {
            return new RankingWeights();
        }

        var text = string.Join(',', given.Select(kv =>
        {
            if (!RankingWeights.Keys.Contains(kv.Key.ToLowerInvariant()))
            {
                throw new BadInputException($"unknown weight '{kv.Key}'; the weights are {string.Join(", ", RankingWeights.Keys)}");
            }

            if (!double.IsFinite(kv.Value) || kv.Value < 0 || kv.Value > 100)
            {
                throw new BadInputException($"weight '{kv.Key}' must be a number from 0 to 100 (got {kv.Value.ToString(CultureInfo.InvariantCulture)})");
            }

            return string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value:R}");
        }));
        try
        {
            return RankingWeights.Parse(text);
        }
        catch (FormatException e)
        {
            throw new BadInputException(e.Message);
        }
    }

    /// <summary>Smallest differences that matter from the page's boxes; every problem names the key, its unit and what is allowed.</summary>
    public static DifferencesThatMatter MatterFrom(IReadOnlyDictionary<string, double>? given)
    {
        if (given is null || given.Count == 0)
        {
            return new DifferencesThatMatter();
        }

        var text = string.Join(',', given.Select(kv =>
        {
            var key = kv.Key.ToLowerInvariant();
            if (!DifferencesThatMatter.Keys.Contains(key))
            {
                throw new BadInputException($"unknown criterion '{kv.Key}' for the smallest difference that matters; the criteria are {string.Join(", ", DifferencesThatMatter.Keys)}");
            }

            if (!double.IsFinite(kv.Value) || kv.Value < 0 || kv.Value > DifferencesThatMatter.Max(key))
            {
                throw new BadInputException(string.Create(CultureInfo.InvariantCulture,
                    $"the smallest difference that matters in {key} must be a number from 0 to {DifferencesThatMatter.Max(key):#,0} ({DifferencesThatMatter.Unit(key)}); got {kv.Value:R}"));
            }

            return string.Create(CultureInfo.InvariantCulture, $"{key}={kv.Value:R}");
        }));
        try
        {
            return DifferencesThatMatter.Parse(text);
        }
        catch (FormatException e)
        {
            throw new BadInputException($"smallest differences that matter: {e.Message}");
        }
    }

    /// <summary>An argument quoted for a POSIX shell where it needs it.</summary>
    internal static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

/// <summary>Input the workbench refuses, with a message saying what is allowed (a 4xx answer, never a 500).</summary>
public sealed class BadInputException(string message, int status = 422) : Exception(message)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int Status { get; } = status;
}
