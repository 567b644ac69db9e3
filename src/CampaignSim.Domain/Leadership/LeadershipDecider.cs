using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Leadership;

/// <summary>
/// The mainstream union's leadership: the contract calendar, officer elections, a conservative turn, strike votes,
/// its answer to the employer's offer (strike or ratify), ratification, the formal grievances it files, and its first
/// members and bargaining after certification.
/// </summary>
internal static class LeadershipDecider
{
    /// <summary>The contract calendar: bargaining opens before expiry, the clause lifts at expiry, and a unit without a contract bargains for one.</summary>
    public static void ContractCalendar(WeekContext ctx)
    {
        var w = ctx.W;
        var u = w.Union;
        var window = ctx.Spec.Contract.BargainingWindowWeeks;
        if (u.ContractInForce && !w.Bargaining.Open && ctx.Week >= u.ContractExpiry - window && ctx.Week <= u.ContractExpiry)
            ctx.Emit(new BargainingOpened(ctx.Week, ctx.Index, false));
        if (u.ContractInForce && ctx.Week == u.ContractExpiry)
            ctx.Emit(new ContractExpired(ctx.Week, ctx.Index));
        if (!u.ContractInForce && !w.Bargaining.Open && !w.Strike.On && u.ContractsRatified == 0 && !u.Certified)
            ctx.Emit(new BargainingOpened(ctx.Week, ctx.Index, false));
    }

    /// <summary>Whether a renewal round reaches the table's final offer this week: at expiry, or when the bargaining window has run.</summary>
    public static bool RenewalDueThisWeek(WeekContext ctx)
    {
        var w = ctx.W;
        return w.Bargaining.Open && !w.Bargaining.FirstContract
            && !w.Union.ContractInForce && ctx.Week >= Math.Min(w.Union.ContractExpiry, w.Bargaining.Since + ctx.Spec.Contract.BargainingWindowWeeks);
    }

    /// <summary>Whether the union side wants a strike vote when bargaining stalls: the model presses for one, or the leadership is militant or the caucus's.</summary>
    private static bool WantsStrikeVote(WeekContext ctx) =>
        ctx.Posture.PushesStrikeVote || ctx.W.Union.Stance == UnionStance.Militant || ctx.W.Union.CaucusLeads;

    /// <summary>Holds a strike vote at settlement time when the union side wants one and none is authorised yet.</summary>
    public static void StrikeVoteIfWanted(WeekContext ctx)
    {
        var w = ctx.W;
        if (WantsStrikeVote(ctx) && !w.Bargaining.StrikeAuthorized && !w.Union.Disaffiliated) StrikeVote(ctx);
    }

    private static void StrikeVote(WeekContext ctx)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        var rng = ctx.Union;
        var board = rng.Chance(w.Union.BoardWillingness());
        int members = 0, yes = 0;
        if (board)
            for (var i = 0; i < f.Count; i++)
            {
                if (!f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
                members++;
                if (rng.Chance(StrikeMood.Inclination(w, i))) yes++;
            }
        var authorized = board && members > 0 && yes >= ctx.Spec.Contract.StrikeVoteThreshold * members;
        ctx.Emit(new StrikeVoteHeld(ctx.Week, ctx.Index, board, members, yes, authorized));
    }

    /// <summary>Whether the union strikes over an offer: a strike is authorised, it wants one, and the offer falls short of what members will take.</summary>
    public static bool StrikesOver(WeekContext ctx, double offer)
    {
        var w = ctx.W;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        return w.Bargaining.StrikeAuthorized && ask > 0 && offer < ctx.M.Bargaining.ReservationShare * ask && WantsStrikeVote(ctx);
    }

    /// <summary>Calls the strike over the contract: the committee and the committed members who voted for it carry the call.</summary>
    public static void CallContractStrike(WeekContext ctx) =>
        ActionCall.Call(ctx, ctx.Posture with { OutsideOfficialChannels = false }, Tactic.Strike, StrikeState.ContractDemandId,
            DecisionMaker.Workers, ctx.Workforce.CommitteeMembers().Concat(Authorizers(ctx)));

