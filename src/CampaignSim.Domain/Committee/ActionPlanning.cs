using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// Floor actions: the committee picks a demand and the highest rung it believes it can carry (one rung above the last
/// tried, within what the model allows under the contract) and calls it.
/// </summary>
internal static class ActionPlanning
{
    /// <summary>The committee's action this week, if any. Returns the demand the employer must now answer (not for a strike, which it answers week by week).</summary>
    public static DemandState? Week(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        var a = ctx.M.Actions;
        if (!p.FloorActions || w.Strike.On || ctx.Workforce.CommitteeSize < a.MinCommitteeToAct) return null;
        if (ctx.Week - w.Pressure.LastActionWeek < a.WeeksBetweenActions) return null;
        var demand = NextDemand(ctx, p);
        if (demand is null) return null;
        var estimate = ctx.CommittedShare();
        var allowed = w.Union.NoStrikeClauseInForce ? p.HighestUnderNoStrikeClause : p.HighestOtherwise;
        if (allowed == Tactic.Strike && !p.StrikesOnTheFloor) allowed = Tactic.SickOut;
        var ceiling = (Tactic)Math.Min((int)allowed, Math.Max((int)Tactic.Petition, demand.LastRung + 1));
        for (var r = ceiling; r >= Tactic.Petition; r--)
        {
            var needed = r == Tactic.Strike ? p.StrikeTarget : TacticCatalog.Profile(ctx.M, r).NeededShare * p.SupportNeededFactor;
            if (needed > estimate) continue;
            var taken = ActionCall.Call(ctx, p, r, demand.Id, p.ActionsDecidedBy, ctx.Workforce.CommitteeMembers());
            return r != Tactic.Strike && taken ? demand : null;
        }
        return null;
    }

    private static DemandState? NextDemand(WeekContext ctx, ModelPosture p)
    {
        var w = ctx.W;
        foreach (var d in w.Demands.All)
        {
            if (d.Won) continue;
            if (d.Kind == DemandKind.Wage && !p.WagesOnTheFloor && (w.Union.Present || p.RecognitionDrive)) continue;
            if (d.Worker >= 0 && ctx.Workforce.Has(d.Worker, WorkerFlags.Employed)) continue;
            if (ctx.Week - d.LastRefusedWeek < ctx.M.Actions.WeeksAfterRefusal) continue;
            return d;
        }
        return null;
    }
}
