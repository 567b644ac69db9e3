using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// The committee's responses to what happens on the floor: confronting a violation directly, fighting a firing with a
/// reinstatement demand, and leaving the union when a conservative leadership takes office.
/// </summary>
internal static class FloorResponses
{
    /// <summary>Coworkers confront the boss over a violation together; they win more often where the floor is organized.</summary>
    public static IEnumerable<CampaignEvent> ConfrontViolation(WorkplaceView v, Pcg32 legal, int department, double presence)
    {
        var id = v.W.Docket.NextGrievanceId;
        yield return new GrievanceFiled(v.Week, v.Index, id, department, GrievanceChannel.DirectAction, DecisionMaker.Workers);
        yield return new GrievanceDecided(v.Week, v.Index, id, department, legal.Chance(v.M.Legal.DirectActionWinRate * presence));
    }

    /// <summary>
    /// A model that fights firings on the floor raises a reinstatement demand for a coworker fired while it has a
    /// committee to fight for her — a leader, a member swept up in a purge, a worker still on probation let go for
    /// speaking up — and for a leader fired with the last of the committee, or anyone fired lawfully after an action.
    /// </summary>
    public static IEnumerable<CampaignEvent> FightFiring(WorkplaceView v, WorkerFired fired)
    {
        if (v.Posture.FightsFiringsOnFloor && (fired.Leader || fired.Lawful || v.Workforce.CommitteeSize > 0))
            yield return new DemandRaised(v.Week, v.Index, $"reinstate-{fired.Worker}", v.M.Legal.ReinstatementDemandCost, fired.Worker);
    }

    /// <summary>A caucus that disaffiliates under a conservative leadership does so once the leadership changes, if it has a core to carry on.</summary>
    public static IEnumerable<CampaignEvent> ConservativeLeadership(WorkplaceView v)
    {
        var w = v.W;
        if (v.Model.DisaffiliatesUnderConservativeLeadership && !w.Union.Disaffiliated && v.Workforce.CommitteeSize >= v.M.Leadership.DisaffiliationCommittee)
            yield return new CaucusDisaffiliated(v.Week, v.Index);
    }
}