    /// <summary>Members who would carry the strike call to their coworkers: those who voted, committed and aggrieved.</summary>
    private static IEnumerable<int> Authorizers(WeekContext ctx)
    {
        var f = ctx.Workforce;
        var commitment = ctx.M.Bargaining.AuthorizerCommitment;
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream) && f.Commitment[i] >= commitment) yield return i;
    }

    /// <summary>Ends a strike over the contract — settled, or lost to attrition — and ratifies the offer on the table.</summary>
    public static void EndContractStrike(WeekContext ctx, double offer, bool settled)
    {
        ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, ctx.W.Strike.DaysSoFar(ctx.Week), settled));
        Ratify(ctx, offer);
    }

    /// <summary>
    /// Ratifies a contract at a raise: a no-strike clause is drawn, the wage demand counts as won when the contracts have
    /// delivered nearly all of it, and after a first contract the unit's non-members join.
    /// </summary>
    public static void Ratify(WeekContext ctx, double wagePct)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        var p = ctx.Posture;
        var first = w.Bargaining.FirstContract;
        var noStrike = ctx.Union.Chance(ctx.Spec.Contract.NoStrikeClauseRate);
        var by = w.Union.CaucusLeads ? DecisionMaker.Workers : p.ActionsDecidedBy == DecisionMaker.Staff ? DecisionMaker.Staff : DecisionMaker.Officials;
        ctx.Emit(new ContractRatified(ctx.Week, ctx.Index, wagePct, ctx.Week + ctx.Spec.Contract.TermWeeks, noStrike, first, by));
        var wage = w.Demands.OpenWageDemand;
        if (wage is not null && wage.WonPct >= ctx.M.Bargaining.WageDemandWonShare * wage.WagePct)
            ctx.Emit(new DemandWon(ctx.Week, ctx.Index, wage.Id, 0));
        if (!first) return;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed) || !f.InUnit(i) || f.Has(i, WorkerFlags.Mainstream)) continue;
            if (ctx.Union.Chance(ctx.Spec.Union.MembershipShare))
                ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Mainstream));
        }
    }

    /// <summary>
    /// An officer election in which the caucus runs a slate, or defends the offices it holds. Whoever holds office has the
    /// incumbency advantage with every voter; members who distrust the union lean to the challengers; a deep relationship
    /// with the caucus moves a committed member's vote, a shallow campaign contact moves it a little; and one swing for
    /// the whole election carries its mood. Turnout rises with commitment and a campaign contact.
    /// </summary>
    public static void Elections(WeekContext ctx)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        if (!ctx.Model.RunsForOffice || !w.Union.Present || w.Union.Disaffiliated) return;
        if (!ElectionCalendar.IsElectionWeek(ctx.Spec.Union, ctx.Week)) return;
        var rng = ctx.Union;
        var m = ctx.M.Elections;
        var defending = w.Union.CaucusLeads;
        var incumbency = ctx.Spec.Union.IncumbentAdvantage;
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
        ctx.Emit(new UnionElectionHeld(ctx.Week, ctx.Index, voters, caucus, voters > 0 && VoteRules.SimpleMajority(caucus, voters), defending));
    }

    /// <summary>
    /// A conservative turn: a conservative leadership takes office; where a caucus holds the top offices it keeps them but
    /// is left with a hostile executive board that refuses strike votes and holds back staff and support, until the next
    /// election settles it.
    /// </summary>
    public static void TurnConservative(WeekContext ctx)
    {
        if (!ctx.W.Union.Present) return;
        ctx.Emit(new LeadershipChanged(ctx.Week, ctx.Index, UnionStance.Business, ctx.W.Union.CaucusLeads));
    }

    /// <summary>A violation taken up formally: the union files a grievance when there is a union to file with.</summary>
    public static void FileGrievance(WeekContext ctx, int department, DecisionMaker by)
    {
        if (ctx.W.Union.Present)
            ctx.Emit(new GrievanceFiled(ctx.Week, ctx.Index, ctx.W.Docket.NextGrievanceId, department, GrievanceChannel.Formal, by));
    }

    /// <summary>After a won certification election the card signers are the union's first members and bargaining for a first contract opens.</summary>
    public static void Certified(WeekContext ctx)
    {
        var f = ctx.Workforce;
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed | WorkerFlags.CardSigned) && !f.Has(i, WorkerFlags.Mainstream))
                ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Mainstream));
        ctx.Emit(new BargainingOpened(ctx.Week, ctx.Index, true));
    }
}
