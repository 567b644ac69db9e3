using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// Sums one model's weekly timelines into <see cref="WeeklyMeans"/> as runs finish, so that a comparison of any size
/// holds only the timelines that finished ahead of an earlier replication, not one per run.
/// </summary>
/// <remarks>
/// Runs finish in any order across threads, but floating-point sums depend on the order of their terms: timelines
/// are folded strictly in replication order (a finished run waits while an earlier replication is still running),
/// which gives exactly the numbers of summing the whole list in order, whatever the thread count.
/// </remarks>
public sealed class WeeklyAccumulator
{
    private readonly Dictionary<int, CampaignTimeline> _waiting = [];
    private readonly Lock _gate = new();
    private double[] _committee = [];
    private double[] _participation = [];
    private double[] _firings = [];
    private int _next;

    /// <summary>Adds replication <paramref name="replication"/>'s timeline; safe to call from any thread, once per replication.</summary>
    public void Add(int replication, CampaignTimeline timeline)
    {
        lock (_gate)
        {
            _waiting.Add(replication, timeline);
            while (_waiting.Remove(_next, out var next))
            {
                Fold(next);
                _next++;
            }
        }
    }

    /// <summary>The weekly means of the timelines added (replications 0 … n−1, all of them).</summary>
    /// <exception cref="InvalidOperationException">A replication before the last one added is missing.</exception>
    public WeeklyMeans Means()
    {
        lock (_gate)
        {
            if (_waiting.Count > 0) throw new InvalidOperationException($"Replication {_next} is missing from the weekly timelines.");
            if (_next == 0) return new WeeklyMeans([], [], []);
            return new WeeklyMeans(Divided(_committee), Divided(_participation), Divided(_firings));
        }
    }

    /// <summary>The weekly means of timelines given in replication order.</summary>
    public static WeeklyMeans Of(IReadOnlyList<CampaignTimeline> timelines)
    {
        var accumulator = new WeeklyAccumulator();
        for (var r = 0; r < timelines.Count; r++) accumulator.Add(r, timelines[r]);
        return accumulator.Means();
    }

    private void Fold(CampaignTimeline t)
    {
        if (_next == 0)
        {
            var weeks = t.Committee.Length;
            (_committee, _participation, _firings) = (new double[weeks], new double[weeks], new double[weeks]);
        }
        for (var k = 0; k < _committee.Length; k++)
        {
            _committee[k] += t.Committee[k];
            _participation[k] += t.Participation[k];
            _firings[k] += t.FiringsToDate[k];
        }
    }

    private double[] Divided(double[] sums)
    {
        var means = (double[])sums.Clone();
        for (var k = 0; k < means.Length; k++) means[k] /= _next;
        return means;
    }
}
