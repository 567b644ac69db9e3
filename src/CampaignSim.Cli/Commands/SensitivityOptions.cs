using CampaignSim.Analysis;
using CampaignSim.Cli.Arguments;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Cli.Commands;

/// <summary>The size of a Morris screening, read from the command line.</summary>
/// <param name="Trajectories">Trajectories (r).</param>
/// <param name="Levels">Grid levels (p), even.</param>
/// <param name="Runs">Replications per model at every point.</param>
public sealed record SensitivityOptions(int Trajectories, int Levels, int Runs)
{
    /// <summary>Defaults for the <c>sensitivity</c> verb.</summary>
    public static SensitivityOptions Default { get; } = new(10, 4, 20);

    /// <summary>Defaults for the section <c>compare --sensitivity</c> adds to the report (smaller: it runs after a comparison).</summary>
    public static SensitivityOptions ForReport { get; } = new(6, 4, 10);

    /// <summary>Reads <c>--trajectories</c>, <c>--levels</c> and <c>--runs</c> over <paramref name="fallback"/>.</summary>
    public static SensitivityOptions From(ParsedArguments parsed, SensitivityOptions fallback)
    {
        var levels = OptionValues.Whole("levels", parsed.Value("levels"), 2, 20, fallback.Levels);
        if (levels % 2 != 0)
        {
            throw new UsageException($"--levels '{levels}' is not allowed; give an even number from 2 to 20 (default {fallback.Levels})");
        }

        return new SensitivityOptions(
            OptionValues.Whole("trajectories", parsed.Value("trajectories"), 1, 200, fallback.Trajectories),
            levels,
            OptionValues.Whole("runs", parsed.Value("runs"), 1, 10_000, fallback.Runs));
    }

    /// <summary>Runs the screening over the models that apply, with a progress line over all its runs.</summary>
    /// <param name="target">Where the points are compared: null or in memory here; otherwise in the event store, or
    /// on the worker processes sharing it (<c>--db</c>, <c>--store</c>, <c>--distributed</c>), each point a comparison.</param>
    public SensitivityResult Run(Scenario scenario, IReadOnlyList<string> models, ulong seed, RankingWeights weights, int? threads,
        Running.CliConsole console, IReadOnlyList<SensitivityParameter>? parameters = null, Running.RunTarget? target = null)
    {
        console.Cancellation.ThrowIfCancellationRequested();
        var applicable = models.Where(m => ComparisonRunner.NotApplicableBecause(scenario, m) is null).ToArray();
        var varied = (parameters ?? SensitivityParameters.Default).Count;
        JobSize.Check(Sensitivity.RunCount(varied, Trajectories, applicable.Length, Runs),
            $"{JobSize.Count(Trajectories, "trajectories")} × ({JobSize.Count(varied, "parameters")} + 1) points × {JobSize.Count(Runs, "runs")} × "
            + JobSize.Count(applicable.Length, "models"), "--trajectories, --runs or the parameters");
        if (target?.Batch(console, "sensitivity") is { } batch)
        {
            return Sensitivity.Run(scenario, applicable, Trajectories, Levels, Runs, seed, parameters, weights: weights, batch: batch);
        }

        var count = Sensitivity.RunCount((parameters ?? SensitivityParameters.Default).Count, Trajectories, applicable.Length, Runs);
        using var progress = new Running.ProgressLine(console.Error, "sensitivity", (int)Math.Min(int.MaxValue, count), console.ErrorIsTerminal);
        return Sensitivity.Run(scenario, applicable, Trajectories, Levels, Runs, seed, parameters, weights: weights, maxDegreeOfParallelism: threads,
            onRunCompleted: progress.Advance, cancellationToken: console.Cancellation);
    }

    /// <summary>Reads <c>--parameters</c>: <c>default</c> (the default), <c>mechanics</c>, or paths and path prefixes.</summary>
    public static IReadOnlyList<SensitivityParameter> Parameters(string? selection)
    {
        if (selection is null)
        {
            return SensitivityParameters.Default;
        }

        var (parameters, unknown) = SensitivityParameters.Select(selection);
        return parameters ?? throw new UsageException(
            $"--parameters: '{unknown}' selects no parameter; give 'default', 'mechanics', or paths or path prefixes such as "
            + "workplaces[].employer.hostility or mechanics.participation (campaignsim sensitivity --help lists the default set)");
    }
}
