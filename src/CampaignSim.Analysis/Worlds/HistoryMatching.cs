using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// Finds the plausible worlds: the parameter values the published record does not rule out, by history matching in waves
/// (Craig et al. 1997; Vernon, Goldstein and Bower 2010; Andrianakis et al. 2015). Each wave samples a Latin hypercube
/// over the current box, simulates every candidate, and keeps those whose implausibility is below the cutoff on every
/// target; the next wave samples the kept candidates' ranges widened by a margin (when too few are kept, the ranges of
/// the least implausible candidates, an adaptive tolerance as in sequential approximate Bayesian computation). Matching
/// stops when the kept set has settled (neither the share of a wave kept nor any parameter's distribution among the kept
/// differs from two waves before by more than sampling explains, <see cref="KeptSetShift"/>), when the box no longer moves
/// (every end within the stability tolerance of the box's width), when too few candidates are kept to narrow from, or
/// after the largest number of waves. With recombination on
/// (<see cref="HistoryMatchingOptions.Recombine"/>), matching goes on while some block has been met by an earlier
/// candidate, and stops as stable only once enough candidates are kept. The worlds are the last wave's kept candidates.
/// </summary>
/// <remarks>
/// Everything is seeded: the designs from <see cref="HistoryMatchingOptions.DesignSeed"/> and the wave, the runs from
/// <see cref="HistoryMatchingOptions.RunSeed"/>. Candidates are simulated in parallel but each result is stored at its
/// index, so the outcome does not depend on the number of threads. Narrowing a box to the kept ranges is the simple form
/// of refocusing: the region not ruled out need not be a box, and candidates inside the box but outside that region are
/// simulated and ruled out again, which costs runs; the margin, and the box's freedom to grow back where kept worlds press
/// against its edge, keep the region's edges from being cut off wave after wave.
/// </remarks>
public static class HistoryMatching
{
    /// <summary>Tenths of a range in <see cref="TargetConstraint.RuledOutByDecile"/>.</summary>
    private const int Deciles = 10;

    /// <summary>
    /// Runs history matching.
    /// </summary>
    /// <param name="parameters">The parameters varied, over the ranges the first wave samples (usually the plausible ranges, <see cref="WorldParameter.From(Domain.Mechanics.ScenarioParameter)"/>).</param>
    /// <param name="targets">The targets every kept world must meet (the fitting targets).</param>
    /// <param name="simulate">Simulates a candidate: one <see cref="SimulatedTarget"/> per target, in the order of <paramref name="targets"/>.
    /// Called from several threads at once; it must depend only on its argument.</param>
    /// <param name="options">The options; the defaults when null.</param>
    public static HistoryMatchingResult Run(IReadOnlyList<WorldParameter> parameters, IReadOnlyList<HistoryTarget> targets,
        Func<WorldCandidate, IReadOnlyList<SimulatedTarget>> simulate, HistoryMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(simulate);
        options ??= new HistoryMatchingOptions();
        return Run(parameters, targets, InParallel(simulate, options), options);
    }

