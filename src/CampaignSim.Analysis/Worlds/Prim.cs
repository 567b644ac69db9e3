namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) as scenario discovery uses it (Bryant and Lempert 2010;
/// the EMA Workbench, Kwakkel 2017): starting from a box holding every world, repeatedly peel off the thin slice at one
/// end of one parameter that most raises the share of cases in what remains, until the box would hold too few worlds;
/// choose a box from that trajectory; then paste back slices that raise its density, and lift the restrictions that
/// chance could have produced (their quasi-p-values, Bryant and Lempert 2010).
/// </summary>
/// <remarks>
/// <para>Each peel removes about <see cref="PrimOptions.PeelAlpha"/> of the box's worlds (more when values are tied, as
/// whole numbers and switches are: a peel never splits equal values). Peels are scored as in the EMA Workbench's default
/// ("lenient1"): the rise in density per world removed, so that a small peel with a small gain is not passed over for a
/// large one. Peeling stops when no peel raises the density or every peel would leave less than
/// <see cref="PrimOptions.MassMin"/> of the worlds.</para>
/// <para>The box chosen is the one on the trajectory with the largest coverage × density: every later box gives up more
/// coverage than it gains in density, every earlier one the reverse. The EMA Workbench leaves the choice to the analyst
/// looking at the trade-off; a report that names one condition needs a rule, and this one is stated so that it can be
/// argued with; the whole trajectory is kept for the report.</para>
/// <para>Ties between peels go to a parameter already restricted, then to the first parameter, then to the lower end, so
/// the result depends only on the data and their order.</para>
/// </remarks>
public static class Prim
{
    /// <summary>Finds a box in which the cases of interest are dense.</summary>
    /// <param name="points">Each world's parameter values, in the order of <paramref name="parameters"/>.</param>
    /// <param name="cases">Whether each world is a case of interest.</param>
    /// <param name="parameters">The parameters (for paths and kinds).</param>
    /// <param name="options">The options; the defaults when null.</param>
    public static PrimResult Find(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases, IReadOnlyList<WorldParameter> parameters,
        PrimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(parameters);
        options ??= new PrimOptions();
        options.Validate();
        Check(points, cases, parameters);
        var found = Search(points, cases, parameters, options);
        if (found.Box.Limits.Count == 0 || options.SearchPermutations == 0) return found;

        var p = SearchPValue(points, cases, parameters, options, Quality(found.Box));
        var kept = p <= options.MaxSearchPValue;
        var whole = Box(Enumerable.Repeat(double.NegativeInfinity, parameters.Count).ToArray(), Enumerable.Repeat(double.PositiveInfinity, parameters.Count).ToArray(),
            Enumerable.Range(0, points.Count).ToArray(), cases, parameters, points.Count, cases.Count(c => c));
        return found with { Box = kept ? found.Box : whole, SearchPValue = p, Found = found.Box };
    }

    /// <summary>Seed of the shuffles of the search-wide test: fixed, so the same worlds give the same answer.</summary>
    private const ulong ShuffleSeed = 1999;

    /// <summary>
    /// The search-wide p-value (<see cref="PrimOptions.SearchPermutations"/>): the share of label shuffles, counting the
    /// worlds as they are, whose whole search finds a box at least as good as <paramref name="quality"/>. The shuffles are
    /// Fisher–Yates permutations of the case flags from the project's own generator with a fixed seed.
    /// </summary>
    private static double SearchPValue(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases, IReadOnlyList<WorldParameter> parameters,
        PrimOptions options, double quality)
    {
        var rng = new Domain.Infrastructure.Pcg32(ShuffleSeed, 0);
        var shuffled = cases.ToArray();
        var atLeast = 0;
        for (var k = 0; k < options.SearchPermutations; k++)
        {
            for (var i = shuffled.Length - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
            }

            if (Quality(Search(points, shuffled, parameters, options).Box) >= quality - 1e-12) atLeast++;
        }

        return (1.0 + atLeast) / (1.0 + options.SearchPermutations);
    }

    /// <summary>The search itself: peel, choose, paste, and lift the restrictions chance could have produced.</summary>
    private static PrimResult Search(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases, IReadOnlyList<WorldParameter> parameters,
        PrimOptions options)
    {
        var n = points.Count;
        var d = parameters.Count;
        var total = cases.Count(c => c);
        var lo = Enumerable.Repeat(double.NegativeInfinity, d).ToArray();
        var hi = Enumerable.Repeat(double.PositiveInfinity, d).ToArray();
        var inBox = Enumerable.Range(0, n).ToArray();
        var trajectory = new List<ScenarioBox> { Box(lo, hi, inBox, cases, parameters, n, total) };

        while (inBox.Length > 0 && total > 0)
        {
            var peel = BestPeel(points, cases, lo, hi, inBox, options, n);
            if (peel is null) break;
            (lo, hi, inBox) = (peel.Value.Lo, peel.Value.Hi, peel.Value.Kept);
            trajectory.Add(Box(lo, hi, inBox, cases, parameters, n, total));
        }

        var chosen = 0;
        for (var i = 1; i < trajectory.Count; i++)
        {
            if (Quality(trajectory[i]) > Quality(trajectory[chosen]) + 1e-12) chosen = i;
        }

        var box = trajectory[chosen];
        var (cLo, cHi) = Bounds(box, d);
        var members = Enumerable.Range(0, n).Where(i => box.Contains(points[i])).ToArray();
        while (total > 0)
        {
            var paste = BestPaste(points, cases, cLo, cHi, members, options);
            if (paste is null) break;
            (cLo, cHi, members) = (paste.Value.Lo, paste.Value.Hi, paste.Value.Kept);
        }

        (cLo, cHi) = WithoutEmptyLimits(points, cLo, cHi);
        (cLo, cHi, members) = WithoutChanceLimits(points, cases, cLo, cHi, members, options.MaxQuasiPValue);
        return new PrimResult(trajectory, chosen, Box(cLo, cHi, members, cases, parameters, n, total));
    }

    /// <summary>
    /// Lifts, one at a time and the least significant first, every restriction whose quasi-p-value is above the level
    /// (<see cref="PrimOptions.MaxQuasiPValue"/>): with the restriction lifted, the wider box holds m worlds of which c
    /// are cases; the quasi-p-value is the chance of at least the box's k cases among its n worlds when each is a case
    /// with probability c / m. A box left with no restriction is the whole set of worlds.
    /// </summary>
    private static (double[] Lo, double[] Hi, int[] Members) WithoutChanceLimits(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases,
        double[] lo, double[] hi, int[] members, double level)
    {
        lo = (double[])lo.Clone();
        hi = (double[])hi.Clone();
        while (true)
        {
            var k = members.Count(i => cases[i]);
            var (worst, worstP) = (-1, level);
            for (var j = 0; j < lo.Length; j++)
            {
                if (!Restricted(lo, hi, j)) continue;
                var wider = Enumerable.Range(0, points.Count).Where(i => Inside(points[i], lo, hi, except: j)).ToArray();
                var p = QuasiPValue(members.Length, k, (double)wider.Count(i => cases[i]) / wider.Length);
                if (p > worstP) (worst, worstP) = (j, p);
            }

            if (worst < 0) return (lo, hi, members);
            lo[worst] = double.NegativeInfinity;
            hi[worst] = double.PositiveInfinity;
            members = Enumerable.Range(0, points.Count).Where(i => Inside(points[i], lo, hi, except: -1)).ToArray();
        }
    }

    /// <summary>P(X ≥ k) for X binomial with n trials and success probability p, summed from the top in index order.</summary>
    public static double QuasiPValue(int n, int k, double p)
    {
        if (k <= 0) return 1;
        if (k > n || p <= 0) return 0;
        if (p >= 1) return 1;
        // pmf(i) from pmf(n) = p^n down: pmf(i − 1) = pmf(i) · i / (n − i + 1) · (1 − p) / p, in logs to stay in range.
        var logPmf = n * Math.Log(p);
        var ratio = Math.Log((1 - p) / p);
        var tail = Math.Exp(logPmf);
        for (var i = n; i > k; i--)
        {
            logPmf += Math.Log(i) - Math.Log(n - i + 1) + ratio;
            tail += Math.Exp(logPmf);
        }

        return Math.Min(1, tail);
    }

    /// <summary>
    /// The bounds with every limit that excludes no world opened (pasting can move a limit past the last world on its
    /// side): such a limit is no condition, and a sentence stating it ("… is either") would mislead.
    /// </summary>
    private static (double[] Lo, double[] Hi) WithoutEmptyLimits(IReadOnlyList<IReadOnlyList<double>> points, double[] lo, double[] hi)
    {
        lo = (double[])lo.Clone();
        hi = (double[])hi.Clone();
        for (var j = 0; j < lo.Length; j++)
        {
            if (!double.IsNegativeInfinity(lo[j]) && points.All(p => p[j] >= lo[j])) lo[j] = double.NegativeInfinity;
            if (!double.IsPositiveInfinity(hi[j]) && points.All(p => p[j] <= hi[j])) hi[j] = double.PositiveInfinity;
        }

        return (lo, hi);
    }

    /// <summary>Coverage × density, the rule by which a box is chosen from the trajectory.</summary>
    public static double Quality(ScenarioBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return box.Coverage * box.Density;
    }

    internal static void Check(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases, IReadOnlyList<WorldParameter> parameters)
    {
        if (points.Count != cases.Count) throw new ArgumentException($"{cases.Count} case flags for {points.Count} worlds.", nameof(cases));
        if (points.Any(p => p.Count != parameters.Count)) throw new ArgumentException($"Every world needs {parameters.Count} values.", nameof(points));
        if (points.Any(p => p.Any(v => !double.IsFinite(v)))) throw new ArgumentException("Every value must be a finite number.", nameof(points));
    }

    internal static ScenarioBox Box(double[] lo, double[] hi, int[] members, IReadOnlyList<bool> cases, IReadOnlyList<WorldParameter> parameters, int n, int total)
    {
        var limits = Enumerable.Range(0, parameters.Count)
            .Where(j => !double.IsNegativeInfinity(lo[j]) || !double.IsPositiveInfinity(hi[j]))
            .Select(j => new BoxLimit(j, parameters[j].Path, parameters[j].Kind,
                double.IsNegativeInfinity(lo[j]) ? null : lo[j], double.IsPositiveInfinity(hi[j]) ? null : hi[j]))
            .ToArray();
        return new ScenarioBox(limits, members.Length, members.Count(i => cases[i]), n, total);
    }

    private static (double[] Lo, double[] Hi) Bounds(ScenarioBox box, int d)
    {
        var lo = Enumerable.Repeat(double.NegativeInfinity, d).ToArray();
        var hi = Enumerable.Repeat(double.PositiveInfinity, d).ToArray();
        foreach (var l in box.Limits)
        {
            lo[l.Parameter] = l.Lower ?? double.NegativeInfinity;
            hi[l.Parameter] = l.Upper ?? double.PositiveInfinity;
        }

        return (lo, hi);
    }

    private static bool Restricted(double[] lo, double[] hi, int j) => !double.IsNegativeInfinity(lo[j]) || !double.IsPositiveInfinity(hi[j]);

    private static (double[] Lo, double[] Hi, int[] Kept)? BestPeel(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases,
        double[] lo, double[] hi, int[] inBox, PrimOptions options, int n)
    {
        var d = lo.Length;
        var restrictedCount = Enumerable.Range(0, d).Count(j => Restricted(lo, hi, j));
        var oldMean = Mean(inBox, cases);
        var step = Math.Max(1, (int)Math.Floor(options.PeelAlpha * inBox.Length));
        (double Score, bool OnRestricted, double[] Lo, double[] Hi, int[] Kept)? best = null;
        for (var j = 0; j < d; j++)
        {
            var onRestricted = Restricted(lo, hi, j);
            if (!onRestricted && restrictedCount >= options.MaxDimensions) continue;
            var sorted = inBox.OrderBy(i => points[i][j]).ThenBy(i => i).ToArray();
            var v = sorted.Select(i => points[i][j]).ToArray();
            if (v[0] == v[^1]) continue;

            // Lower end: remove the values below the one at the peel's depth (or below the next distinct value when the lowest are tied there).
            var at = v[step] == v[0] ? Array.FindIndex(v, x => x > v[0]) : Array.IndexOf(v, v[step]);
            Consider(sorted[at..], (v[at - 1] + v[at]) / 2, lower: true);

            // Upper end, symmetrically.
            var top = v.Length - 1 - step;
            var last = v[top] == v[^1] ? Array.FindLastIndex(v, x => x < v[^1]) : Array.LastIndexOf(v, v[top]);
            Consider(sorted[..(last + 1)], (v[last] + v[last + 1]) / 2, lower: false);

            void Consider(int[] kept, double bound, bool lower)
            {
                if (kept.Length < options.MassMin * n) return;
                var score = (Mean(kept, cases) - oldMean) / (inBox.Length - kept.Length);
                if (!(score > 0)) return;
                if (best is { } b && !(score > b.Score + 1e-12 || (Math.Abs(score - b.Score) <= 1e-12 && onRestricted && !b.OnRestricted))) return;
                var newLo = (double[])lo.Clone();
                var newHi = (double[])hi.Clone();
                if (lower) newLo[j] = bound;
                else newHi[j] = bound;
                best = (score, onRestricted, newLo, newHi, kept);
            }
        }

        return best is { } chosen ? (chosen.Lo, chosen.Hi, chosen.Kept) : null;
    }

    private static (double[] Lo, double[] Hi, int[] Kept)? BestPaste(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases,
        double[] lo, double[] hi, int[] members, PrimOptions options)
    {
        var d = lo.Length;
        var oldMean = Mean(members, cases);
        var step = Math.Max(1, (int)Math.Floor(options.PasteAlpha * members.Length));
        (double Score, double[] Lo, double[] Hi, int[] Kept)? best = null;
        for (var j = 0; j < d; j++)
        {
            if (!Restricted(lo, hi, j)) continue;
            var otherwise = Enumerable.Range(0, points.Count).Where(i => Inside(points[i], lo, hi, except: j)).ToArray();
            foreach (var lower in new[] { true, false })
            {
                var outside = lower
                    ? otherwise.Where(i => points[i][j] < lo[j]).OrderByDescending(i => points[i][j]).ThenBy(i => i).ToArray()
                    : otherwise.Where(i => points[i][j] > hi[j]).OrderBy(i => points[i][j]).ThenBy(i => i).ToArray();
                if (outside.Length == 0) continue;
                var edge = points[outside[Math.Min(step, outside.Length) - 1]][j];
                var added = outside.TakeWhile(i => lower ? points[i][j] >= edge : points[i][j] <= edge).ToArray();
                var rest = outside.Length > added.Length ? points[outside[added.Length]][j] : double.NaN;
                var bound = double.IsNaN(rest) ? (lower ? double.NegativeInfinity : double.PositiveInfinity) : (edge + rest) / 2;
                var kept = members.Concat(added).Order().ToArray();
                var score = (Mean(kept, cases) - oldMean) / added.Length;
                if (!(score > 1e-12) || (best is { } b && !(score > b.Score + 1e-12))) continue;
                var newLo = (double[])lo.Clone();
                var newHi = (double[])hi.Clone();
                if (lower) newLo[j] = bound;
                else newHi[j] = bound;
                best = (score, newLo, newHi, kept);
            }
        }

        return best is { } chosen ? (chosen.Lo, chosen.Hi, chosen.Kept) : null;
    }

    private static bool Inside(IReadOnlyList<double> x, double[] lo, double[] hi, int except)
    {
        for (var j = 0; j < lo.Length; j++)
        {
            if (j == except) continue;
            if (x[j] < lo[j] || x[j] > hi[j]) return false;
        }

        return true;
    }

    private static double Mean(int[] members, IReadOnlyList<bool> cases) => members.Length == 0 ? 0 : (double)members.Count(i => cases[i]) / members.Length;
}
