using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Bargaining;

/// <summary>
/// The contract's round of bargaining, in one place (docs/ODD.md §7.4): the calendar that opens it, the employer's
/// offers, the strike vote the union side holds, the union's answer to the final offer (strike or ratify), and the week
/// of a strike until it settles or collapses. The union decides with its own random stream, the employer with its
/// own, and strikers who go back with the workers'.
/// </summary>
internal static class BargainingTable
{
    /// <summary>
    /// The week at the table: a strike's week, wherever one is on; then, where a union represents the workers, the
    /// contract calendar and, when a round reaches the table, the strike vote, the employer's offer and the union's answer.
    /// A renewal reaches the table at expiry; a first contract when the employer is ready to sign one.
    /// </summary>
    public static IEnumerable<CampaignEvent> Week(WorkplaceView v, Pcg32 employer, Pcg32 union, Pcg32 participation) =>
        // Without a union and a strike there is nothing at the table: no iterator starts.
        v.W.Union.Present || v.W.Strike.On ? TableWeek(v, employer, union, participation) : [];

    private static IEnumerable<CampaignEvent> TableWeek(WorkplaceView v, Pcg32 employer, Pcg32 union, Pcg32 participation)
    {
        var w = v.W;
        if (w.Union.Present)
        {
            foreach (var e in Calendar(v, employer)) yield return e;
        }

        if (w.Strike.On)
        {
            foreach (var e in StrikeWeek(v, employer, union, participation)) yield return e;
            yield break;
        }

        if (!w.Union.Present || !w.Bargaining.Open) yield break;
        if (w.Bargaining.FirstContract ? !ReadyForFirstContract(v, employer) : !RenewalDueThisWeek(v)) yield break;

        if (WantsStrikeVote(v) && !w.Bargaining.StrikeAuthorized && !w.Union.Disaffiliated) yield return StrikeVote(v, union);
        var atTable = Offer(v, employer, includeLatentThreat: !w.Bargaining.StrikeAuthorized);
        yield return atTable;
        if (StrikesOver(v, atTable.WagePct))
        {
            // A model that pressed for the vote strikes open-ended only with its own target of yes votes; officers who put
            // the strike to a vote on their own account strike once it is authorized.
            var target = v.Posture.PushesStrikeVote ? v.Posture.StrikeTarget : 0;
            if (w.Bargaining.LastStrikeVoteYesShare >= target)
            {
                foreach (var e in CallContractStrike(v, participation, Tactic.Strike)) yield return e;
                if (w.Strike.On) yield break;
            }
            else if (v.Week - w.Pressure.LastActionWeek >= v.M.Bargaining.WeeksBetweenDemonstrationStrikes)
            {
                // Short of the support an open-ended strike asks, the union shows its strength with a strike of a set
                // length and goes back to the table.
                foreach (var e in CallContractStrike(v, participation, Tactic.DemonstrationStrike)) yield return e;
                yield break;
            }
        }

        foreach (var e in PutToMembers(v, union, atTable.WagePct)) yield return e;
    }

    /// <summary>The members vote on the contract on the table; ratified, it is the contract, rejected, bargaining goes on.</summary>
    private static IEnumerable<CampaignEvent> PutToMembers(WorkplaceView v, Pcg32 union, double wagePct)
    {
        var vote = RatificationVote(v, union, wagePct);
        yield return vote;
        if (!vote.Ratified) yield break;
        foreach (var e in Ratify(v, union, wagePct)) yield return e;
    }

    /// <summary>
    /// A member's chance of turning out for a membership vote: a base, raised by her commitment and, for a strike vote,
    /// by a deep one-on-one with an organizer, who asks her to vote. Organizers get out the vote they campaign for, the
    /// strike authorisation; a ratification is called by the bargaining team within days of a settlement, and members
    /// turn out on their own commitment. A member away from work that week (<see cref="Mechanics.BargainingMechanics.VoteAbsence"/>)
    /// does not vote, however committed.
    /// </summary>
    private static double Turnout(WorkplaceView v, int i, bool getOutTheVote)
    {
        var m = v.M.Bargaining;
        var f = v.Workforce;
        var asked = getOutTheVote && f.Has(i, WorkerFlags.DeepContact) ? m.VoteTurnoutContacted : 0;
        return (1 - m.VoteAbsence) * Clamp.Unit(m.VoteTurnoutBase + m.VoteTurnoutCommitment * f.Commitment[i] + asked);
    }