    /// <summary>
    /// Runs history matching with a simulator that takes a whole wave's candidates at once (and may hand them to other
    /// processes, as <c>calibrate --worlds --distributed</c> does); the result is the same as with a simulator of one
    /// candidate at a time that gives the same figures.
    /// </summary>
    /// <param name="parameters">The parameters varied.</param>
    /// <param name="targets">The targets every kept world must meet.</param>
    /// <param name="simulateAll">Simulates candidates: for each, in order, one <see cref="SimulatedTarget"/> per target.</param>
    /// <param name="options">The options; the defaults when null.</param>
    public static HistoryMatchingResult Run(IReadOnlyList<WorldParameter> parameters, IReadOnlyList<HistoryTarget> targets,
        Func<IReadOnlyList<WorldCandidate>, IReadOnlyList<IReadOnlyList<SimulatedTarget>>> simulateAll, HistoryMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(simulateAll);
        options ??= new HistoryMatchingOptions();
        options.Validate();
        if (targets.Count == 0) throw new ArgumentException("History matching needs at least one target.", nameof(targets));
        if (parameters.Select(p => p.Path).Distinct(StringComparer.Ordinal).Count() != parameters.Count)
        {
            throw new ArgumentException("A parameter is listed twice.", nameof(parameters));
        }

        var box = parameters.Select(p => p.Range).ToArray();
        var waves = new List<WaveReport>();
        var training = new Training(parameters, targets);
        var worlds = Array.Empty<PlausibleWorld>();
        var blocks = options.Recombine ? Blocks(parameters, targets, options.ConstrainedBy) : [];
        var stop = WaveStopReason.MaximumWaves;
        var keptRows = new List<double[][]>();
        for (var wave = 1; wave <= options.MaxWaves; wave++)
        {
            var inBox = parameters.Select((p, j) => p.Within(box[j])).ToArray();
            var emulators = options.Emulator && wave > 1 ? training.Fit(options.MaxDegreeOfParallelism) : null;
            var (design, proposed, recombined) = Design(inBox, parameters, targets, emulators, training, blocks, options, wave);
            var simulated = Simulate(design, targets, simulateAll, options, wave);
            var implausible = simulated.Select(s => targets.Select((t, k) => Implausibility.Of(t, s[k])).ToArray()).ToArray();
            var kept = Enumerable.Range(0, design.Length).Where(i => implausible[i].All(x => x < options.Cutoff)).ToArray();
            var keptRanges = kept.Length == 0 ? box : Ranges(parameters, design, kept);
            var (refocusCutoff, refocused) = Refocus(implausible, options);
            var next = refocused.Length == 0 ? box : NextBox(parameters, Ranges(parameters, design, refocused), refocused.Length, options.Margin);
            keptRows.Add(kept.Select(i => design[i]).ToArray());
            var shift = wave > 2 && keptRows[^3].Length >= options.MinimumKept && kept.Length >= options.MinimumKept
                ? KeptSetShift.Between(parameters, wave - 2, keptRows[^3], waves[^2].Simulated, keptRows[^1], design.Length)
                : null;
            waves.Add(new WaveReport(wave, box, proposed, proposed - design.Length, design.Length, kept.Length, keptRanges, refocusCutoff, refocused.Length, next,
                Rulings(targets, implausible, options.Cutoff), Constraints(parameters, targets, box, design, implausible, options.Cutoff)) { Recombined = recombined, Shift = shift });
            training.Add(design, simulated, implausible);
            worlds = kept.Select(i =>
            {
                var (max, second) = Implausibility.Largest(implausible[i]);
                return new PlausibleWorld(wave, i, design[i], implausible[i], max, second);
            }).ToArray();

            var moved = Moved(parameters, box, next);
            var recombining = blocks.Any(b => training.Met(b, options.Cutoff).Length > 0);
            if (!recombining && (refocused.Length == 0 || (kept.Length < options.MinimumKept && moved <= options.StabilityTolerance)))
            {
                stop = WaveStopReason.TooFewKept;
                break;
            }

            if (moved <= options.StabilityTolerance && kept.Length >= (recombining ? options.MinimumKept : 0))
            {
                stop = WaveStopReason.Stable;
                break;
            }

            if (options.StopWhenSettled && shift is { Settled: true })
            {
                stop = WaveStopReason.Settled;
                break;
            }

            box = next;
        }

        return new HistoryMatchingResult(parameters, targets, options, waves, stop, worlds);
    }

    /// <summary>
    /// Checks plausible worlds against targets they were not matched to (the validation targets): each world is simulated
    /// once (as wave 0, its position in <paramref name="worlds"/> as index) and compared with each target.
    /// </summary>
    public static IReadOnlyList<ValidationCheck> Validate(IReadOnlyList<HistoryTarget> targets, IReadOnlyList<PlausibleWorld> worlds,
        Func<WorldCandidate, IReadOnlyList<SimulatedTarget>> simulate, HistoryMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(simulate);
        options ??= new HistoryMatchingOptions();
        return Validate(targets, worlds, InParallel(simulate, options), options);
    }

