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
        Workers.RankAndFile.Wildcats(ctx);
    }

    /// <summary>
    /// Reactions to an event just recorded: a violation is taken up, a firing is contested, unprotected action is
    /// disciplined, a conservative turn may split the caucus off, certification brings members and bargaining, and the
    /// employer answers the opening of bargaining with an opening offer.
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
            case LeadershipChanged { Stance: UnionStance.Business }:
                FloorResponses.ConservativeLeadership(ctx);
                break;
            case CertificationElectionHeld { Won: true }:
                LeadershipDecider.Certified(ctx);
                break;
            case BargainingOpened:
                EmployerDecider.Offer(ctx, includeLatentThreat: true);
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
    /// A strike's week, wherever one is on; then, where a union represents the workers, the contract calendar and, when a
    /// round of bargaining reaches the table, the strike vote, the employer's offer and the union's answer (strike or
    /// ratify). A renewal reaches the table at expiry; a first contract when the employer is ready to sign one.
    /// </summary>
    private static void ContractAndStrike(WeekContext ctx)
    {
        var w = ctx.W;
        if (w.Union.Present) LeadershipDecider.ContractCalendar(ctx);
        if (w.Strike.On)
        {
            StrikeWeek(ctx);
            return;
        }
        if (!w.Union.Present || !w.Bargaining.Open) return;
        if (w.Bargaining.FirstContract ? !EmployerDecider.ReadyForFirstContract(ctx) : !LeadershipDecider.RenewalDueThisWeek(ctx)) return;

        LeadershipDecider.StrikeVoteIfWanted(ctx);
        var atTable = EmployerDecider.Offer(ctx, includeLatentThreat: !w.Bargaining.StrikeAuthorized);
        if (LeadershipDecider.StrikesOver(ctx, atTable))
        {
            LeadershipDecider.CallContractStrike(ctx);
            if (w.Strike.On) return;
        }
        LeadershipDecider.Ratify(ctx, atTable);
    }

    /// <summary>
    /// A strike's week: strikers go back or hold out; over the contract, the employer's offer rises with the stoppage and
    /// the strike settles when it meets what the strikers still hold out for (or ends on the offer when it collapses);
    /// over a demand, the employer answers the demand.
    /// </summary>
    private static void StrikeWeek(WeekContext ctx)
    {
        var w = ctx.W;
        if (Workers.RankAndFile.StrikeWeek(ctx) is not { } collapsed) return;
        var resistance = Workers.RankAndFile.Resistance(ctx);
        if (w.Strike.OverContract)
        {
            var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
            var offer = EmployerDecider.OfferDuringStrike(ctx);
            var settled = offer >= resistance * ask;
            if (settled || collapsed) LeadershipDecider.EndContractStrike(ctx, offer, settled);
            return;
        }
        EmployerDecider.DemandStrikeWeek(ctx, collapsed, resistance);
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