    /// <summary>
    /// The ratification vote: each member who turns out votes yes with a chance that rises with how much of what the
    /// members still hold out for the contract gives (their resistance: the reservation, cut by a strike's attrition and
    /// fatigue, Hicks 1932) and with the rejections already behind them, and falls with her grievance times the share of
    /// the ask the contract gives up, so that a contract short of the ask never passes unanimously. A majority of those
    /// voting ratifies.
    /// </summary>
    private static RatificationVoteHeld RatificationVote(WorkplaceView v, Pcg32 union, double wagePct)
    {
        var w = v.W;
        var f = v.Workforce;
        var m = v.M.Bargaining;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        // A first contract is what the drive was for: its members weigh it against no contract at all.
        var holdOut = w.Bargaining.FirstContract ? 0
            : ask * (w.Strike.StartParticipants > 0 && w.Strike.StartWeek >= w.Bargaining.Since ? RankAndFile.Resistance(v) : m.ReservationShare);
        var given = holdOut <= 0 ? 1 : Math.Min(1, wagePct / holdOut);
        // What the round gives up of the demand itself: an angry member counts it against the contract even when the
        // offer meets what the members as a body hold out for, so that no contract short of the ask passes unanimously.
        var givenUp = ask <= 0 ? 0 : Math.Max(0, 1 - wagePct / ask);
        int members = 0, voters = 0, yes = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream) && !(w.Bargaining.FirstContract && f.IsEmployedInUnit(i))) continue;
            members++;
            if (!union.Chance(Turnout(v, i, getOutTheVote: false))) continue;
            voters++;
            var p = m.RatifyYesBase + m.RatifyYesPerShareOfAsk * given - m.RatifyNoGrievance * f.Grievance[i] * givenUp
                    + m.RatifyYesPerRejection * w.Bargaining.RejectedOffers;
            if (union.Chance(Clamp.Unit(p))) yes++;
        }

        return new RatificationVoteHeld(v.Week, v.Index, wagePct, members, voters, yes, voters == 0 || VoteRules.SimpleMajority(yes, voters));
    }

    /// <summary>After a won certification election, bargaining for a first contract opens and the employer makes its opening offer.</summary>
    public static IEnumerable<CampaignEvent> OpenFirstContract(WorkplaceView v, Pcg32 employer)
    {
        yield return new BargainingOpened(v.Week, v.Index, true, UnionSide(v));
        yield return Offer(v, employer, includeLatentThreat: true);
    }

    /// <summary>
    /// The contract calendar: bargaining opens before expiry (with the employer's opening offer), the clause lifts at
    /// expiry, and a unit without a contract bargains for one.
    /// </summary>
    private static IEnumerable<CampaignEvent> Calendar(WorkplaceView v, Pcg32 employer)
    {
        var w = v.W;
        var u = w.Union;
        var window = v.Spec.Contract.BargainingWindowWeeks;
        if (u.ContractInForce && !w.Bargaining.Open && v.Week >= u.ContractExpiry - window && v.Week <= u.ContractExpiry)
        {
            yield return new BargainingOpened(v.Week, v.Index, false, UnionSide(v));
            yield return Offer(v, employer, includeLatentThreat: true);
        }

        if (u.ContractInForce && v.Week == u.ContractExpiry) yield return new ContractExpired(v.Week, v.Index);
        if (!u.ContractInForce && !w.Bargaining.Open && !w.Strike.On && u.ContractsRatified == 0 && !u.Certified)
        {
            yield return new BargainingOpened(v.Week, v.Index, false, UnionSide(v));
            yield return Offer(v, employer, includeLatentThreat: true);
        }
    }

    /// <summary>
    /// Who decides for the union at the table (what to ask, what to settle for): the caucus's own members when it holds
    /// office, staff in a staff-run union, otherwise the officers.
    /// </summary>
    private static DecisionMaker UnionSide(WorkplaceView v) =>
        v.W.Union.CaucusLeads ? DecisionMaker.Workers : v.Posture.ActionsDecidedBy == DecisionMaker.Staff ? DecisionMaker.Staff : DecisionMaker.Officials;

    /// <summary>Whether a renewal round reaches the table's final offer this week: at expiry, or when the bargaining window has run.</summary>
    private static bool RenewalDueThisWeek(WorkplaceView v)
    {
        var w = v.W;
        return w.Bargaining.Open && !w.Bargaining.FirstContract
            && !w.Union.ContractInForce && v.Week >= Math.Min(w.Union.ContractExpiry, w.Bargaining.Since + v.Spec.Contract.BargainingWindowWeeks);
    }

    /// <summary>
    /// Whether an employer is ready to sign a first contract this week: a weekly chance that a hostile employer with
    /// resolve stalls on, and pressure (the concession share it would offer) shortens.
    /// </summary>
    private static bool ReadyForFirstContract(WorkplaceView v, Pcg32 employer)
    {
        var m = v.M.Bargaining;
        var resolve = Concession.Resolve(v, employer);
        var w = v.W;
        var pressure = 0.0;
        if (w.Demands.OpenWageDemand is { } wage && wage.RemainingPct > 0)
            pressure = Concession.PressureRatio(v, Concession.ExpectedDisruption(v, v.CommittedShare()),
                Concession.DemandCost(v, wage, v.Workforce.UnitShare()) * resolve);
        var chance = m.FirstContractPace * (1 + pressure) / (resolve * (1 + m.FirstContractStalling * v.W.EmployerHostility));
        return employer.Chance(chance);
    }

    /// <summary>Whether the union side wants a strike vote when bargaining stalls: the model presses for one, or the leadership is militant or the caucus's.</summary>
    private static bool WantsStrikeVote(WorkplaceView v) =>
        v.Posture.PushesStrikeVote || v.W.Union.Stance == UnionStance.Militant || v.W.Union.CaucusLeads;

    /// <summary>The executive board decides whether to put a strike to the members, and the members vote.</summary>
    private static StrikeVoteHeld StrikeVote(WorkplaceView v, Pcg32 union)
    {
        var w = v.W;
        var f = v.Workforce;
        var board = union.Chance(w.Union.BoardWillingness());
        int members = 0, voters = 0, yes = 0;
        if (board)
        {
            for (var i = 0; i < f.Count; i++)
            {
                if (!f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
                members++;
                if (!union.Chance(Turnout(v, i, getOutTheVote: true))) continue;
                voters++;
                if (union.Chance(StrikeMood.Inclination(w, i))) yes++;
            }
        }

        var counted = v.Spec.Contract.StrikeVoteOfAllMembers ? members : voters;
        var authorized = board && counted > 0 && yes >= v.Spec.Contract.StrikeVoteThreshold * counted;
        return new StrikeVoteHeld(v.Week, v.Index, board, members, voters, yes, authorized);
    }

    /// <summary>
    /// The employer's offer at the table, recorded as <see cref="OfferMade"/>: the concession share of the remaining raise
    /// under the pressure it expects — the floor disruption it feels plus the threat of a strike (the authorising vote's
    /// yes share over an expected strike; or, when <paramref name="includeLatentThreat"/>, a small weight on the members'
    /// mood when no strike is authorised) — against the raise's cost weighted by its hostility and its resolve.
    /// </summary>
    public static OfferMade Offer(WorkplaceView v, Pcg32 employer, bool includeLatentThreat)
    {
        var resolve = Concession.Resolve(v, employer);
        var w = v.W;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        var offer = 0.0;
        if (w.Demands.OpenWageDemand is { } wage && ask > 0)
        {
            var e = v.Spec.Employer;
            var m = v.M.Bargaining;
            var strikeThreat = w.Bargaining.StrikeAuthorized
                ? w.Bargaining.LastStrikeVoteYesShare * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks
                : includeLatentThreat ? StrikeMood.Mood(w) * w.Union.BoardWillingness() * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks * m.LatentStrikeWeight : 0;
            var ratio = Concession.PressureRatio(v, Concession.ExpectedDisruption(v, v.CommittedShare()) + strikeThreat,
                Concession.DemandCost(v, wage, v.Workforce.UnitShare()) * Concession.Softened(v, resolve));
            offer = Math.Round(ask * Concession.Share(v, ratio), Units.OfferDigits);
        }

        return new OfferMade(v.Week, v.Index, offer, ask, resolve);
    }

    /// <summary>
    /// The employer's offer during a strike over the contract (Hicks's concession curve): the stoppage it faces — the
    /// share still out, kept up as long again as it has lasted plus the strike it expected — against the raise's cost.
    /// </summary>
    private static OfferMade OfferDuringStrike(WorkplaceView v, Pcg32 employer)
    {
        var resolve = Concession.Resolve(v, employer);
        var w = v.W;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        var offer = 0.0;
        if (w.Demands.OpenWageDemand is { } wage && ask > 0)
            offer = Math.Round(ask * Concession.Share(v, Concession.StrikeRatio(v, wage, resolve, v.Workforce.UnitShare())), Units.OfferDigits);
        return new OfferMade(v.Week, v.Index, offer, ask, resolve);
    }

    /// <summary>Whether the union strikes over an offer: a strike is authorised, it wants one, and the offer falls short of what members will take.</summary>
    private static bool StrikesOver(WorkplaceView v, double offer)
    {
        var w = v.W;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        return w.Bargaining.StrikeAuthorized && ask > 0 && offer < v.M.Bargaining.ReservationShare * ask && WantsStrikeVote(v);
    }

    /// <summary>
    /// Calls a strike over the contract — open-ended, or of a set length — once the members have authorised it: the union
    /// side at the table calls it, and the committee and the committed members who voted for it carry the call.
    /// </summary>
    private static IEnumerable<CampaignEvent> CallContractStrike(WorkplaceView v, Pcg32 participation, Tactic tactic) =>
        ActionCall.Call(v, participation, v.Posture with { OutsideOfficialChannels = false }, tactic, StrikeState.ContractDemandId,
            UnionSide(v), v.Workforce.CommitteeMembers().Concat(Authorizers(v)));

    /// <summary>Members who would carry the strike call to their coworkers: those who voted, committed and aggrieved.</summary>
    private static IEnumerable<int> Authorizers(WorkplaceView v)
    {
        var f = v.Workforce;
        var commitment = v.M.Bargaining.AuthorizerCommitment;
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream) && f.Commitment[i] >= commitment) yield return i;
    }

    /// <summary>
    /// Ratifies a contract at a raise: a no-strike clause is drawn, the wage demand counts as won when the contracts have
    /// delivered nearly all of it, and after a first contract the unit's non-members join.
    /// </summary>
    private static IEnumerable<CampaignEvent> Ratify(WorkplaceView v, Pcg32 union, double wagePct)
    {
        var w = v.W;
        var f = v.Workforce;
        var first = w.Bargaining.FirstContract;
        var noStrike = union.Chance(v.Spec.Contract.NoStrikeClauseRate);
        yield return new ContractRatified(v.Week, v.Index, wagePct, v.Week + v.Spec.Contract.TermWeeks, noStrike, first, UnionSide(v));
        var wage = w.Demands.OpenWageDemand;
        if (wage is not null && wage.WonPct >= v.M.Bargaining.WageDemandWonShare * wage.WagePct)
            yield return new DemandWon(v.Week, v.Index, wage.Id, 0);
        if (!first) yield break;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsEmployedInUnit(i) || f.Has(i, WorkerFlags.Mainstream)) continue;
            if (union.Chance(v.Spec.Union.MembershipShare))
                yield return new WorkerJoinedOrganization(v.Week, v.Index, i, OrganizationKind.Mainstream);
        }
    }

    /// <summary>
    /// A strike's week: strikers go back or hold out; over the contract, the employer's offer rises with the stoppage and
    /// the strike settles when it meets what the strikers still hold out for (or ends on the offer when it collapses), and
    /// the offer is ratified; over a demand, the employer answers the demand.
    /// </summary>
    private static IEnumerable<CampaignEvent> StrikeWeek(WorkplaceView v, Pcg32 employer, Pcg32 union, Pcg32 participation)
    {
        var w = v.W;
        var strike = w.Strike;
        if (!strike.On || v.Week <= strike.StartWeek) yield break;
        var back = RankAndFile.StrikersGoingBack(v, participation);
        if (back.Length > 0) yield return new StrikersReturned(v.Week, v.Index, back);

        var m = v.M.Participation;
        var collapsed = strike.Strikers < m.StrikeCollapseShare * strike.StartParticipants || v.Week - strike.StartWeek >= m.MaxStrikeWeeks;
        var resistance = RankAndFile.Resistance(v);
        if (strike.OverContract)
        {
            var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
            var offer = OfferDuringStrike(v, employer);
            yield return offer;
            var settled = offer.WagePct >= resistance * ask;
            if (!settled && !collapsed) yield break;
            yield return new StrikeEnded(v.Week, v.Index, strike.DaysSoFar(v.Week), settled);
            foreach (var e in PutToMembers(v, union, offer.WagePct)) yield return e;
            yield break;
        }

        foreach (var e in DemandAnswers.StrikeWeek(v, employer, collapsed, resistance)) yield return e;
    }
}
