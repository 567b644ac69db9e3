using CampaignSim.Domain.Bargaining;
using CampaignSim.Domain.Committee;
using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Leadership;
using CampaignSim.Domain.Legal;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// A workplace's week, read top to bottom: the steps in the order they run, and the reactions each kind of event sets off.
/// Each step is one actor's decision, a function of what it may see (<see cref="WorkplaceView"/>) and of its own random
/// stream that yields events; the engine folds each event as it is yielded and runs the reactions after the step
/// (<see cref="WeekRunner"/>). Actors never call one another: a step that needs another actor's answer gets it here,
/// from a later step that reads the state the earlier one produced, or from a reaction to the event it produced.
/// </summary>
internal static class CampaignWeek
{
    /// <summary>The week's steps, in order (docs/ODD.md §3). Each sees the events of the steps, and of the reactions, before it.</summary>
    public static void Decide(WeekRunner week)
    {
        var (v, r) = (week.View, week.Random);
        week.Run(Shocks(v, r));
        week.Run(Workers.Turnover.Week(v, r.Turnover));
        week.Run(LegalChannel.DueItems(v, r.Legal));
        week.Run(BargainingTable.Week(v, r.Employer, r.Union, r.Participation));
        week.Run(LeadershipDecider.Elections(v, r.Union));
        week.Run(LegalChannel.Decertification(v, r.Union));
        week.Run(EmployerDecider.Violations(v, r.Employer));
        week.Run(EmployerDecider.Messaging(v, r.Employer, r.Charges));
        week.Run(EmployerDecider.Retaliation(v, r.Employer));
        week.Run(Organizing.Week(v, r.Organizing));
        week.Run(Recognition(v, r.Legal));
        week.Run(ActionPlanning.Week(v, r.Participation));
        week.Run(Workers.RankAndFile.Wildcats(v, r.Participation));
    }

    /// <summary>
    /// The reactions an event sets off, in the order they run (after the step that produced it, and after the reactions
    /// of earlier events): a violation is taken up; a firing is contested, in the legal channel and then on the floor;
    /// an action that breached a no-strike clause is disciplined, and an action over one of the workers' demands is then
    /// answered by the employer; a conservative turn may split the caucus off; a won certification brings the union's
    /// first members and then bargaining with the employer's opening offer. Most events set nothing off: the runner asks
    /// only of those <see cref="SetsOff"/> picks, so that the others start no iterator.
    /// </summary>
    public static IEnumerable<IEnumerable<CampaignEvent>> ReactionsTo(CampaignEvent e, WorkplaceView v, RandomStreams r)
    {
        switch (e)
        {
            case EmployerViolatedTerms x:
                yield return TakeUp(v, r.Legal, x.Department);
                break;
            case WorkerFired x:
                yield return LegalChannel.OpenRemedy(v, x, r.Charges);
                yield return FloorResponses.FightFiring(v, x);
                break;
            case ActionTaken x:
                if (!v.W.Pressure.LastActionProtected) yield return EmployerDecider.DisciplineUnprotected(v, r.Employer, x.Participants);
                if (x.Tactic != Tactic.Strike && x.Participants.Length > 0 && v.W.Demands.Find(v.W.Pressure.LastActionDemandId) is { Won: false } demand)
                    yield return DemandAnswers.Answer(v, r.Employer, demand);
                break;
            case LeadershipChanged { Stance: UnionStance.Business }:
                yield return FloorResponses.ConservativeLeadership(v);
                break;
            case CaptiveAudienceMeetingHeld { Threatened: true }:
                yield return LegalChannel.ChargeCoercion(v, r.Charges);
                break;
            case CertificationElectionHeld { Won: true }:
                yield return LeadershipDecider.FirstMembers(v);
                yield return BargainingTable.OpenFirstContract(v, r.Employer);
                break;
        }
    }

    /// <summary>Whether an event is of a kind that may set off reactions (<see cref="ReactionsTo"/>); no other kind does.</summary>
    public static bool SetsOff(CampaignEvent e) =>
        e is EmployerViolatedTerms or WorkerFired or ActionTaken or LeadershipChanged or CertificationElectionHeld or CaptiveAudienceMeetingHeld { Threatened: true };

    // A step that has nothing to do this week answers without starting an iterator (an object and a few interface calls
    // a week): the guards below test, without drawing, what the step's own first lines test, at the same moment, since a
    // step is folded as soon as it is called (WeekRunner.Run).

    /// <summary>Scheduled shocks of this week; a shock set for week 0 happens in week 1.</summary>
    private static IEnumerable<CampaignEvent> Shocks(WorkplaceView v, RandomStreams r) => v.Spec.Shocks.Count == 0 ? [] : ShocksDue(v, r);

    private static IEnumerable<CampaignEvent> ShocksDue(WorkplaceView v, RandomStreams r)
    {
        foreach (var shock in v.Spec.Shocks)
        {
            if (Math.Max(1, shock.Week) != v.Week) continue;
            var events = shock.Kind switch
            {
                ShockKind.LeadershipTurnsConservative => LeadershipDecider.TurnConservative(v),
                ShockKind.Layoff => Simulation.Shocks.Layoff(v, r.Shocks, shock.Count),
                ShockKind.LeaderFired => EmployerDecider.FireMostVisible(v),
                ShockKind.ActionUnderWay => Workers.RankAndFile.ActionUnderWay(v, r.Shocks, r.Participation, shock.Size),
                _ => [new ConditionsWorsened(v.Week, v.Index, shock.Size)],
            };
            foreach (var e in events) yield return e;
        }
    }

    /// <summary>Where the model runs a recognition drive and there is no union: the certification election when it falls due, the union's last count the week before, else cards and a petition.</summary>
    private static IEnumerable<CampaignEvent> Recognition(WorkplaceView v, Pcg32 legal)
    {
        var w = v.W;
        if (!v.Posture.RecognitionDrive || w.Union.Present || w.Union.Decertified) return [];
        return !w.Docket.PetitionFiled ? RecognitionDrive.Week(v)
            : v.Week == w.Docket.CertificationElectionWeek ? LegalChannel.CertificationElection(v, legal)
            : v.Week == w.Docket.CertificationElectionWeek - 1 ? RecognitionDrive.LastCount(v)
            : [];
    }

    /// <summary>A violation where organizers are present is taken up: formally by the union, or directly on the floor.</summary>
    private static IEnumerable<CampaignEvent> TakeUp(WorkplaceView v, Pcg32 legal, int department)
    {
        var (organizers, employed) = EmployerDecider.FloorPresence(v);
        if (organizers[department] == 0) yield break;
        var p = v.Posture;
        var events = p.GrievanceChannel == GrievanceChannel.Formal
            ? LeadershipDecider.FileGrievance(v, department, p.GrievancesFiledBy)
            : FloorResponses.ConfrontViolation(v, legal, department, EmployerDecider.Presence(v, organizers[department], employed[department]));
        foreach (var e in events) yield return e;
    }
}
