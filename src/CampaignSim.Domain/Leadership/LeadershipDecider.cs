using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Leadership;

/// <summary>
/// The mainstream union's leadership away from the bargaining table: officer elections, a conservative turn, the formal
/// grievances it files, and its first members after certification. Its side of a round of bargaining (strike votes,
/// strikes, ratification) is in <see cref="Bargaining.BargainingTable"/>. It decides with the union's random stream.
/// </summary>
internal static class LeadershipDecider
{
    /// <summary>
    /// An officer election in which the caucus runs a slate, or defends the offices it holds. Whoever holds office has the
    /// incumbency advantage with every voter; members who distrust the union lean to the challengers; a deep relationship
    /// with the caucus moves a committed member's vote, a shallow campaign contact moves it a little; and one swing for
    /// the whole election carries its mood. Turnout rises with commitment and a campaign contact.
    /// </summary>
    public static IEnumerable<CampaignEvent> Elections(WorkplaceView v, Pcg32 rng)
    {
        var w = v.W;
        // Tested before the iterator starts, so that the weeks without an election allocate nothing.
        if (!v.Model.RunsForOffice || !w.Union.Present || w.Union.Disaffiliated) return [];
        if (!ElectionCalendar.IsElectionWeek(v.Spec.Union, v.Week)) return [];
        return Election(v, rng);
    }

    private static IEnumerable<CampaignEvent> Election(WorkplaceView v, Pcg32 rng)
    {
        var w = v.W;
        var f = v.Workforce;
        var m = v.M.Elections;
        var defending = w.Union.CaucusLeads;
        var incumbency = v.Spec.Union.IncumbentAdvantage;
        var swing = rng.NextNormal(0, m.ElectionSwingSd);
        int voters = 0, caucus = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
            var deep = f.Has(i, WorkerFlags.DeepContact);
            var contacted = deep || f.Has(i, WorkerFlags.VoteContacted);
            if (!rng.Chance(Clamp.Unit(m.TurnoutBase + m.TurnoutCommitment * f.Commitment[i] + (contacted ? m.TurnoutContacted : 0)))) continue;
            voters++;
            var distrust = m.DistrustLean * (m.NeutralTrust - f.Trust[i]);
            var p = (defending ? incumbency - distrust : 1 - incumbency + distrust)
                    + (deep ? m.DeepContactSwing * f.Commitment[i] : contacted ? m.ShallowContactSwing : 0)
                    + swing;
            if (rng.Chance(Clamp.Unit(p))) caucus++;
        }
        yield return new UnionElectionHeld(v.Week, v.Index, voters, caucus, voters > 0 && VoteRules.SimpleMajority(caucus, voters), defending);
    }

    /// <summary>
    /// A conservative turn: a conservative leadership takes office; where a caucus holds the top offices it keeps them but
    /// is left with a hostile executive board that refuses strike votes and holds back staff and support, until the next
    /// election settles it.
    /// </summary>
    public static IEnumerable<CampaignEvent> TurnConservative(WorkplaceView v)
    {
        if (!v.W.Union.Present) yield break;
        yield return new LeadershipChanged(v.Week, v.Index, UnionStance.Business, v.W.Union.CaucusLeads);
    }

    /// <summary>A violation taken up formally: the union files a grievance when there is a union to file with.</summary>
    public static IEnumerable<CampaignEvent> FileGrievance(WorkplaceView v, int department, DecisionMaker by)
    {
        if (v.W.Union.Present)
            yield return new GrievanceFiled(v.Week, v.Index, v.W.Docket.NextGrievanceId, department, GrievanceChannel.Formal, by);
    }

    /// <summary>
    /// After a won certification election the union's first members are the card signers committed at least as much as
    /// they are afraid. Joining while the employer still fights the first contract is an open allegiance, unlike a card
    /// or a secret ballot: a signer more afraid than committed, who may well have voted no, waits, and she and the rest
    /// of the unit join, or not, once a first contract is ratified (<see cref="Bargaining.BargainingTable"/>).
    /// </summary>
    public static IEnumerable<CampaignEvent> FirstMembers(WorkplaceView v)
    {
        var f = v.Workforce;
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed | WorkerFlags.CardSigned) && !f.Has(i, WorkerFlags.Mainstream) && f.CommittedBeyondFear(i))
                yield return new WorkerJoinedOrganization(v.Week, v.Index, i, OrganizationKind.Mainstream);
    }
}
