using CampaignSim.Cli.Arguments;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Cli.Running;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Cli.Commands;

/// <summary>The options shared by <c>compare</c> and <c>whatif</c>, read and checked before any work.</summary>
public sealed record ComparisonOptions(
    string Scenario,
    IReadOnlyList<string> Models,
    int Runs,
    ulong Seed,
    string? Baseline,
    RankingWeights Weights,
    IReadOnlyList<string> Sets,
    string? Out,
    bool Force,
    int? Threads,
    bool WeeklyPerRun = false,
    bool Parquet = false,
    DifferencesThatMatter? Matter = null)
{
    /// <summary>The model every other is compared with when <c>--baseline</c> is not given (if it applies).</summary>
    public const string DefaultBaseline = "business-unionism";

    /// <summary>The options of both verbs.</summary>
    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new("models", "all|ID,ID"),
        new("runs", "N"),
        new("seed", "S"),
        new("baseline", "ID"),
        new("weights", "K=V,…"),
        new("matter", "K=V,…"),
        new("set", "PATH=VALUE", Repeats: true),
        new("out", "DIR"),
        new("force", null),
        new("weekly", "means|per-run"),
        new("format", "csv|parquet"),
        new("threads", "N", Hidden: true),
    ];

    /// <summary>Reads the options; the scenario is the one positional argument.</summary>
    public static ComparisonOptions From(ParsedArguments parsed)
    {
        ArgumentReader.ExpectPositional(parsed, 1, "<scenario> (a scenario file or a shipped scenario name; see 'campaignsim scenarios')");
        var models = OptionValues.Models(parsed.Value("models"));
        var baseline = parsed.Value("baseline") is { } b ? OptionValues.Model("baseline", b) : null;
        if (baseline is not null && !models.Contains(baseline))
        {
            throw new UsageException($"--baseline '{baseline}' is not among the compared models ({string.Join(", ", models)}); add it to --models or choose one of them");
        }

        return new ComparisonOptions(
            parsed.Positional[0],
            models,
            OptionValues.Runs(parsed.Value("runs")),
            OptionValues.Seed(parsed.Value("seed")),
            baseline,
            OptionValues.Weights(parsed.Value("weights")),
            parsed.Values("set"),
            parsed.Value("out"),
            parsed.Has("force"),
            OptionValues.Threads(parsed.Value("threads")),
            WeeklyMode(parsed.Value("weekly"), parsed.Value("out")),
            DataFormat(parsed.Value("format"), parsed.Value("out")),
            OptionValues.Matter(parsed.Value("matter")));
    }

    /// <summary><c>--weekly means|per-run</c>: whether to write every run's weekly series (it needs <c>--out</c>).</summary>
    private static bool WeeklyMode(string? text, string? output) => text switch
    {
        null or "means" => false,
        "per-run" when output is null => throw new UsageException("--weekly per-run writes weekly-runs.csv into the --out folder; give --out DIR too"),
        "per-run" => true,
        _ => throw new UsageException($"--weekly '{text}' is not allowed; give 'means' (weekly.csv only, the default) or 'per-run' (also weekly-runs.csv, one row per run and week)"),
    };

    /// <summary><c>--format csv|parquet</c>: whether to write the data tables as Parquet too (it needs <c>--out</c>).</summary>
    private static bool DataFormat(string? text, string? output) => text switch
    {
        null or "csv" => false,
        "parquet" when output is null => throw new UsageException("--format parquet writes files into the --out folder; give --out DIR too"),
        "parquet" => true,
        _ => throw new UsageException($"--format '{text}' is not allowed; give 'csv' (the default) or 'parquet' (the CSV tables and the same tables as .parquet files)"),
    };

    /// <summary>
    /// The request for a loaded scenario. At least one model must apply, and an explicit baseline must apply;
    /// otherwise a <see cref="UsageException"/> gives the reasons.
    /// </summary>
    public ComparisonRequest Request(Scenario scenario)
    {
        var reasons = Models.ToDictionary(m => m, m => ComparisonRunner.NotApplicableBecause(scenario, m));
        if (reasons.Values.All(r => r is not null))
        {
            throw new UsageException("none of the compared models applies to this scenario:\n"
                + string.Join("\n", reasons.Select(kv => $"  {kv.Key}: {kv.Value}")));
        }

        var baseline = Baseline;
        if (baseline is not null && reasons[baseline] is { } why)
        {
            throw new UsageException($"--baseline '{baseline}' does not apply to this scenario: {why}");
        }

        baseline ??= Models.Contains(DefaultBaseline) && reasons[DefaultBaseline] is null ? DefaultBaseline : null;
        return new ComparisonRequest
        {
            Scenario = scenario,
            Models = Models,
            Replications = Runs,
            BaseSeed = Seed,
            Baseline = baseline,
            Weights = Weights,
            Matter = Matter ?? new DifferencesThatMatter(),
            MaxDegreeOfParallelism = Threads,
        };
    }

    /// <summary>
    /// Checks the <c>--out</c> folder and starts staging into it, before any run; null without <c>--out</c>.
    /// <paramref name="names"/> are the top-level files and folders the command writes.
    /// </summary>
    public OutputFolder? PrepareOutput(params string[] names) =>
        Out is null ? null : OutputFolder.Prepare(Out, Force, names);

    /// <summary>The model ids for help texts.</summary>
    public static string ModelList => string.Join(", ", ModelCatalog.Ids);
}
