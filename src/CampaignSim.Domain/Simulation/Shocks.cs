using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Domain.Simulation;

/// <summary>Scheduled changes in the situation that no actor decides (docs/scenarios.md, shocks).</summary>
internal static class Shocks
{
    /// <summary>A layoff: <paramref name="count"/> employed workers, drawn at random, leave.</summary>
    public static IEnumerable<CampaignEvent> Layoff(WorkplaceView v, Pcg32 shocks, int count)
    {
        var f = v.Workforce;
        var pool = new List<int>();
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed)) pool.Add(i);
        count = Math.Min(count, pool.Count);
        for (var k = 0; k < count; k++)
        {
            var j = k + shocks.NextInt(pool.Count - k);
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }
        if (count > 0) yield return new WorkersLaidOff(v.Week, v.Index, pool.Take(count).Order().ToArray());
    }
}
