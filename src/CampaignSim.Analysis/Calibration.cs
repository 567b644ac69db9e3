using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>
/// Compares simulated figures with published ones (docs/sources.md). Each target runs a defined situation under the
/// model defaults (only the situation is set: workforce, union, employer hostility, contract calendar), reads the
/// events of every run into samples, and reports its estimate with a 95% interval against the published figure, its
/// tolerance and its uncertainty. No parameter is tuned here: a miss is reported as a miss.
/// </summary>
/// <remarks>
/// A case is simulated once per model and replication, and every target and diagnostic on it reads the same runs, so
/// running all targets costs about as much as running each case once. For history matching, run the targets under
/// another parameter world with <see cref="WithMechanics"/> or <see cref="WithParameters"/> and compare
/// <see cref="CalibrationResult.Implausibility"/>.
/// </remarks>
public static class Calibration
{
    /// <summary>
    /// Replications per model behind <c>docs/calibration.md</c>. At 400 (until engine 2.13.0) several targets sat within
    /// sampling error of a band's edge, and a change that only reshuffled the random draws moved two or three of them
    /// across it; 1,600 halves that error, so that a pass or a miss says something about the mechanics.
    /// </summary>
    public const int DefaultReplications = 1600;

    /// <summary>First seed behind <c>docs/calibration.md</c>.</summary>
    public const ulong DefaultSeed = 1;

    /// <summary>The calibration targets, in report order. All run with the engine's defaults; only each case's situation is set.</summary>
    public static IReadOnlyList<CalibrationTarget> Targets => CalibrationTargets.All;

    /// <summary>Published figures the engine takes as parameters, documented on the page and never targets.</summary>
    public static IReadOnlyList<CalibrationInput> PublishedInputs => CalibrationTargets.PublishedInputs;

    /// <summary>The case scenarios the targets and their diagnostics run, by name (files <c>scenarios/cases/NAME.yaml</c>).</summary>
    public static IReadOnlyList<string> Cases => Targets
        .SelectMany(t => t.Diagnostics.Select(d => d.Case ?? t.Case).Prepend(t.Case))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The seed of replication <paramref name="replication"/> of <paramref name="model"/>: the first seed plus the model's
    /// place in the catalogue times the replications, plus the replication. Every model's runs have their own seeds, so
    /// samples from different models are independent; every target and diagnostic on a case reads the same runs, and a
    /// counterfactual runs on the same seeds as the defaults, so its difference from them is not noise of other draws.
    /// </summary>
    public static ulong SeedOf(ulong seed, string model, int replication, int replications)
    {
        var index = ModelCatalog.Ids.ToList().IndexOf(model);
        if (index < 0) throw new ArgumentException($"unknown model '{model}'", nameof(model));
        return unchecked(seed + (ulong)index * (ulong)replications + (ulong)replication);
    }

    /// <summary>Runs every target with <paramref name="replications"/> replications per model from <paramref name="seed"/>.</summary>
    /// <param name="cases">The case scenarios by name (<see cref="Cases"/>), as loaded from <c>scenarios/cases/</c>.</param>
    /// <param name="replications">Replications per model, at least 1.</param>
    /// <param name="seed">First seed (see <see cref="SeedOf"/>).</param>
    /// <param name="maxDegreeOfParallelism">Largest number of runs at once; null uses every core. Results do not depend on it.</param>
    /// <param name="cancellationToken">Stops the calibration between runs; nothing is returned.</param>
    public static IReadOnlyList<CalibrationResult> Run(IReadOnlyDictionary<string, Scenario> cases, int replications, ulong seed, int? maxDegreeOfParallelism = null,
        CancellationToken cancellationToken = default) =>
        Run(Targets, cases, replications, seed, maxDegreeOfParallelism, cancellationToken);

    /// <summary>
    /// How many case, settings and model combinations the targets and their diagnostics run: a calibration simulates this
    /// many times its replications.
    /// </summary>
    public static int Streams(IReadOnlyList<CalibrationTarget> targets) =>
        Readers(targets).SelectMany(r => r.Models.Select(model => (r.Case, r.SettingsKey, model))).Distinct().Count();

    /// <summary>Runs some targets (all of one set, or one) with their diagnostics.</summary>
    /// <param name="targets">The targets, in the order of the results.</param>
    /// <param name="cases">The case scenarios by name; must hold every case the targets and their diagnostics run.</param>
    /// <param name="replications">Replications per model, at least 1.</param>
    /// <param name="seed">First seed (see <see cref="SeedOf"/>).</param>
    /// <param name="maxDegreeOfParallelism">Largest number of runs at once; null uses every core. Results do not depend on it.</param>
    /// <param name="cancellationToken">Stops the calibration between runs; nothing is returned.</param>
    public static IReadOnlyList<CalibrationResult> Run(IReadOnlyList<CalibrationTarget> targets, IReadOnlyDictionary<string, Scenario> cases,
        int replications, ulong seed, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default) =>
        Assemble(targets, cases, replications, seed,
            [Simulate(targets, cases, replications, seed, 0, replications, maxDegreeOfParallelism, cancellationToken)]);

