using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// Floor actions, as structure tests: the committee picks a demand and the highest rung it believes it can carry, and
/// calls it. It believes the support it counts will turn out as it did last time (it forgets a flop only slowly), and it
/// climbs one rung above the last tried only when the last action met that rung's own goal; within what the model allows
/// under the contract.
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
        var estimate = ctx.CommittedShare() * demand.ExpectedTurnout(ctx.Week, a.TurnoutMemoryWeeks);
        var allowed = w.Union.NoStrikeClauseInForce ? p.HighestUnderNoStrikeClause : p.HighestOtherwise;
        if (allowed == Tactic.Strike && !p.StrikesOnTheFloor) allowed = Tactic.SickOut;
        var passed = demand.LastRung < 0 || demand.LastTurnout >= Needed(ctx, p, (Tactic)demand.LastRung);
        var ceiling = (Tactic)Math.Min((int)allowed, Math.Max((int)Tactic.Petition, passed ? demand.LastRung + 1 : demand.LastRung));
        for (var r = ceiling; r >= Tactic.Petition; r--)
        {
            if (Needed(ctx, p, r) > estimate) continue;
            var taken = ActionCall.Call(ctx, p, r, demand.Id, p.ActionsDecidedBy, ctx.Workforce.CommitteeMembers());
            return r != Tactic.Strike && taken ? demand : null;
        }
        return null;
    }

    /// <summary>The share a rung asks for: the model's strike target for a strike, else the rung's needed share scaled by the model.</summary>
    private static double Needed(WeekContext ctx, ModelPosture p, Tactic r) =>
        r == Tactic.Strike ? p.StrikeTarget : TacticCatalog.Profile(ctx.M, r).NeededShare * p.SupportNeededFactor;

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
