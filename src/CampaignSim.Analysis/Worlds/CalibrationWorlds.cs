using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// History matching against the calibration targets (docs/calibration.md, docs/robustness.md): turns a target into the
/// figure and variances an implausibility needs, and a candidate world into its simulated figures on the case scenarios.
/// </summary>
/// <remarks>
/// The variances: a target's stated uncertainty (<see cref="CalibrationTarget.Uncertainty"/>) is documented as the
/// published figure's standard deviation widened by the spread between related figures or periods; it is the published
/// variance here. The model discrepancy is the target's stated <see cref="CalibrationTarget.DiscrepancySd"/>: zero for a
/// target the defaults meet, and stated with its reason beside the target where the defaults miss for a documented
/// structural reason, as a target the model cannot meet at any parameters would otherwise rule out every world (Vernon,
/// Goldstein and Bower 2010). The simulation's own variance is added beside them. Targets whose published figure is one
/// event (<see cref="OneCaseTargets"/>) compare with one draw of the simulation, not its mean.
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

    /// <summary>
    /// The active parameters of the history match, each with the reason it is varied (Vernon, Goldstein and Bower 2010 vary
    /// the inputs active for each output, the others held at their defaults): the mechanics coefficients each fitting target
    /// says it informs (its <see cref="CalibrationTarget.SetReason"/> and <see cref="CalibrationTarget.Inputs"/>), those
    /// the first wave of the full-space match (291 coefficients, engine 2.3.0, calibration/worlds.md of that version) linked
    /// most strongly to a fitting target (a contrast of 0.6 or more across tenths of the range), and those docs/sensitivity.md
    /// found to drive the outcomes a committee compares. A workplace's own parameters (<c>workplaces[].*</c>) are not varied:
    /// each scenario states its employer and union, and a world that overwrote them would answer another workplace's question.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ActiveReasons { get; } =
    [
        new("mechanics.employer.driveHeatFactor", "drive-firings: the employer's heat factors"),
        new("mechanics.employer.undergroundHeat", "drive-firings: the employer's heat factors"),
        new("mechanics.employer.quietHeat", "drive-firings: the employer's heat factors"),
        new("mechanics.employer.minVisibilityForRetaliation", "drive-firings: how hard a hostile employer retaliates during a drive"),
        new("mechanics.employer.hostilitySpread", "drive-firings, captive-audience: how much employers differ (chosen on the fitting set, weakly)"),
        new("mechanics.elections.certificationYesBase", "election-win-rate: the certification vote (an input of the target)"),
        new("mechanics.elections.certificationYesCommitment", "election-win-rate: the certification vote"),
        new("mechanics.elections.certificationYesGrievance", "election-win-rate: the certification vote"),
        new("mechanics.elections.certificationYesFear", "election-win-rate: the certification vote"),
        new("mechanics.elections.certificationYesCard", "election-win-rate: the certification vote"),
        new("mechanics.elections.structureTestWeeks", "election-win-rate: how long a public action counts as a structure test the union files on (an assumption)"),
        new("mechanics.elections.cardSigningCommitment", "new-unit-wage-gain: strongest link in the full-space first wave (contrast 0.60)"),
        new("mechanics.workforce.initialCommitmentLow", "new-unit-wage-gain: strongest link in the full-space first wave (contrast 0.60)"),
        new("mechanics.bargaining.firstContractPace", "no-first-contract-1y: the pace of first contracts (an input of the target)"),
        new("mechanics.bargaining.firstContractStalling", "no-first-contract-1y: the pace of first contracts"),
        new("mechanics.bargaining.concessionSteepness", "settlement-ctu-2012, settlement-wv-2018, new-unit-wage-gain: the concession curve (an input of the targets)"),
        new("mechanics.bargaining.resolveLow", "settlement-ctu-2012, new-unit-wage-gain: the employer's resolve"),
        new("mechanics.bargaining.resolveWidth", "settlement-ctu-2012, new-unit-wage-gain: the employer's resolve"),
        new("mechanics.bargaining.expectedStrikeWeeks", "settlement-wv-2018: strong link in the full-space first wave (contrast 0.63)"),
        new("mechanics.employer.captiveAudienceChanceInDrive", "captive-audience: how often an employer holds captive-audience meetings (an input of the target)"),
        new("mechanics.employer.captiveAudienceChance", "captive-audience: how often an employer holds captive-audience meetings (an input of the target)"),
        new("mechanics.employer.threatChance", "drive-threats: how often a captive-audience meeting carries an unlawful threat (an input of the target)"),
        new("mechanics.legal.chargeFilingChance", "firings-charged: how often an unlawful act is taken to the labour board (an input of the target)"),
        new("mechanics.bargaining.voteYesBase", "strike-authorization: the members' inclination to vote for a strike (an input of the target)"),
        new("mechanics.bargaining.voteYesGrievance", "strike-authorization: the members' inclination to vote for a strike"),
        new("mechanics.bargaining.voteYesCommitment", "strike-authorization: the members' inclination to vote for a strike"),
        new("mechanics.bargaining.voteYesFear", "strike-authorization: the members' inclination to vote for a strike"),
        new("mechanics.bargaining.voteYesTrust", "strike-authorization: the members' inclination to vote for a strike"),
        new("mechanics.bargaining.voteYesDeepContact", "strike-authorization: the members' inclination to vote for a strike"),
        new("mechanics.bargaining.voteTurnoutBase", "strike-authorization: strong link in the full-space first wave (contrast 0.53, correlation −0.55)"),
        new("mechanics.participation.strikerReturnRate", "short-strikes: how strikes end"),
        new("mechanics.participation.strikeCollapseShare", "short-strikes: how strikes end"),
        new("mechanics.bargaining.strikeFatigue", "short-strikes: how strikes end"),
        new("mechanics.participation.wildcatChance", "stoppage-frequency: how often an angry informal leader starts a wildcat (an input of the target); docs/sensitivity.md: drives firings"),
        new("mechanics.participation.wildcatJoinGrievance", "minority-walkout: who joins a wildcat (an input of the target)"),
        new("mechanics.participation.loyaltyWeight", "minority-walkout: who joins a wildcat"),
        new("mechanics.participation.wildcatMinStarters", "minority-walkout: strong link in the full-space first wave (contrast 0.63)"),
        new("mechanics.elections.deepContactSwing", "reform-caucus-wins: the officer election"),
        new("mechanics.elections.electionSwingSd", "reform-caucus-wins: strong link in the full-space first wave (contrast 0.67)"),
        new("mechanics.participation.wildcatQuietWeeks", "docs/sensitivity.md: among the most influential coefficients on wages, demands and firings"),
        new("mechanics.participation.willingnessFloor", "docs/sensitivity.md: moves the ranking of the models in 5 of 6 steps"),
    ];

    /// <summary>
    /// The fitting targets that constrain each active parameter: the target ids its reason names before its first colon
    /// (<see cref="ActiveReasons"/>); none for a parameter varied because docs/sensitivity.md found it influential. These
    /// make the blocks that <see cref="HistoryMatchingOptions.Recombine"/> recombines.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ConstrainedBy(IReadOnlyList<CalibrationTarget> fitting)
    {
        ArgumentNullException.ThrowIfNull(fitting);
        var ids = fitting.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return ActiveReasons.ToDictionary(a => a.Key,
            a => (IReadOnlyList<string>)a.Value.Split(':')[0].Split(',', StringSplitOptions.TrimEntries).Where(ids.Contains).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The active parameters (<see cref="ActiveReasons"/>) over their documented plausible ranges; every other coefficient stays at its default.</summary>
    public static IReadOnlyList<WorldParameter> ActiveParameters() => ActiveReasons.Select(a => WorldParameter.From(a.Key)).ToArray();

    /// <summary>Why an active parameter is varied; empty for a parameter that is not.</summary>
    public static string ActiveReason(string path) => ActiveReasons.FirstOrDefault(a => a.Key == path).Value ?? "";

    /// <summary>The targets of one set, in report order.</summary>
    public static IReadOnlyList<CalibrationTarget> Targets(CalibrationSet set) => Calibration.Targets.Where(t => t.Set == set).ToArray();

    /// <summary>A calibration target as history matching weighs it.</summary>
    public static HistoryTarget ToHistoryTarget(CalibrationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new HistoryTarget(target.Id, target.Published, target.Uncertainty * target.Uncertainty, target.DiscrepancySd * target.DiscrepancySd,
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

    /// <summary>
    /// The simulator of a history match that takes a wave's candidates at once, as one <see cref="CalibrationJob"/> with a
    /// world per candidate, run by <paramref name="run"/> (here or on other processes): the same figures as
    /// <see cref="Simulator"/>, candidate by candidate.
    /// </summary>
    public static Func<IReadOnlyList<WorldCandidate>, IReadOnlyList<IReadOnlyList<SimulatedTarget>>> BatchSimulator(IReadOnlyList<CalibrationTarget> targets,
        IReadOnlyDictionary<string, Scenario> cases, IReadOnlyList<WorldParameter> parameters, int runs,
        Func<CalibrationJob, IReadOnlyList<IReadOnlyList<CalibrationResult>>> run)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var bare = targets.Select(t => t with { Diagnostics = [] }).ToArray();
        return candidates =>
        {
            if (candidates.Count == 0) return [];
            var job = CalibrationJob.Of(bare, cases, runs, candidates.Select(c => new CalibrationWorld(Settings(parameters, c.Values), c.Seed)).ToArray());
            return run(job).Select(results => (IReadOnlyList<SimulatedTarget>)results.Select(Simulated).ToArray()).ToArray();
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
