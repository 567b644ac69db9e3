using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// History matching against the calibration targets (docs/calibration.md, docs/robustness.md): turns a target into the
/// figure and variances an implausibility needs, and a candidate world into its simulated figures on the case scenarios.
/// </summary>
/// <remarks>
/// The variances: a target's stated uncertainty (<see cref="CalibrationTarget.Uncertainty"/>) is documented as the
/// published figure's standard deviation widened by the spread between related figures or periods, the variance a history
/// match uses for observation and discrepancy together; it is the published variance here, and no further model
/// discrepancy is added (a stated discrepancy of 0), so a world's implausibility on a target is the one the calibration
/// page prints, with the simulation's own variance beside it. Targets whose published figure is one event
/// (<see cref="OneCaseTargets"/>) compare with one draw of the simulation, not its mean.
/// </remarks>
public static class CalibrationWorlds
{
    /// <summary>
    /// Targets whose published figure is one event rather than an average over many (one strike vote, one settlement, one
    /// walkout, one strike's length, one employer's firings): the world's figure is then one run, whose spread enters the
    /// implausibility (<see cref="HistoryTarget.OneCase"/>).
    /// </summary>
    public static IReadOnlySet<string> OneCaseTargets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "strike-authorization", "settlement-ctu-2012", "settlement-wv-2018", "minority-walkout",
        "strike-vote-turnout", "settlement-utla-2019", "strike-days-ctu-2012", "strike-days-utla-2019", "strike-days-wv-2018",
        "firings-in-waves",
    };

    /// <summary>Model discrepancy added beyond each target's stated uncertainty, as a standard deviation: none (see the remarks).</summary>
    public const double AddedDiscrepancySd = 0;

    /// <summary>The targets of one set, in report order.</summary>
    public static IReadOnlyList<CalibrationTarget> Targets(CalibrationSet set) => Calibration.Targets.Where(t => t.Set == set).ToArray();

    /// <summary>A calibration target as history matching weighs it.</summary>
    public static HistoryTarget ToHistoryTarget(CalibrationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new HistoryTarget(target.Id, target.Published, target.Uncertainty * target.Uncertainty, AddedDiscrepancySd * AddedDiscrepancySd,
            OneCaseTargets.Contains(target.Id));
    }

    /// <summary>The case scenarios the targets run (their diagnostics are not run: a history match needs only the figures).</summary>
    public static IReadOnlyList<string> CasesOf(IReadOnlyList<CalibrationTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.Select(t => t.Case).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The simulator of a history match: a candidate's values set on every case (<see cref="Calibration.WithParameters"/>),
    /// each target run with <paramref name="runs"/> replications per model from the candidate's seed, one run at a time
    /// (history matching runs candidates in parallel), read into one <see cref="SimulatedTarget"/> per target. The figure is
    /// the target's statistic; its run variance is the squared standard error times the samples, so that the variance of
    /// the mean is the standard error the calibration page prints.
    /// </summary>
    public static Func<WorldCandidate, IReadOnlyList<SimulatedTarget>> Simulator(IReadOnlyList<CalibrationTarget> targets,
        IReadOnlyDictionary<string, Scenario> cases, IReadOnlyList<WorldParameter> parameters, int runs)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var bare = targets.Select(t => t with { Diagnostics = [] }).ToArray();
        var needed = CasesOf(bare).ToDictionary(c => c, c => cases[c], StringComparer.Ordinal);
        return candidate =>
        {
            var world = Settings(parameters, candidate.Values);
            var results = Calibration.Run(bare, Calibration.WithParameters(needed, world), runs, candidate.Seed, maxDegreeOfParallelism: 1);
            return results.Select(Simulated).ToArray();
        };
    }

    /// <summary>A calibration result as history matching reads it.</summary>
    public static SimulatedTarget Simulated(CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Estimate.HasValue) return SimulatedTarget.None;
        var se = double.IsFinite(result.Estimate.StandardError) ? result.Estimate.StandardError : 0;
        return new SimulatedTarget(result.Value, se * se * result.Samples, result.Samples);
    }

    /// <summary>A world's values by parameter path.</summary>
    public static IReadOnlyDictionary<string, double> Settings(IReadOnlyList<WorldParameter> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        if (parameters.Count != values.Count) throw new ArgumentException($"{values.Count} values for {parameters.Count} parameters.", nameof(values));
        return parameters.Select((p, j) => (p.Path, Value: values[j])).ToDictionary(x => x.Path, x => x.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Worlds in which a validation target's declared inputs (<see cref="CalibrationTarget.Inputs"/>) restate its published
    /// figure in its case: there the target would read a parameter back, not test a prediction. Counted per target.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Echoes(IReadOnlyList<CalibrationTarget> targets, IReadOnlyDictionary<string, Scenario> cases,
        IReadOnlyList<WorldParameter> parameters, IReadOnlyList<PlausibleWorld> worlds)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(worlds);
        var counts = targets.ToDictionary(t => t.Id, _ => 0, StringComparer.Ordinal);
        foreach (var world in worlds)
        {
            var settings = Settings(parameters, world.Values);
            foreach (var t in targets)
            {
                var scenario = Calibration.WithParameters(new Dictionary<string, Scenario> { [t.Case] = cases[t.Case] }, settings)[t.Case];
                if (CalibrationEchoes.InputProblems(t, scenario).Count > 0) counts[t.Id]++;
            }
        }

        return counts;
    }
}