    /// <summary>
    /// Simulates one block of a calibration: replications <paramref name="firstReplication"/> to
    /// <paramref name="firstReplication"/> + <paramref name="count"/> − 1 of every case, settings and model the targets and
    /// their diagnostics run, read by each of them. <see cref="Assemble"/> puts blocks that cover every replication together
    /// into the results <see cref="Run(IReadOnlyList{CalibrationTarget}, IReadOnlyDictionary{string, Scenario}, int, ulong, int?, CancellationToken)"/>
    /// gives, whoever simulated them and in whatever order: a run's seed depends only on its model and replication.
    /// </summary>
    /// <param name="targets">The targets.</param>
    /// <param name="cases">The case scenarios by name.</param>
    /// <param name="replications">Replications per model of the whole calibration (the seeds depend on it).</param>
    /// <param name="seed">First seed.</param>
    /// <param name="firstReplication">The block's first replication.</param>
    /// <param name="count">Its replications, at least 1.</param>
    /// <param name="maxDegreeOfParallelism">Largest number of runs at once; null uses every core.</param>
    /// <param name="cancellationToken">Stops the block between runs.</param>
    public static CalibrationSamples Simulate(IReadOnlyList<CalibrationTarget> targets, IReadOnlyDictionary<string, Scenario> cases,
        int replications, ulong seed, int firstReplication, int count, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplication);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (firstReplication + count > replications) throw new ArgumentOutOfRangeException(nameof(count), "The block ends after the last replication.");
        var readers = Readers(targets);
        var streams = Streams(readers, cases);
        var samples = readers.Select(r => new double[r.Models.Count * count][]).ToArray();
        var exposed = readers.Select(r => new bool[r.Models.Count * count]).ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, streams.Length * count, options, k =>
        {
            var (scenario, model, readersOfStream) = streams[k / count];
            var replication = firstReplication + k % count;
            var run = CampaignEngine.Run(scenario, model, SeedOf(seed, model, replication, replications));
            foreach (var (reader, position) in readersOfStream)
            {
                var slot = position * count + k % count;
                samples[reader][slot] = readers[reader].Read(run).ToArray();
                exposed[reader][slot] = readers[reader].Exposed?.Invoke(run) ?? false;
            }
        });

        return new CalibrationSamples(firstReplication, count, samples, exposed);
    }

    /// <summary>
    /// The results of a calibration from blocks of its samples (<see cref="Simulate"/>) that together cover every
    /// replication once, in any order.
    /// </summary>
    /// <exception cref="ArgumentException">The blocks do not cover every replication exactly once, or do not hold what the targets read.</exception>
    public static IReadOnlyList<CalibrationResult> Assemble(IReadOnlyList<CalibrationTarget> targets, IReadOnlyDictionary<string, Scenario> cases,
        int replications, ulong seed, IReadOnlyList<CalibrationSamples> blocks)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(blocks);
        var readers = Readers(targets);
        var ordered = blocks.OrderBy(b => b.FirstReplication).ToArray();
        var next = 0;
        foreach (var b in ordered)
        {
            if (b.FirstReplication != next || b.Count < 1 || b.Samples.Count != readers.Count || b.Exposed.Count != readers.Count
                || readers.Where((r, i) => b.Samples[i].Count != r.Models.Count * b.Count || b.Exposed[i].Count != r.Models.Count * b.Count).Any())
            {
                throw new ArgumentException($"The blocks of samples do not cover replications 0–{replications - 1} once each, as the targets read them.", nameof(blocks));
            }

            next += b.Count;
        }

        if (next != replications) throw new ArgumentException($"The blocks of samples cover {next} of {replications} replications.", nameof(blocks));

        // Slot (position, replication) of a reader, as one block of every replication would hold it.
        double[][] SamplesOf(int reader) => readers[reader].Models.SelectMany((_, position) =>
            ordered.SelectMany(b => Enumerable.Range(0, b.Count).Select(i => b.Samples[reader][position * b.Count + i]))).ToArray();
        bool[] ExposedOf(int reader) => readers[reader].Models.SelectMany((_, position) =>
            ordered.SelectMany(b => Enumerable.Range(0, b.Count).Select(i => b.Exposed[reader][position * b.Count + i]))).ToArray();

        var results = new List<CalibrationResult>();
        var index = 0;
        foreach (var t in targets)
        {
            var estimate = CalibrationEstimator.Estimate(t.Statistic, SamplesOf(index), ExposedOf(index));
            index++;
            var diagnostics = new Dictionary<string, CalibrationEstimate>(StringComparer.Ordinal);
            foreach (var d in t.Diagnostics)
            {
                diagnostics[d.Key] = CalibrationEstimator.Mean(SamplesOf(index));
                index++;
            }

            results.Add(new CalibrationResult(t, Case(cases, t.Case), replications, seed, estimate, diagnostics));
        }

        return results;
    }

    /// <summary>
    /// Worker-weeks one replication of every case, settings and model the targets run simulates: what a block of
    /// replications costs, for sizing blocks.
    /// </summary>
    public static double WorkerWeeksPerReplication(IReadOnlyList<CalibrationTarget> targets, IReadOnlyDictionary<string, Scenario> cases)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(cases);
        return Streams(Readers(targets), cases).Sum(s => s.Scenario.Weeks * (double)s.Scenario.Workplaces.Sum(w => w.Workers));
    }

    /// <summary>
    /// The targets with these ids, in this order (<see cref="CalibrationTarget.Id"/>), with their diagnostics or without:
    /// what a process that did not choose them runs, given only their ids.
    /// </summary>
    /// <exception cref="ArgumentException">An id that is not a target.</exception>
    public static IReadOnlyList<CalibrationTarget> TargetsOf(IReadOnlyList<string> ids, bool withDiagnostics)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Select(id =>
        {
            var target = Targets.FirstOrDefault(t => t.Id == id) ?? throw new ArgumentException($"'{id}' is not a calibration target of engine {EngineInfo.Version}.", nameof(ids));
            return withDiagnostics ? target : target with { Diagnostics = [] };
        }).ToArray();
    }

    /// <summary>Every case, settings and model combination the readers read, with the readers (and their model's position) that read it.</summary>
    private static (Scenario Scenario, string Model, (int Reader, int Position)[] Readers)[] Streams(List<CalibrationReader> readers,
        IReadOnlyDictionary<string, Scenario> cases) =>
        readers
            .SelectMany((r, index) => r.Models.Select((model, position) => (Reader: index, Position: position, Model: model, r.Case, r.SettingsKey)))
            .GroupBy(x => (x.Case, x.SettingsKey, x.Model))
            .Select(g => (Scenario: Variant(Case(cases, g.Key.Case), readers[g.First().Reader].Settings), g.Key.Model,
                Readers: g.Select(x => (x.Reader, x.Position)).ToArray()))
            .ToArray();

    /// <summary>What each target and each of its diagnostics reads, in the order of the results.</summary>
    private static List<CalibrationReader> Readers(IReadOnlyList<CalibrationTarget> targets)
    {
        var readers = new List<CalibrationReader>();
        foreach (var t in targets)
        {
            readers.Add(new CalibrationReader(t.Case, new Dictionary<string, double>(), t.Models, t.Read, t.Exposed));
            readers.AddRange(t.Diagnostics.Select(d => new CalibrationReader(d.Case ?? t.Case, d.Settings, d.Models ?? t.Models, d.Read, null)));
        }

        return readers;
    }

    /// <summary>
    /// The cases with every mechanics coefficient and policy replaced by <paramref name="mechanics"/>: one parameter world
    /// of a history match. The situations stay the cases' own.
    /// </summary>
    public static IReadOnlyDictionary<string, Scenario> WithMechanics(IReadOnlyDictionary<string, Scenario> cases, MechanicsSpec mechanics)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(mechanics);
        return cases.ToDictionary(c => c.Key, c => c.Value with { Mechanics = mechanics }, StringComparer.Ordinal);
    }

    /// <summary>
    /// The cases with some parameters set by path (<c>mechanics.bargaining.concessionSteepness</c>,
    /// <c>legal.ulpReinstatementProbability</c>), within their documented ranges: a parameter world that also varies the
    /// coefficients outside <c>mechanics</c>. A fact of the situation cannot be set: each case describes its own.
    /// </summary>
    /// <exception cref="ArgumentException">A path that is not a parameter, is a situation, or a value outside its range.</exception>
    public static IReadOnlyDictionary<string, Scenario> WithParameters(IReadOnlyDictionary<string, Scenario> cases, IReadOnlyDictionary<string, double> world)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(world);
        return cases.ToDictionary(c => c.Key, c => Variant(c.Value, world), StringComparer.Ordinal);
    }

    private static Scenario Variant(Scenario scenario, IReadOnlyDictionary<string, double> settings)
    {
        foreach (var (path, value) in settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var parameter = ScenarioParameter.Find(path) ?? throw new ArgumentException($"'{path}' is not a parameter", nameof(settings));
            if (parameter.Kind == ParameterKind.Situation)
                throw new ArgumentException($"'{path}' is a fact of the situation, which each case sets for itself", nameof(settings));
            if (value < parameter.Range.Min || value > parameter.Range.Max)
                throw new ArgumentException($"'{path}' = {value} is outside its range {parameter.Range.Min}–{parameter.Range.Max}", nameof(settings));
            scenario = parameter.With(scenario, value);
        }

        return scenario;
    }

    private static Scenario Case(IReadOnlyDictionary<string, Scenario> cases, string name) =>
        cases.TryGetValue(name, out var scenario) ? scenario : throw new ArgumentException($"the case '{name}' was not given", nameof(cases));
}
