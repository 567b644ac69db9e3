using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// Floor actions, as structure tests (docs/ODD.md §7.10): the committee picks a demand and the highest rung it believes
/// it can carry, and calls it. It believes the support it counts will turn out as it did last time (it forgets a flop
/// only slowly), and it climbs one rung above the highest tried only when the last action on that rung met the rung's
/// own goal (a big petition after a thin picket does not license a slowdown); within what the model allows under the
/// contract. A fired coworker's reinstatement comes before the other demands. The committee learns from defeats: it waits
/// longer after each one, rests after a run of them, and after two refusals of a demand at one rung it changes tactic
/// or turns to another demand, until it has forgotten them and may try that rung again. Where the whole workplace is not ready, a model of minority unionism acts in the one
/// department where it is strongest.
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
        if (Choose(v, p) is not { } choice) return [];
        var (demand, rung, department) = choice;
        return ActionCall.Call(v, participation, p, rung, demand.Id, p.ActionsDecidedBy, v.Workforce.CommitteeMembers(), department);
    }

    /// <summary>The demand, the rung and the department (−1: the whole workplace) the committee acts on this week, or null when it does not act.</summary>
    private static (DemandState Demand, Tactic Rung, int Department)? Choose(WorkplaceView v, ModelPosture p)
    {
        var w = v.W;
        var a = v.M.Actions;
        if (!p.FloorActions || w.Strike.On || v.Workforce.CommitteeSize < a.MinCommitteeToAct) return null;
        if (v.Week < w.Committee.RestUntilWeek) return null;
        if (p.RecognitionDrive && !w.Union.Present && !w.Public) return null;
        if (v.Week - w.Pressure.LastActionWeek < a.WeeksBetweenActions + a.LullWeeksPerDefeat * w.Committee.ConsecutiveDefeats) return null;
        var allowed = w.Union.NoStrikeClauseInForce ? p.HighestUnderNoStrikeClause : p.HighestOtherwise;
        if (allowed == Tactic.Strike && !p.StrikesOnTheFloor) allowed = Tactic.SickOut;
        var committed = v.CommittedShare();
        var strongest = StrongestDepartment(v, out var departmentShare);
        foreach (var demand in OpenDemands(v, p))
        {
            var turnout = demand.ExpectedTurnout(v.Week, a.TurnoutMemoryWeeks);
            var passed = demand.LastRung < 0 || demand.TopRungTurnout >= Needed(v, p, (Tactic)demand.LastRung);
            var ceiling = (Tactic)Math.Min((int)allowed, Math.Max((int)Tactic.Petition, passed ? demand.LastRung + 1 : demand.LastRung));
            if (Rung(v, p, demand, ceiling, committed * turnout) is { } rung) return (demand, rung, -1);
            var local = (Tactic)Math.Min((int)ceiling, (int)p.HighestInOneDepartment);
            if (strongest >= 0 && Rung(v, p, demand, local, departmentShare * w.Committee.ExpectedTurnout(strongest, v.Week, a.TurnoutMemoryWeeks)) is { } minority) return (demand, minority, strongest);
        }

        return null;
    }

    /// <summary>
    /// The highest rung up to the ceiling that the support counted carries, skipping one the employer has refused this
    /// demand too often, until the committee has forgotten those refusals (as it forgets a flop's turnout).
    /// </summary>
    private static Tactic? Rung(WorkplaceView v, ModelPosture p, DemandState demand, Tactic ceiling, double estimate)
    {
        for (var r = ceiling; r >= Tactic.Petition; r--)
        {
            if ((int)r == demand.ActionRung && demand.RefusalsAtRung >= v.M.Actions.RefusalsBeforeChange
                && v.Week - demand.LastRefusedWeek < v.M.Actions.TurnoutMemoryWeeks) continue;
            if (Needed(v, p, r) <= estimate) return r;
        }

        return null;
    }

    /// <summary>The share a rung asks for: the model's strike target for a strike, else the rung's needed share scaled by the model.</summary>
    private static double Needed(WorkplaceView v, ModelPosture p, Tactic r) =>
        r == Tactic.Strike ? p.StrikeTarget : TacticCatalog.Profile(v.M, r).NeededShare * p.SupportNeededFactor;

    /// <summary>
    /// The department where the committee can count on the largest share of the workers (members and committed contacts),
    /// among those with at least as many workers as a committee needs to act; −1 when there is none. The workforce keeps
    /// the counts as flags and commitment change (<see cref="Workforce.CountedInDepartment"/>).
    /// </summary>
    private static int StrongestDepartment(WorkplaceView v, out double share)
    {
        var f = v.Workforce;
        var departments = Math.Max(1, v.Spec.Departments);
        var best = -1;
        share = 0;
        for (var d = 0; d < departments; d++)
        {
            var employed = f.EmployedInDepartment(d);
            if (employed < v.M.Actions.MinCommitteeToAct) continue;
            var s = (double)f.CountedInDepartment(d) / employed;
            if (s > share)
            {
                share = s;
                best = d;
            }
        }

        return best;
    }

    /// <summary>
    /// The demands to act on, in order: the reinstatement of a fired coworker first (an injury to one answered before the
    /// campaign's own demands), then the demands in the order the scenario lists them; one refused lately waits its turn.
    /// </summary>
    private static IEnumerable<DemandState> OpenDemands(WorkplaceView v, ModelPosture p)
    {
        var all = v.W.Demands.All;
        for (var k = 0; k < all.Count; k++)
            if (all[k].Worker >= 0 && Open(v, p, all[k])) yield return all[k];
        for (var k = 0; k < all.Count; k++)
            if (all[k].Worker < 0 && Open(v, p, all[k])) yield return all[k];
    }

    private static bool Open(WorkplaceView v, ModelPosture p, DemandState d)
    {
        var w = v.W;
        if (d.Won || v.Week < d.SettledUntil) return false;
        if (d.Kind == DemandKind.Wage && !p.WagesOnTheFloor && (w.Union.Present || p.RecognitionDrive)) return false;
        if (d.Worker >= 0 && v.Workforce.Has(d.Worker, WorkerFlags.Employed)) return false;
        return v.Week - d.LastRefusedWeek >= v.M.Actions.WeeksAfterRefusal;
    }
}