    /// <summary>Checks plausible worlds against targets they were not matched to, with a simulator that takes every world at once.</summary>
    public static IReadOnlyList<ValidationCheck> Validate(IReadOnlyList<HistoryTarget> targets, IReadOnlyList<PlausibleWorld> worlds,
        Func<IReadOnlyList<WorldCandidate>, IReadOnlyList<IReadOnlyList<SimulatedTarget>>> simulateAll, HistoryMatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(worlds);
        ArgumentNullException.ThrowIfNull(simulateAll);
        options ??= new HistoryMatchingOptions();
        options.Validate();
        var design = worlds.Select(w => w.Values.ToArray()).ToArray();
        var simulated = design.Length == 0 ? [] : Simulate(design, targets, simulateAll, options, wave: 0);
        return targets.Select((t, k) =>
        {
            var means = simulated.Select(s => s[k]).Where(s => s.Samples > 0).Select(s => s.Mean).OrderBy(m => m).ToArray();
            var implausible = simulated.Select(s => Implausibility.Of(t, s[k])).OrderBy(i => i).ToArray();
            return new ValidationCheck(t.Id, t.Published, design.Length, implausible.Count(i => i < options.Cutoff),
                means.Length == 0 ? double.NaN : means[0],
                means.Length == 0 ? double.NaN : Statistics.Percentile(means, 0.5),
                means.Length == 0 ? double.NaN : means[^1],
                implausible.Length == 0 ? double.NaN : Median(implausible));
        }).ToArray();
    }

    /// <summary>The seed of a wave's design batch (batch 0 unless the emulator asks for more proposals).</summary>
    public static ulong DesignSeed(ulong designSeed, int wave, int batch) =>
        RandomSource.Mix(designSeed ^ RandomSource.Mix(((ulong)(uint)wave << 32) | (uint)batch));

