using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// Draws a workplace's workforce and social ties. The draw uses only the workforce stream, never the model,
/// so every organizing model in a replication starts from the same workers (common random numbers).
/// </summary>
public static class WorkforceBuilder
{
    /// <summary>Draws the <see cref="WorkforceAssembled"/> event for a workplace.</summary>
    public static WorkforceAssembled Build(WorkplaceSpec spec, WorkforceMechanics m, int workplace, Pcg32 rng)
    {
        var n = spec.Workers;
        var classes = AssignClasses(spec, n, rng);
        var unionPresent = spec.Union.Present;
        var profiles = new WorkerProfile[n];
        var unitIndices = new List<int>();
        for (var i = 0; i < n; i++)
            if (spec.JobClasses[classes[i]].InBargainingUnit) unitIndices.Add(i);

        var committee = PickDistinct(unitIndices.Count >= spec.Committee.InitialMembers ? unitIndices : Enumerable.Range(0, n).ToList(),
            spec.Committee.InitialMembers, rng);
        var stewards = unionPresent ? PickDistinct(unitIndices, (int)Math.Round(unitIndices.Count * m.StewardsPerUnitWorker), rng) : new HashSet<int>();

        for (var i = 0; i < n; i++)
        {
            var jc = spec.JobClasses[classes[i]];
            var wage = Math.Round(jc.HourlyWage * (m.WageLow + m.WageWidth * rng.NextDouble()), Units.CentsDigits);
            var probation = rng.Chance(spec.ProbationaryShare) ? 1 + rng.NextInt(Math.Max(1, spec.ProbationWeeks)) : 0;
            if (spec.ProbationWeeks == 0) probation = 0;
            var grievance = Clamp.Unit(rng.NextNormal(spec.Grievance.Mean, spec.Grievance.Sd));
            var fear = Clamp.Unit(rng.NextNormal(spec.Fear.Mean, spec.Fear.Sd));
            var trust = Clamp.Unit(rng.NextNormal(spec.TrustInUnion.Mean, spec.TrustInUnion.Sd));
            var threshold = DrawThreshold(spec.Thresholds, i, n, rng);
            var member = unionPresent && jc.InBargainingUnit && rng.Chance(spec.Union.MembershipShare);
            var onCommittee = committee.Contains(i);
            var commitment = onCommittee ? m.FoundingCommitment : m.InitialCommitmentLow + m.InitialCommitmentWidth * rng.NextDouble();
            var wouldLead = onCommittee || rng.Chance(spec.Behaviour.LeaderShare);
            profiles[i] = new WorkerProfile(classes[i], i % Math.Max(1, spec.Departments), wage, probation,
                grievance, fear, trust, threshold, commitment, onCommittee, stewards.Contains(i), member, wouldLead);
        }

        var ties = spec.Network.Kind switch
        {
            NetworkKind.Complete => null,
            NetworkKind.SmallWorld => SmallWorld(n, spec.Network, rng),
            _ => Departmental(profiles, spec, rng),
        };
        return new WorkforceAssembled(0, workplace, profiles, ties);
    }

