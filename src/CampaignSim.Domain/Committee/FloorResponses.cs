using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// The committee's responses to what happens on the floor: confronting a violation directly, fighting a firing with a
/// reinstatement demand, and leaving the union when a conservative leadership takes office.
/// </summary>
internal static class FloorResponses
{
    /// <summary>Coworkers confront the boss over a violation together; they win more often where the floor is organized.</summary>
    public static void ConfrontViolation(WeekContext ctx, int department, double presence)
    {
        var id = ctx.W.Docket.NextGrievanceId;
        ctx.Emit(new GrievanceFiled(ctx.Week, ctx.Index, id, department, GrievanceChannel.DirectAction, DecisionMaker.Workers));
        ctx.Emit(new GrievanceDecided(ctx.Week, ctx.Index, id, department, ctx.Legal.Chance(ctx.M.Legal.DirectActionWinRate * presence)));
    }

    /// <summary>A model that fights firings on the floor raises a reinstatement demand for a fired leader, or for anyone fired lawfully after an action.</summary>
    public static void FightFiring(WeekContext ctx, WorkerFired fired)
    {
        if (ctx.Posture.FightsFiringsOnFloor && (fired.Leader || fired.Lawful))
            ctx.Emit(new DemandRaised(ctx.Week, ctx.Index, $"reinstate-{fired.Worker}", ctx.M.Legal.ReinstatementDemandCost, fired.Worker));
    }

    /// <summary>A caucus that disaffiliates under a conservative leadership does so once the leadership changes, if it has a core to carry on.</summary>
    public static void ConservativeLeadership(WeekContext ctx)
    {
        var w = ctx.W;
        if (ctx.Model.DisaffiliatesUnderConservativeLeadership && !w.Union.Disaffiliated && ctx.Workforce.CommitteeSize >= ctx.M.Leadership.DisaffiliationCommittee)
            ctx.Emit(new CaucusDisaffiliated(ctx.Week, ctx.Index));
    }
}