    /// <summary>The first seed of a candidate's runs.</summary>
    public static ulong CandidateSeed(HistoryMatchingOptions options, int wave, int index)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.CommonSeeds ? options.RunSeed : RandomSource.Mix(options.RunSeed ^ RandomSource.Mix(((ulong)(uint)wave << 32) | (uint)index));
    }

    /// <summary>The median of sorted values, infinite ones included.</summary>
    private static double Median(double[] sorted)
    {
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : double.IsInfinity(sorted[n / 2]) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>
    /// The candidates a wave simulates: a Latin hypercube over the box, its blocks recombined from earlier candidates when
    /// <see cref="HistoryMatchingOptions.Recombine"/> is on after the first wave, or, with emulators, batches of such
    /// designs from which the proposals the emulators do not rule out are kept until the wave is full. Also how many were
    /// proposed, and how many of those simulated had at least one block recombined.
    /// </summary>
    private static (double[][] Design, int Proposed, int Recombined) Design(WorldParameter[] inBox, IReadOnlyList<WorldParameter> parameters,
        IReadOnlyList<HistoryTarget> targets, QuadraticEmulator?[]? emulators, Training training, IReadOnlyList<Block> blocks,
        HistoryMatchingOptions options, int wave)
    {
        var n = options.CandidatesPerWave;
        var pools = wave > 1 ? blocks.Select(b => training.Met(b, options.Cutoff)).ToArray() : [];
        var particles = wave > 1 ? training.Particles(options.Cutoff, options.MinimumKept) : [];
        var kernels = pools.Select((pool, b) => Kernel(blocks[b], parameters, pool)).ToArray();
        (double[] Row, bool Recombined)[] Propose(int batch)
        {
            var rows = LatinHypercube.Sample(inBox, n, DesignSeed(options.DesignSeed, wave, batch));
            if (pools.All(p => p.Length == 0) || particles.Length == 0) return rows.Select(r => (r, false)).ToArray();
            var rng = new Pcg32(DesignSeed(options.DesignSeed, wave, batch), RecombineStream);
            return rows.Select(r => (r, Recombine(r, particles[rng.NextInt(particles.Length)], parameters, blocks, pools, kernels, options, rng))).ToArray();
        }

        if (emulators is null || emulators.All(e => e is null))
        {
            var rows = Propose(0);
            return (rows.Select(r => r.Row).ToArray(), n, rows.Count(r => r.Recombined));
        }

        var kept = new List<(double[] Row, bool Recombined)>();
        var proposed = 0;
        var simulationVariance = training.TypicalSimulationVariance();
        var unit = new double[parameters.Count];
        for (var batch = 0; kept.Count < n && proposed < n * options.EmulatorProposalFactor; batch++)
        {
            foreach (var row in Propose(batch))
            {
                if (kept.Count >= n || proposed >= n * options.EmulatorProposalFactor) break;
                proposed++;
                for (var j = 0; j < unit.Length; j++) unit[j] = parameters[j].ToUnit(row.Row[j]);
                if (Screened(targets, emulators, simulationVariance, unit, options.Cutoff)) kept.Add(row);
            }
        }

        return (kept.Select(r => r.Row).ToArray(), proposed, kept.Count(r => r.Recombined));
    }

    /// <summary>The stream of the recombination draws, apart from the hypercube's.</summary>
    private const ulong RecombineStream = 0x7265636f6d62;

    /// <summary>
    /// Builds a proposal block by block around a particle (a candidate simulated earlier, among those that met every
    /// target, or those that missed the fewest while too few have): a block whose targets the particle met keeps the
    /// particle's values; a block it missed takes the values of a candidate, drawn at random, that met every target of
    /// that block. The copied values then move together by a normal step whose covariance is the jitter squared times the
    /// covariance of the block among the candidates that met its targets (<see cref="Kernel"/>), so that a block whose
    /// targets hold its parameters on a ridge moves along the ridge; each stays inside its starting range. Parameters in no
    /// block keep the hypercube's value. Whether any block was copied.
    /// </summary>
    private static bool Recombine(double[] row, Particle particle, IReadOnlyList<WorldParameter> parameters, IReadOnlyList<Block> blocks,
        double[][][] pools, double[,]?[] kernels, HistoryMatchingOptions options, Pcg32 rng)
    {
        var any = false;
        for (var b = 0; b < blocks.Count; b++)
        {
            var pool = pools[b];
            var met = blocks[b].Targets.All(k => particle.Implausibility[k] < options.Cutoff);
            if (!met && pool.Length == 0) continue;
            var donor = met ? particle.Values : pool[rng.NextInt(pool.Length)];
            var moved = blocks[b].Moved;
            var step = new double[moved.Length];
            if (options.RecombineJitter > 0 && kernels[b] is { } l)
            {
                var z = moved.Select(_ => rng.NextNormal(0, 1)).ToArray();
                for (var i = 0; i < moved.Length; i++)
                {
                    for (var k = 0; k <= i; k++) step[i] += options.RecombineJitter * l[i, k] * z[k];
                }
            }

            foreach (var j in blocks[b].Parameters) row[j] = donor[j];
            for (var i = 0; i < moved.Length; i++)
            {
                var p = parameters[moved[i]];
                var value = donor[moved[i]] + step[i];
                if (p.Kind == WorldValueKind.Whole) value = Math.Round(value);
                row[moved[i]] = Math.Clamp(value, p.Min, p.Max);
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// The Cholesky factor of a block's covariance (its parameters other than switches, in block order) among the
    /// candidates that met its targets, with a small ridge so that a parameter the candidates share exactly still
    /// factors; null when fewer than two candidates met them.
    /// </summary>
    private static double[,]? Kernel(Block block, IReadOnlyList<WorldParameter> parameters, double[][] pool)
    {
        if (pool.Length < 2) return null;
        var moved = block.Moved;
        var mean = moved.Select(j => Statistics.Mean(pool.Select(r => r[j]).ToArray())).ToArray();
        var covariance = new double[moved.Length, moved.Length];
        for (var a = 0; a < moved.Length; a++)
        {
            for (var c = 0; c <= a; c++)
            {
                var sum = 0.0;
                foreach (var r in pool) sum += (r[moved[a]] - mean[a]) * (r[moved[c]] - mean[c]);
                covariance[a, c] = covariance[c, a] = sum / (pool.Length - 1);
            }

            covariance[a, a] += KernelRidge * parameters[moved[a]].Range.Width * parameters[moved[a]].Range.Width;
        }

        return Cholesky.Factor(covariance);
    }

    /// <summary>The ridge added to a kernel's variances, as a share of each parameter's starting range squared.</summary>
    private const double KernelRidge = 1e-9;

    /// <summary>A candidate simulated earlier that recombined proposals are built around: its values and implausibility on each target.</summary>
    private sealed record Particle(double[] Values, double[] Implausibility);

    /// <summary>
    /// A set of parameters and the targets that constrain them, connected through shared targets, and the parameters
    /// among them a perturbation moves (all but switches).
    /// </summary>
    private sealed record Block(int[] Parameters, int[] Targets, int[] Moved);

    /// <summary>
    /// The blocks of <see cref="HistoryMatchingOptions.ConstrainedBy"/>: parameters joined when a target constrains both,
    /// in the order of their first parameter. Parameters no listed target constrains belong to no block.
    /// </summary>
    private static Block[] Blocks(IReadOnlyList<WorldParameter> parameters, IReadOnlyList<HistoryTarget> targets,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? constrainedBy)
    {
        if (constrainedBy is null) throw new ArgumentException("Recombining blocks needs the targets that constrain each parameter (ConstrainedBy).");
        var targetIndex = targets.Select((t, k) => (t.Id, k)).ToDictionary(x => x.Id, x => x.k, StringComparer.Ordinal);
        var links = parameters.Select(p => constrainedBy.TryGetValue(p.Path, out var ids)
            ? ids.Select(id => targetIndex.TryGetValue(id, out var k) ? k : throw new ArgumentException($"'{p.Path}' is constrained by '{id}', which is not a target."))
                .Distinct().ToArray()
            : []).ToArray();
        var group = Enumerable.Range(0, parameters.Count).ToArray();
        int Find(int j) => group[j] == j ? j : group[j] = Find(group[j]);
        for (var k = 0; k < targets.Count; k++)
        {
            var linked = Enumerable.Range(0, parameters.Count).Where(j => links[j].Contains(k)).ToArray();
            foreach (var j in linked.Skip(1)) group[Find(j)] = Find(linked[0]);
        }

        return Enumerable.Range(0, parameters.Count).Where(j => links[j].Length > 0).GroupBy(Find)
            .Select(g => new Block(g.ToArray(), g.SelectMany(j => links[j]).Distinct().Order().ToArray(),
                g.Where(j => parameters[j].Kind != WorldValueKind.Switch).ToArray()))
            .ToArray();
    }

    /// <summary>Whether no emulator rules a proposal out.</summary>
    private static bool Screened(IReadOnlyList<HistoryTarget> targets, QuadraticEmulator?[] emulators, double[] simulationVariance,
        double[] unit, double cutoff)
    {
        for (var k = 0; k < targets.Count; k++)
        {
            if (emulators[k] is not { } e) continue;
            var t = targets[k];
            var variance = Math.Max(0, t.PublishedVariance) + Math.Max(0, t.DiscrepancyVariance) + simulationVariance[k] + e.ResidualVariance;
            var distance = Math.Abs(e.Predict(unit) - t.Published);
            if (variance > 0 ? distance / Math.Sqrt(variance) >= cutoff : distance > 0) return false;
        }

        return true;
    }

    private static IReadOnlyList<SimulatedTarget>[] Simulate(double[][] design, IReadOnlyList<HistoryTarget> targets,
        Func<IReadOnlyList<WorldCandidate>, IReadOnlyList<IReadOnlyList<SimulatedTarget>>> simulate, HistoryMatchingOptions options, int wave)
    {
        var candidates = design.Select((values, i) => new WorldCandidate(wave, i, values, CandidateSeed(options, wave, i))).ToArray();
        var results = simulate(candidates);
        if (results is null || results.Count != candidates.Length)
        {
            throw new InvalidOperationException($"The simulator returned {results?.Count ?? 0} candidates' figures for {candidates.Length}.");
        }

        foreach (var result in results)
        {
            if (result is null || result.Count != targets.Count)
            {
                throw new InvalidOperationException($"The simulator returned {result?.Count ?? 0} figures for {targets.Count} targets.");
            }
        }

        return [.. results];
    }

    /// <summary>A simulator of one candidate at a time, run over a wave's candidates in parallel.</summary>
    private static Func<IReadOnlyList<WorldCandidate>, IReadOnlyList<IReadOnlyList<SimulatedTarget>>> InParallel(
        Func<WorldCandidate, IReadOnlyList<SimulatedTarget>> simulate, HistoryMatchingOptions options) => candidates =>
    {
        var results = new IReadOnlyList<SimulatedTarget>[candidates.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, candidates.Count, parallel, i => results[i] = simulate(candidates[i]));
        return results;
    };

    /// <summary>
    /// The candidates the next box is drawn from and the largest implausibility among them: those below the cutoff on every
    /// target when there are enough; otherwise, if allowed, the least implausible (the minimum number, and any tied with the
    /// last of them), unless even those are infinitely implausible; otherwise none.
    /// </summary>
    private static (double Cutoff, int[] Candidates) Refocus(double[][] implausible, HistoryMatchingOptions options)
    {
        var largest = implausible.Select(row => Implausibility.Largest(row).Max).ToArray();
        var kept = Enumerable.Range(0, largest.Length).Where(i => largest[i] < options.Cutoff).ToArray();
        if (kept.Length >= options.MinimumKept) return (options.Cutoff, kept);
        if (!options.RefocusOnLeastImplausible || largest.Length < options.MinimumKept) return (double.PositiveInfinity, []);
        var cutoff = largest.OrderBy(x => x).ElementAt(options.MinimumKept - 1);
        return double.IsFinite(cutoff)
            ? (cutoff, Enumerable.Range(0, largest.Length).Where(i => largest[i] <= cutoff).ToArray())
            : (double.PositiveInfinity, []);
    }

    private static ParameterRange[] Ranges(IReadOnlyList<WorldParameter> parameters, double[][] design, int[] kept) =>
        parameters.Select((p, j) => new ParameterRange(p.Path, kept.Min(i => design[i][j]), kept.Max(i => design[i][j]))).ToArray();

    /// <summary>
    /// The refocused candidates' ranges widened on each side by the margin (at least 3/k of the range for k candidates),
    /// rounded outward to whole numbers where the parameter takes whole values, and kept inside the starting ranges.
    /// </summary>
    private static ParameterRange[] NextBox(IReadOnlyList<WorldParameter> parameters, ParameterRange[] refocused, int count, double margin) =>
        parameters.Select((p, j) =>
        {
            var widen = Math.Max(margin, 3.0 / count) * refocused[j].Width;
            var low = refocused[j].Low - widen;
            var high = refocused[j].High + widen;
            if (p.Kind != WorldValueKind.Continuous)
            {
                low = Math.Floor(low);
                high = Math.Ceiling(high);
            }

            return new ParameterRange(p.Path, Math.Max(p.Min, low), Math.Min(p.Max, high));
        }).ToArray();

    /// <summary>The largest move of any end of the box, as a share of the current box's width (parameters pinned to one value are left out).</summary>
    private static double Moved(IReadOnlyList<WorldParameter> parameters, ParameterRange[] box, ParameterRange[] next)
    {
        var moved = 0.0;
        for (var j = 0; j < parameters.Count; j++)
        {
            var width = box[j].Width;
            if (width <= 0) continue;
            moved = Math.Max(moved, Math.Max(Math.Abs(next[j].Low - box[j].Low), Math.Abs(next[j].High - box[j].High)) / width);
        }

        return moved;
    }

    private static TargetRuling[] Rulings(IReadOnlyList<HistoryTarget> targets, double[][] implausible, double cutoff) =>
        targets.Select((t, k) =>
        {
            var ruled = 0;
            var alone = 0;
            foreach (var row in implausible)
            {
                if (row[k] < cutoff) continue;
                ruled++;
                if (row.Where((x, other) => other != k).All(x => x < cutoff)) alone++;
            }

            return new TargetRuling(t.Id, ruled, alone, implausible.Length == 0 ? 0 : (double)ruled / implausible.Length);
        }).ToArray();

    private static TargetConstraint[] Constraints(IReadOnlyList<WorldParameter> parameters, IReadOnlyList<HistoryTarget> targets,
        ParameterRange[] box, double[][] design, double[][] implausible, double cutoff)
    {
        var n = design.Length;
        var parameterRanks = parameters.Select((p, j) => Ranks(design.Select(row => row[j]).ToArray())).ToArray();
        var deciles = parameters.Select((p, j) => design.Select(row => Decile(row[j], box[j])).ToArray()).ToArray();
        var constraints = new List<TargetConstraint>(targets.Count * parameters.Count);
        for (var k = 0; k < targets.Count; k++)
        {
            var targetRanks = Ranks(implausible.Select(row => row[k]).ToArray());
            for (var j = 0; j < parameters.Count; j++)
            {
                var ruled = new double[Deciles];
                var count = new int[Deciles];
                for (var i = 0; i < n; i++)
                {
                    count[deciles[j][i]]++;
                    if (implausible[i][k] >= cutoff) ruled[deciles[j][i]]++;
                }

                for (var d = 0; d < Deciles; d++) ruled[d] = count[d] == 0 ? double.NaN : ruled[d] / count[d];
                constraints.Add(new TargetConstraint(targets[k].Id, parameters[j].Path, Pearson(parameterRanks[j], targetRanks), ruled));
            }
        }

        return constraints.ToArray();
    }

    /// <summary>The tenth of the range a value falls in, 0–9 (0 for a range of one value).</summary>
    private static int Decile(double value, ParameterRange range) =>
        range.Width <= 0 ? 0 : Math.Clamp((int)Math.Floor(Deciles * (value - range.Low) / range.Width), 0, Deciles - 1);

    /// <summary>Ranks from 1, ties sharing their average rank (infinite values rank highest, together).</summary>
    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]].Equals(values[order[start]])) end++;
            var rank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++) ranks[order[i]] = rank;
            start = end + 1;
        }

        return ranks;
    }

    /// <summary>Pearson's correlation (0 when either list is constant); of ranks, Spearman's.</summary>
    private static double Pearson(double[] x, double[] y)
    {
        var mx = Statistics.Mean(x);
        var my = Statistics.Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx <= 0 || syy <= 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Every candidate simulated so far, on the unit cube of the starting ranges, for the emulators.</summary>
    private sealed class Training(IReadOnlyList<WorldParameter> parameters, IReadOnlyList<HistoryTarget> targets)
    {
        private readonly List<double[]> _inputs = [];
        private readonly List<double[]> _values = [];
        private readonly List<double[]> _implausible = [];
        private readonly List<IReadOnlyList<SimulatedTarget>> _outputs = [];

        public void Add(double[][] design, IReadOnlyList<SimulatedTarget>[] simulated, double[][] implausible)
        {
            for (var i = 0; i < design.Length; i++)
            {
                _inputs.Add(parameters.Select((p, j) => p.ToUnit(design[i][j])).ToArray());
                _values.Add(design[i]);
                _implausible.Add(implausible[i]);
                _outputs.Add(simulated[i]);
            }
        }

        /// <summary>
        /// The candidates so far that met every target, or, while fewer than <paramref name="minimum"/> have, that many of
        /// those that missed the fewest targets (then by their largest finite implausibility), in the order simulated.
        /// </summary>
        public Particle[] Particles(double cutoff, int minimum)
        {
            var missed = _implausible.Select(row => row.Count(x => !(x < cutoff))).ToArray();
            var largest = _implausible.Select(row => row.Where(double.IsFinite).DefaultIfEmpty(double.PositiveInfinity).Max()).ToArray();
            var chosen = Enumerable.Range(0, missed.Length).Where(i => missed[i] == 0).ToArray();
            if (chosen.Length < minimum)
            {
                chosen = Enumerable.Range(0, missed.Length).OrderBy(i => missed[i]).ThenBy(i => largest[i]).ThenBy(i => i).Take(minimum).Order().ToArray();
            }

            return chosen.Select(i => new Particle(_values[i], _implausible[i])).ToArray();
        }

        /// <summary>The values of every candidate so far that met every target of a block, in the order simulated.</summary>
        public double[][] Met(Block block, double cutoff) =>
            Enumerable.Range(0, _values.Count).Where(i => block.Targets.All(k => _implausible[i][k] < cutoff)).Select(i => _values[i]).ToArray();

        /// <summary>One emulator per target, null where too few candidates produced the target's figure.</summary>
        public QuadraticEmulator?[] Fit(int? maxDegreeOfParallelism)
        {
            var emulators = new QuadraticEmulator?[targets.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
            Parallel.For(0, targets.Count, parallel, k =>
            {
                var rows = Enumerable.Range(0, _inputs.Count).Where(i => _outputs[i][k].Samples > 0 && double.IsFinite(_outputs[i][k].Mean)).ToArray();
                emulators[k] = QuadraticEmulator.Fit(rows.Select(i => (IReadOnlyList<double>)_inputs[i]).ToArray(), rows.Select(i => _outputs[i][k].Mean).ToArray());
            });
            return emulators;
        }

        /// <summary>The median simulation variance of each target over the candidates so far: the noise a new candidate's figure will have.</summary>
        public double[] TypicalSimulationVariance() =>
            targets.Select((t, k) =>
            {
                var v = _outputs.Select(o => t.SimulationVariance(o[k])).Where(double.IsFinite).OrderBy(x => x).ToArray();
                return v.Length == 0 ? 0 : Statistics.Percentile(v, 0.5);
            }).ToArray();
    }
}