    private static int[] AssignClasses(WorkplaceSpec spec, int n, Pcg32 rng)
    {
        var classes = new int[n];
        var k = 0;
        var cumulative = 0.0;
        for (var c = 0; c < spec.JobClasses.Count; c++)
        {
            cumulative += spec.JobClasses[c].Share;
            var upTo = c == spec.JobClasses.Count - 1 ? n : (int)Math.Round(cumulative * n);
            for (; k < upTo && k < n; k++) classes[k] = c;
        }
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.NextInt(i + 1);
            (classes[i], classes[j]) = (classes[j], classes[i]);
        }
        return classes;
    }

    internal static double DrawThreshold(ThresholdSpec t, int i, int n, Pcg32 rng) => t.Distribution switch
    {
        ThresholdDistribution.Uniform => t.Min + (t.Max - t.Min) * rng.NextDouble(),
        ThresholdDistribution.Spread => n <= 1 ? t.Min : t.Min + (t.Max - t.Min) * i / (n - 1),
        _ => Clamp.Unit(rng.NextNormal(t.Mean, t.Sd)),
    };

    private static HashSet<int> PickDistinct(List<int> pool, int count, Pcg32 rng)
    {
        var chosen = new HashSet<int>();
        var copy = pool.ToArray();
        count = Math.Min(count, copy.Length);
        for (var i = 0; i < count; i++)
        {
            var j = i + rng.NextInt(copy.Length - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
            chosen.Add(copy[i]);
        }
        return chosen;
    }

    private static int[][] Departmental(WorkerProfile[] p, WorkplaceSpec spec, Pcg32 rng)
    {
        var n = p.Length;
        var net = spec.Network;
        var adj = Lists(n, (int)Math.Ceiling((net.TiesWithinDepartment + net.TiesAcrossDepartments) / Units.EndsPerTie) * Units.EndsPerTie);
        // Each department's workers, and each department's workers of each class, in worker order.
        var departments = 0;
        var classes = 0;
        foreach (var w in p)
        {
            departments = Math.Max(departments, w.Department + 1);
            classes = Math.Max(classes, w.JobClass + 1);
        }
        var byDept = Groups(p, departments, static w => w.Department);
        var byDeptClass = Groups(p, departments * classes, w => w.Department * classes + w.JobClass);
        for (var i = 0; i < n; i++)
        {
            var dept = byDept[p[i].Department];
            var same = byDeptClass[p[i].Department * classes + p[i].JobClass];
            var within = Count(net.TiesWithinDepartment / Units.EndsPerTie, rng);
            for (var k = 0; k < within; k++)
            {
                var pool = rng.Chance(net.SameClassPreference) && same.Length > 1 ? same : dept;
                Link(adj, i, pool[rng.NextInt(pool.Length)]);
            }
            var across = Count(net.TiesAcrossDepartments / Units.EndsPerTie, rng);
            for (var k = 0; k < across; k++) Link(adj, i, rng.NextInt(n));
        }
        return Sorted(adj);
    }

    /// <summary>The workers of each group (0 to <paramref name="groups"/> − 1), in worker order.</summary>
    private static int[][] Groups(WorkerProfile[] p, int groups, Func<WorkerProfile, int> group)
    {
        var sizes = new int[groups];
        foreach (var w in p) sizes[group(w)]++;
        var members = new int[groups][];
        for (var g = 0; g < groups; g++) members[g] = new int[sizes[g]];
        Array.Clear(sizes);
        for (var i = 0; i < p.Length; i++)
        {
            var g = group(p[i]);
            members[g][sizes[g]++] = i;
        }
        return members;
    }

    private static List<int>[] Lists(int n, int capacity)
    {
        var lists = new List<int>[n];
        for (var i = 0; i < n; i++) lists[i] = new List<int>(capacity);
        return lists;
    }

    /// <summary>Each worker's ties in ascending order (an insertion sort: a worker has a handful of ties, all distinct).</summary>
    private static int[][] Sorted(List<int>[] adj)
    {
        var ties = new int[adj.Length][];
        for (var i = 0; i < adj.Length; i++)
        {
            var sorted = adj[i].ToArray();
            for (var k = 1; k < sorted.Length; k++)
            {
                var x = sorted[k];
                var j = k - 1;
                for (; j >= 0 && sorted[j] > x; j--) sorted[j + 1] = sorted[j];
                sorted[j + 1] = x;
            }
            ties[i] = sorted;
        }
        return ties;
    }

    private static int[][] SmallWorld(int n, NetworkSpec net, Pcg32 rng)
    {
        var adj = Lists(n, net.RingNeighbours + Units.EndsPerTie);
        var half = Math.Max(1, net.RingNeighbours / Units.EndsPerTie);
        for (var i = 0; i < n; i++)
            for (var k = 1; k <= half; k++)
            {
                var j = (i + k) % n;
                if (rng.Chance(net.Rewiring)) j = rng.NextInt(n);
                Link(adj, i, j);
            }
        return Sorted(adj);
    }

    /// <summary>Integer count with the given mean: the floor plus one with the fractional part's probability.</summary>
    private static int Count(double mean, Pcg32 rng)
    {
        var whole = (int)mean;
        return whole + (rng.Chance(mean - whole) ? 1 : 0);
    }

    private static void Link(List<int>[] adj, int a, int b)
    {
        if (a == b || adj[a].Contains(b)) return;
        adj[a].Add(b);
        adj[b].Add(a);
    }
}
