using CampaignSim.Domain.Committee;
using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Leadership;
using CampaignSim.Domain.Legal;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// A workplace's week, in one place: the order in which the actors decide, and how they react to each other's events.
/// Actors never call one another: a step that needs another actor's answer gets it here, from a later step that reads
/// the state the earlier one produced, or from a reaction to the event it emitted.
/// </summary>
internal static class CampaignWeek
{
    /// <summary>The week's steps, in order. Each sees the events of the steps before it.</summary>
    public static void Decide(WeekContext ctx)
    {
        Shocks(ctx);
        LegalChannel.DueItems(ctx);
        ContractAndStrike(ctx);
        LeadershipDecider.Elections(ctx);
        LegalChannel.Decertification(ctx);
        EmployerDecider.Week(ctx);
        Organizing.Week(ctx);
        Recognition(ctx);
        if (ActionPlanning.Week(ctx) is { } pressed) EmployerDecider.Answer(ctx, pressed);
        if (Workers.RankAndFile.Wildcats(ctx) is { } wildcat) EmployerDecider.Answer(ctx, wildcat);
    }

    /// <summary>
    /// Reactions to an event just recorded: a violation is taken up, a firing is contested, unprotected action is
    /// disciplined, a conservative turn may split the caucus off, and certification brings members and bargaining.
    /// </summary>
    public static void React(WeekContext ctx, CampaignEvent e)
    {
        switch (e)
        {
            case EmployerViolatedTerms x:
                TakeUp(ctx, x.Department);
                break;
            case WorkerFired x:
                LegalChannel.OpenRemedy(ctx, x);
                FloorResponses.FightFiring(ctx, x);
                break;
            case ActionTaken x when !ctx.W.Pressure.LastActionProtected:
                EmployerDecider.DisciplineUnprotected(ctx, x.Participants);
                break;
            case LeadershipChanged { Stance: UnionStance.Business, CaucusLeads: false }:
                FloorResponses.ConservativeLeadership(ctx);
                break;
            case CertificationElectionHeld { Won: true }:
                LeadershipDecider.Certified(ctx);
                break;
        }
    }

    /// <summary>Scheduled shocks of this week; a shock set for week 0 happens in week 1.</summary>
    private static void Shocks(WeekContext ctx)
    {
        foreach (var shock in ctx.Spec.Shocks)
        {
            if (Math.Max(1, shock.Week) != ctx.Week) continue;
            switch (shock.Kind)
            {
                case ShockKind.LeadershipTurnsConservative:
                    LeadershipDecider.TurnConservative(ctx);
                    break;
                case ShockKind.Layoff:
                    Simulation.Shocks.Layoff(ctx, shock.Count);
                    break;
                case ShockKind.LeaderFired:
                    EmployerDecider.FireMostVisible(ctx);
                    break;
                case ShockKind.ActionUnderWay:
                    if (Workers.RankAndFile.ActionUnderWay(ctx, shock.Size) is { } pressed) EmployerDecider.Answer(ctx, pressed);
                    break;
                case ShockKind.ConditionsWorsen:
                    ctx.Emit(new ConditionsWorsened(ctx.Week, ctx.Index, shock.Size));
                    break;
            }
        }
    }

    /// <summary>
    /// Where a union represents the workers: the contract calendar, then either the week of a strike (strikers go back;
    /// the employer settles a contract strike at its offer, or answers the demand a strike is over) or, when the round of
    /// bargaining reaches settlement, the strike vote, the employer's offer and the union's answer (strike or ratify).
    /// </summary>
    private static void ContractAndStrike(WeekContext ctx)
    {
        var w = ctx.W;
        if (!w.Union.Present) return;
        LeadershipDecider.ContractCalendar(ctx);
        if (w.Strike.On)
        {
            if (Workers.RankAndFile.StrikeWeek(ctx) is not { } collapsed) return;
            if (w.Strike.OverContract)
            {
                var offer = EmployerDecider.Offer(ctx, includeLatentThreat: false);
                if (EmployerDecider.SettlesContractStrike(ctx, offer) || collapsed) LeadershipDecider.EndContractStrike(ctx, offer, collapsed);
            }
            else
            {
                EmployerDecider.DemandStrikeWeek(ctx, collapsed);
            }
            return;
        }

        if (!LeadershipDecider.SettlesThisWeek(ctx)) return;
        LeadershipDecider.StrikeVoteIfWanted(ctx);
        var atTable = EmployerDecider.Offer(ctx, includeLatentThreat: !w.Bargaining.StrikeAuthorized);
        if (LeadershipDecider.StrikesOver(ctx, atTable))
        {
            LeadershipDecider.CallContractStrike(ctx);
            if (w.Strike.On) return;
        }
        LeadershipDecider.Ratify(ctx, atTable);
    }

    /// <summary>Where the model runs a recognition drive and there is no union: the certification election when it falls due, else cards and a petition.</summary>
    private static void Recognition(WeekContext ctx)
    {
        var w = ctx.W;
        if (!ctx.Posture.RecognitionDrive || w.Union.Present || w.Union.Decertified) return;
        if (w.Docket.PetitionFiled)
        {
            if (ctx.Week == w.Docket.CertificationElectionWeek) LegalChannel.CertificationElection(ctx);
            return;
        }
        RecognitionDrive.Week(ctx);
    }

    /// <summary>A violation where organizers are present is taken up: formally by the union, or directly on the floor.</summary>
    private static void TakeUp(WeekContext ctx, int department)
    {
        var (organizers, employed) = EmployerDecider.FloorPresence(ctx);
        if (organizers[department] == 0) return;
        var p = ctx.Posture;
        if (p.GrievanceChannel == GrievanceChannel.Formal) LeadershipDecider.FileGrievance(ctx, department, p.GrievancesFiledBy);
        else FloorResponses.ConfrontViolation(ctx, department, EmployerDecider.Presence(ctx, organizers[department], employed[department]));
    }
}
