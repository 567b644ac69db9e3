namespace CampaignSim.Domain.Workers;

/// <summary>
/// Granovetter's (1978) threshold model on a network: a worker joins once the share of her ties already in
/// reaches her effective threshold. Initiators are in from the start; a worker whose threshold is at or
/// below zero joins with nobody else in. On a complete network the share is taken over all other workers.
/// </summary>
public static class ThresholdCascade
{
    /// <summary>Rounding slack when a share of ties is compared with a threshold, so that 3 of 10 meets a threshold of 0.3.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>
    /// Runs the cascade to its fixed point and returns participants in ascending order.
    /// </summary>
    /// <param name="thresholds">Effective threshold per worker (share of ties, may be ≤ 0 or > 1).</param>
    /// <param name="eligible">Who can take part (employed, reached by the call).</param>
    /// <param name="initiators">Workers in from the start.</param>
    /// <param name="ties">Ties per worker; null for a complete network.</param>
    public static int[] Run(double[] thresholds, bool[] eligible, IEnumerable<int> initiators, int[][]? ties)
    {
        var n = thresholds.Length;
        var inAction = new bool[n];
        foreach (var i in initiators)
            if (eligible[i]) inAction[i] = true;
        for (var i = 0; i < n; i++)
            if (eligible[i] && thresholds[i] <= 0) inAction[i] = true;

        if (ties is null) CompleteNetwork(thresholds, eligible, inAction);
        else Network(thresholds, eligible, inAction, ties);

        var result = new List<int>();
        for (var i = 0; i < n; i++)
            if (inAction[i]) result.Add(i);
        return result.ToArray();
    }

    /// <summary>
    /// Runs the cascade within groups, each a complete network of its own (everyone in a group sees everyone else in it,
    /// as workers on one floor see who walks out): a worker joins once the share of the others in her group already in
    /// reaches her threshold. Returns participants in ascending order.
    /// </summary>
    /// <param name="thresholds">Effective threshold per worker.</param>
    /// <param name="eligible">Who can take part.</param>
    /// <param name="initiators">Workers in from the start.</param>
    /// <param name="group">Group of each worker (0 … groups − 1).</param>
    /// <param name="groups">Number of groups.</param>
    public static int[] RunInGroups(double[] thresholds, bool[] eligible, IEnumerable<int> initiators, ReadOnlySpan<int> group, int groups)
    {
        var n = thresholds.Length;
        var inAction = new bool[n];
        foreach (var i in initiators)
            if (eligible[i]) inAction[i] = true;
        for (var i = 0; i < n; i++)
            if (eligible[i] && thresholds[i] <= 0) inAction[i] = true;

        var others = new int[groups];
        var joined = new int[groups];
        for (var i = 0; i < n; i++)
        {
            if (eligible[i]) others[group[i]]++;
            if (inAction[i]) joined[group[i]]++;
        }

        for (var g = 0; g < groups; g++) others[g] = Math.Max(1, others[g] - 1);
        bool changed;
        do
        {
            changed = false;
            var snapshot = (int[])joined.Clone();
            for (var i = 0; i < n; i++)
            {
                if (inAction[i] || !eligible[i]) continue;
                var g = group[i];
                if (snapshot[g] >= thresholds[i] * others[g] - Tolerance)
                {
                    inAction[i] = true;
                    joined[g]++;
                    changed = true;
                }
            }
        } while (changed);

        var result = new List<int>();
        for (var i = 0; i < n; i++)
            if (inAction[i]) result.Add(i);
        return result.ToArray();
    }

    private static void CompleteNetwork(double[] thresholds, bool[] eligible, bool[] inAction)
    {
        var n = thresholds.Length;
        var others = 0;
        for (var i = 0; i < n; i++)
            if (eligible[i]) others++;
        others = Math.Max(1, others - 1);
        var joined = inAction.Count(x => x);
        bool changed;
        do
        {
            changed = false;
            var snapshot = joined;
            for (var i = 0; i < n; i++)
            {
                if (inAction[i] || !eligible[i]) continue;
                if (snapshot >= thresholds[i] * others - Tolerance)
                {
                    inAction[i] = true;
                    joined++;
                    changed = true;
                }
            }
        } while (changed);
    }

    private static void Network(double[] thresholds, bool[] eligible, bool[] inAction, int[][] ties)
    {
        var n = thresholds.Length;
        var inCount = new int[n];
        // Each worker joins at most once, so a first-in, first-out array of n holds the whole queue; the tied coworkers a
        // worker needs in action, the same product for every tie that reaches her, is worked out once (a worker without
        // ties needs more than any count: she never joins through them).
        var queue = new int[n];
        var head = 0;
        var tail = 0;
        var needed = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (inAction[i]) queue[tail++] = i;
            var degree = ties[i].Length;
            needed[i] = degree > 0 ? thresholds[i] * degree - Tolerance : double.PositiveInfinity;
        }
        while (head < tail)
        {
            var i = queue[head++];
            foreach (var j in ties[i])
            {
                inCount[j]++;
                if (inAction[j] || !eligible[j]) continue;
                if (inCount[j] >= needed[j])
                {
                    inAction[j] = true;
                    queue[tail++] = j;
                }
            }
        }
    }
}
