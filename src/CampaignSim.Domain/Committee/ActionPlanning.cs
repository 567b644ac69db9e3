using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// Floor actions, as structure tests: the committee picks a demand and the highest rung it believes it can carry, and
/// calls it. It believes the support it counts will turn out as it did last time (it forgets a flop only slowly), and it
/// climbs one rung above the highest tried only when the last action on that rung met the rung's own goal (a big petition
/// after a thin picket does not license a slowdown); within what the model allows under the contract. A fired coworker's
/// reinstatement comes before the other demands.
/// </summary>
internal static class ActionPlanning
{
    /// <summary>
    /// The committee's action this week, if any, with the workers' choices of whether to join (drawn from their stream).
    /// The employer answers an action over a demand as a reaction to it; a strike it answers week by week.
    /// </summary>
    public static IEnumerable<CampaignEvent> Week(WorkplaceView v, Pcg32 participation)
    {
        var p = v.Posture;
        if (Choose(v, p) is not { } choice) yield break;
        var (demand, rung) = choice;
        foreach (var e in ActionCall.Call(v, participation, p, rung, demand.Id, p.ActionsDecidedBy, v.Workforce.CommitteeMembers())) yield return e;
    }

    /// <summary>The demand and the rung the committee acts on this week, or null when it does not act.</summary>
    private static (DemandState Demand, Tactic Rung)? Choose(WorkplaceView v, ModelPosture p)
    {
        var w = v.W;
        var a = v.M.Actions;
        if (!p.FloorActions || w.Strike.On || v.Workforce.CommitteeSize < a.MinCommitteeToAct) return null;
        if (v.Week - w.Pressure.LastActionWeek < a.WeeksBetweenActions) return null;
        var demand = NextDemand(v, p);
        if (demand is null) return null;
        var estimate = v.CommittedShare() * demand.ExpectedTurnout(v.Week, a.TurnoutMemoryWeeks);
        var allowed = w.Union.NoStrikeClauseInForce ? p.HighestUnderNoStrikeClause : p.HighestOtherwise;
        if (allowed == Tactic.Strike && !p.StrikesOnTheFloor) allowed = Tactic.SickOut;
        var passed = demand.LastRung < 0 || demand.TopRungTurnout >= Needed(v, p, (Tactic)demand.LastRung);
        var ceiling = (Tactic)Math.Min((int)allowed, Math.Max((int)Tactic.Petition, passed ? demand.LastRung + 1 : demand.LastRung));
        for (var r = ceiling; r >= Tactic.Petition; r--)
        {
            if (Needed(v, p, r) <= estimate) return (demand, r);
        }

        return null;
    }

    /// <summary>The share a rung asks for: the model's strike target for a strike, else the rung's needed share scaled by the model.</summary>
    private static double Needed(WorkplaceView v, ModelPosture p, Tactic r) =>
        r == Tactic.Strike ? p.StrikeTarget : TacticCatalog.Profile(v.M, r).NeededShare * p.SupportNeededFactor;

    /// <summary>
    /// The demand to act on: the reinstatement of a fired coworker first (an injury to one answered before the campaign's
    /// own demands), then the demands in the order the scenario lists them; one refused lately waits its turn.
    /// </summary>
    private static DemandState? NextDemand(WorkplaceView v, ModelPosture p)
    {
        DemandState? first = null;
        foreach (var d in v.W.Demands.All)
        {
            if (!Open(v, p, d)) continue;
            if (d.Worker >= 0) return d;
            first ??= d;
        }
        return first;
    }

    private static bool Open(WorkplaceView v, ModelPosture p, DemandState d)
    {
        var w = v.W;
        if (d.Won) return false;
        if (d.Kind == DemandKind.Wage && !p.WagesOnTheFloor && (w.Union.Present || p.RecognitionDrive)) return false;
        if (d.Worker >= 0 && v.Workforce.Has(d.Worker, WorkerFlags.Employed)) return false;
        return v.Week - d.LastRefusedWeek >= v.M.Actions.WeeksAfterRefusal;
    }
}
