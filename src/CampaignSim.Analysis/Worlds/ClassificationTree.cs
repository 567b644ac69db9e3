namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A shallow classification tree (CART, Breiman et al. 1984) that splits the worlds on one parameter at a time by the Gini
/// impurity, the second scenario-discovery method the EMA Workbench offers beside PRIM. Its leaves are boxes too, found by
/// a different route; when the tree's best leaf and PRIM's box restrict the same parameters near the same values, the
/// condition is not an artefact of one method.
/// </summary>
/// <remarks>
/// Splits lie halfway between neighbouring distinct values; a split must leave at least the minimum leaf in each child and
/// lower the impurity. Ties go to the first parameter and the lowest threshold, so the tree depends only on the data.
/// </remarks>
public static class ClassificationTree
{
    /// <summary>Grows the tree and returns its leaves.</summary>
    /// <param name="points">Each world's parameter values, in the order of <paramref name="parameters"/>.</param>
    /// <param name="cases">Whether each world is a case of interest.</param>
    /// <param name="parameters">The parameters (for paths and kinds).</param>
    /// <param name="options">The options; the defaults when null.</param>
    public static TreeResult Fit(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases, IReadOnlyList<WorldParameter> parameters,
        TreeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(parameters);
        options ??= new TreeOptions();
        options.Validate();
        Prim.Check(points, cases, parameters);

        var n = points.Count;
        var total = cases.Count(c => c);
        var minLeaf = Math.Max(1, (int)Math.Ceiling(options.MinLeafShare * n));
        var leaves = new List<ScenarioBox>();
        var d = parameters.Count;
        Grow(Enumerable.Range(0, n).ToArray(), Enumerable.Repeat(double.NegativeInfinity, d).ToArray(), Enumerable.Repeat(double.PositiveInfinity, d).ToArray(), 0);
        var best = leaves.Where(l => l.Cases * 2 > l.Points).OrderByDescending(Prim.Quality).FirstOrDefault();
        return new TreeResult(leaves, best);

        void Grow(int[] members, double[] lo, double[] hi, int depth)
        {
            var split = depth < options.MaxDepth ? BestSplit(points, cases, members, minLeaf) : null;
            if (split is not { } s)
            {
                leaves.Add(Prim.Box(lo, hi, members, cases, parameters, n, total));
                return;
            }

            var left = members.Where(i => points[i][s.Parameter] <= s.Threshold).ToArray();
            var right = members.Where(i => points[i][s.Parameter] > s.Threshold).ToArray();
            var leftHi = (double[])hi.Clone();
            leftHi[s.Parameter] = Math.Min(hi[s.Parameter], s.Threshold);
            var rightLo = (double[])lo.Clone();
            rightLo[s.Parameter] = Math.Max(lo[s.Parameter], s.Threshold);
            Grow(left, lo, leftHi, depth + 1);
            Grow(right, rightLo, hi, depth + 1);
        }
    }

    /// <summary>Gini impurity of a node with <paramref name="cases"/> cases among <paramref name="count"/> worlds: 2p(1 − p).</summary>
    public static double Gini(int cases, int count)
    {
        if (count == 0) return 0;
        var p = (double)cases / count;
        return 2 * p * (1 - p);
    }

    private static (int Parameter, double Threshold)? BestSplit(IReadOnlyList<IReadOnlyList<double>> points, IReadOnlyList<bool> cases, int[] members, int minLeaf)
    {
        var count = members.Length;
        var positives = members.Count(i => cases[i]);
        var parent = Gini(positives, count);
        if (parent <= 0) return null;
        (double Gain, int Parameter, double Threshold)? best = null;
        for (var j = 0; j < points[0].Count; j++)
        {
            var sorted = members.OrderBy(i => points[i][j]).ThenBy(i => i).ToArray();
            var leftCases = 0;
            for (var k = 0; k < count - 1; k++)
            {
                if (cases[sorted[k]]) leftCases++;
                var here = points[sorted[k]][j];
                var next = points[sorted[k + 1]][j];
                var leftCount = k + 1;
                if (here == next || leftCount < minLeaf || count - leftCount < minLeaf) continue;
                var impurity = (leftCount * Gini(leftCases, leftCount) + (count - leftCount) * Gini(positives - leftCases, count - leftCount)) / count;
                var gain = parent - impurity;
                if (gain > 1e-12 && (best is not { } b || gain > b.Gain + 1e-12)) best = (gain, j, (here + next) / 2);
            }
        }

        return best is { } chosen ? (chosen.Parameter, chosen.Threshold) : null;
    }
}
