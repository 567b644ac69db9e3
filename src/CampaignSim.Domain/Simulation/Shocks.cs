using CampaignSim.Domain.Events;
using CampaignSim.Domain.Leadership;
using CampaignSim.Domain.Legal;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Simulation;

/// <summary>Scheduled changes in the situation (docs/scenarios.md). A shock set for week 0 happens in week 1.</summary>
internal static class Shocks
{
    public static void Week(WeekContext ctx)
    {
        foreach (var shock in ctx.Spec.Shocks)
        {
            if (Math.Max(1, shock.Week) != ctx.Week) continue;
            switch (shock.Kind)
            {
                case ShockKind.LeadershipTurnsConservative:
                    UnionLeadership.LeadershipTurnsConservative(ctx);
                    break;
                case ShockKind.Layoff:
                    Layoff(ctx, shock.Count);
                    break;
                case ShockKind.LeaderFired:
                    FireMostVisible(ctx);
                    break;
                case ShockKind.ActionUnderWay:
                    ActionUnderWay(ctx, shock.Size);
                    break;
                case ShockKind.ConditionsWorsen:
                    ctx.Emit(new ConditionsWorsened(ctx.Week, ctx.Index, shock.Size));
                    break;
            }
        }
    }

    private static void Layoff(WeekContext ctx, int count)
    {
        var w = ctx.W;
        var pool = new List<int>();
        for (var i = 0; i < w.N; i++)
            if (w.Has(i, WorkerFlags.Employed)) pool.Add(i);
        count = Math.Min(count, pool.Count);
        for (var k = 0; k < count; k++)
        {
            var j = k + ctx.Shocks.NextInt(pool.Count - k);
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }
        if (count > 0) ctx.Emit(new WorkersLaidOff(ctx.Week, ctx.Index, pool.Take(count).Order().ToArray()));
    }

    /// <summary>The employer fires its most visible worker-leader (a committee member if there is one).</summary>
    private static void FireMostVisible(WeekContext ctx)
    {
        var w = ctx.W;
        var best = -1;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed)) continue;
            if (best < 0) { best = i; continue; }
            var iLeads = w.Has(i, WorkerFlags.Committee);
            var bestLeads = w.Has(best, WorkerFlags.Committee);
            if ((iLeads && !bestLeads) || (iLeads == bestLeads && w.Visibility[i] > w.Visibility[best])) best = i;
        }
        if (best >= 0) LegalChannel.Fire(ctx, ctx.Posture, best, lawful: false);
    }

    /// <summary>Coworkers are already acting when the shock comes: a share of them has marched on the boss on their own.</summary>
    private static void ActionUnderWay(WeekContext ctx, double share)
    {
        var w = ctx.W;
        var starters = new List<int>();
        for (var i = 0; i < w.N; i++)
            if (w.Has(i, WorkerFlags.Employed) && ctx.Shocks.Chance(share)) starters.Add(i);
        if (starters.Count == 0) return;
        var p = ctx.Posture with { OutsideOfficialChannels = true };
        var demand = w.Demands.FirstOrDefault(d => !d.Won);
        ActionPlanner.Call(ctx, p, Tactic.MarchOnTheBoss, demand?.Id ?? "conditions", Events.DecisionMaker.Workers, starters);
        if (demand is not null) Employer.EmployerAgent.Respond(ctx, demand);
    }
}
