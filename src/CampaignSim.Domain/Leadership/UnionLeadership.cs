using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Leadership;

/// <summary>
/// The mainstream union's leadership and the contract calendar: officer elections, bargaining at expiry,
/// executive-board and membership strike votes (only between contracts), strikes over the contract,
/// ratification, first contracts after certification, and decertification.
/// </summary>
internal static class UnionLeadership
{
    /// <summary>Chance the executive board approves a strike vote, by stance; a caucus in office always does.</summary>
    public static double BoardWillingness(WorkplaceState w)
    {
        var m = w.Scenario.Mechanics.Bargaining;
        return w.CaucusLeads ? 1.0 : w.Stance switch
        {
            UnionStance.Militant => m.BoardWillingnessMilitant,
            UnionStance.Mixed => m.BoardWillingnessMixed,
            _ => m.BoardWillingnessBusiness,
        };
    }

    public static void Elections(WeekContext ctx)
    {
        var w = ctx.W;
        if (!ctx.Model.RunsForOffice || !w.UnionPresent || w.CaucusLeads || w.Disaffiliated) return;
        if (!ElectionCalendar.IsElectionWeek(ctx.Spec.Union, ctx.Week)) return;
        var rng = ctx.Union;
        var m = ctx.M.Elections;
        int voters = 0, caucus = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
            var contacted = w.Has(i, WorkerFlags.VoteContacted) || w.Has(i, WorkerFlags.DeepContact);
            if (!rng.Chance(Clamp.Unit(m.TurnoutBase + m.TurnoutCommitment * w.Commitment[i] + (contacted ? m.TurnoutContacted : 0)))) continue;
            voters++;
            var lean = m.DistrustLean * (m.NeutralTrust - w.Trust[i]);
            var p = contacted ? m.ContactedCaucusVote + m.CommitmentCaucusVote * w.Commitment[i] + lean : 1 - ctx.Spec.Union.IncumbentAdvantage + lean;
            if (rng.Chance(Clamp.Unit(p))) caucus++;
        }
        ctx.Emit(new UnionElectionHeld(ctx.Week, ctx.Index, voters, caucus, voters > 0 && VoteRules.SimpleMajority(caucus, voters)));
    }

    /// <summary>A conservative leadership takes office, unless a caucus holds it (then only an election could unseat it).</summary>
    public static void LeadershipTurnsConservative(WeekContext ctx)
    {
        var w = ctx.W;
        if (!w.UnionPresent || w.CaucusLeads) return;
        ctx.Emit(new LeadershipChanged(ctx.Week, ctx.Index, UnionStance.Business, false));
        if (ctx.Model.DisaffiliatesUnderConservativeLeadership && !w.Disaffiliated && w.CommitteeSize >= ctx.M.Leadership.DisaffiliationCommittee)
            ctx.Emit(new CaucusDisaffiliated(ctx.Week, ctx.Index));
    }

    /// <summary>The contract calendar: bargaining opens before expiry, the clause lifts at expiry, and the parties settle or strike.</summary>
    public static void ContractCalendar(WeekContext ctx)
    {
        var w = ctx.W;
        if (!w.UnionPresent) return;
        var window = ctx.Spec.Contract.BargainingWindowWeeks;
        if (w.ContractInForce && !w.Bargaining && ctx.Week >= w.ContractExpiry - window && ctx.Week <= w.ContractExpiry)
            ctx.Emit(new BargainingOpened(ctx.Week, ctx.Index, false));
        if (w.ContractInForce && ctx.Week == w.ContractExpiry)
            ctx.Emit(new ContractExpired(ctx.Week, ctx.Index));
        if (!w.ContractInForce && !w.Bargaining && !w.StrikeOn && w.Totals.ContractsRatified == 0 && !w.Certified)
            ctx.Emit(new BargainingOpened(ctx.Week, ctx.Index, false));
        if (w.StrikeOn)
        {
            ActionPlanner.StrikeWeek(ctx, SettleDuringStrike);
            return;
        }
        if (!w.Bargaining) return;
        var settles = w.FirstContractBargaining
            ? ctx.Week >= w.FirstContractWeek
            : !w.ContractInForce && ctx.Week >= Math.Min(w.ContractExpiry, w.BargainingSince + window);
        if (settles) Settle(ctx);
    }

    private static void Settle(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        var wants = p.PushesStrikeVote || w.Stance == UnionStance.Militant || w.CaucusLeads;
        if (wants && !w.StrikeAuthorized && !w.Disaffiliated) StrikeVote(ctx);
        var ask = AskPct(w);
        var offer = Offer(ctx, ask, includeLatentThreat: !w.StrikeAuthorized, Resolve(ctx));
        if (w.StrikeAuthorized && ask > 0 && offer < ctx.M.Bargaining.StrikeIfOfferBelow * ask && wants)
        {
            ActionPlanner.Call(ctx, p with { OutsideOfficialChannels = false }, Tactic.Strike, WorkplaceState.ContractDemandId,
                DecisionMaker.Workers, ctx.CommitteeMembers().Concat(Authorizers(ctx)));
            if (w.StrikeOn) return;
        }
        Ratify(ctx, offer);
    }

    /// <summary>Members who would carry the strike call to their coworkers: those who voted, committed and aggrieved.</summary>
    private static IEnumerable<int> Authorizers(WeekContext ctx)
    {
        var w = ctx.W;
        var commitment = ctx.M.Bargaining.AuthorizerCommitment;
        for (var i = 0; i < w.N; i++)
            if (w.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream) && w.Commitment[i] >= commitment) yield return i;
    }

    private static void SettleDuringStrike(WeekContext ctx, bool collapsed)
    {
        var ask = AskPct(ctx.W);
        var offer = Offer(ctx, ask, includeLatentThreat: false, Resolve(ctx));
        var ratio = ask <= 0 ? ctx.M.Employer.MaxPressureRatio : offer / ask;
        if (ctx.Employer.Chance(EmployerAgent.ConcessionChance(ratio * ctx.M.Bargaining.StrikeSettlementBoost)) || collapsed)
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, ctx.W.StrikeDaysSoFar(ctx.Week), !collapsed));
            Ratify(ctx, offer);
        }
    }

    /// <summary>The employer's resolve in a round of bargaining: a multiplier on the cost it sees, drawn uniformly.</summary>
    private static double Resolve(WeekContext ctx) => ctx.M.Bargaining.ResolveLow + ctx.M.Bargaining.ResolveWidth * ctx.Employer.NextDouble();

    /// <summary>The raise the union asks for: the wage demand, unless workers already won it on the floor.</summary>
    private static double AskPct(WorkplaceState w) =>
        w.Demands.FirstOrDefault(d => d.Kind == DemandKind.Wage && !d.Won)?.RemainingPct ?? 0;

    /// <summary>
    /// The employer's offer: the asked raise scaled by the pressure ratio, where pressure is the floor disruption
    /// it feels plus the threat of a strike (the authorising vote's yes share over an expected strike, or a small
    /// weight on the members' mood when no strike is authorised). The employer's resolve, drawn once per round
    /// of bargaining, makes it misjudge: sometimes it takes a strike it could have avoided.
    /// </summary>
    private static double Offer(WeekContext ctx, double ask, bool includeLatentThreat, double resolve)
    {
        if (ask <= 0) return 0;
        var w = ctx.W;
        var e = ctx.Spec.Employer;
        var wage = w.Demands.First(d => d.Kind == DemandKind.Wage && !d.Won);
        var unitShare = UnitShare(w);
        var cost = EmployerAgent.DemandCost(ctx, wage, unitShare) * ask / wage.WagePct;
        var committed = ctx.CommittedShare();
        var m = ctx.M.Bargaining;
        var strikeThreat = w.StrikeAuthorized
            ? w.LastStrikeVoteYesShare * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks
            : includeLatentThreat ? MemberMood(w) * UnionLeadership.BoardWillingness(w) * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks * m.LatentStrikeWeight : 0;
        var ratio = EmployerAgent.PressureRatio(ctx, EmployerAgent.ExpectedDisruption(ctx, committed) + strikeThreat, cost * resolve);
        return Math.Round(ask * Clamp.Unit(ratio), Units.OfferDigits);
    }

    private static double UnitShare(WorkplaceState w)
    {
        int unit = 0, all = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed)) continue;
            all++;
            if (w.InUnit[w.JobClass[i]]) unit++;
        }
        return all == 0 ? 0 : (double)unit / all;
    }

    /// <summary>
    /// A member's inclination to vote to authorise a strike, 0–1: an authorisation is a threat more than a walkout,
    /// so trust in the union counts alongside grievance and commitment; fear pulls the other way.
    /// </summary>
    private static double StrikeInclination(WorkplaceState w, int i)
    {
        var m = w.Scenario.Mechanics.Bargaining;
        return Clamp.Unit(m.VoteYesBase + m.VoteYesGrievance * w.Grievance[i] + m.VoteYesCommitment * w.Commitment[i] - m.VoteYesFear * w.Fear[i]
                          + m.VoteYesTrust * w.Trust[i] + (w.Has(i, WorkerFlags.DeepContact) ? m.VoteYesDeepContact : 0));
    }

    private static double MemberMood(WorkplaceState w)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
            sum += StrikeInclination(w, i);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    private static void StrikeVote(WeekContext ctx)
    {
        var w = ctx.W;
        var rng = ctx.Union;
        var board = rng.Chance(BoardWillingness(w));
        int members = 0, yes = 0;
        if (board)
            for (var i = 0; i < w.N; i++)
            {
                if (!w.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
                members++;
                if (rng.Chance(StrikeInclination(w, i))) yes++;
            }
        var authorized = board && members > 0 && yes >= ctx.Spec.Contract.StrikeVoteThreshold * members;
        ctx.Emit(new StrikeVoteHeld(ctx.Week, ctx.Index, board, members, yes, authorized));
    }

    private static void Ratify(WeekContext ctx, double wagePct)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        var first = w.FirstContractBargaining;
        var noStrike = ctx.Union.Chance(ctx.Spec.Contract.NoStrikeClauseRate);
        var by = w.CaucusLeads ? DecisionMaker.Workers : p.ActionsDecidedBy == DecisionMaker.Staff ? DecisionMaker.Staff : DecisionMaker.Officials;
        ctx.Emit(new ContractRatified(ctx.Week, ctx.Index, wagePct, ctx.Week + ctx.Spec.Contract.TermWeeks, noStrike, first, by));
        var wage = w.Demands.FirstOrDefault(d => d.Kind == DemandKind.Wage && !d.Won);
        if (wage is not null && wage.WonPct >= ctx.M.Bargaining.WageDemandWonShare * wage.WagePct)
            ctx.Emit(new DemandWon(ctx.Week, ctx.Index, wage.Id, 0));
        if (!first) return;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed) || !w.InUnit[w.JobClass[i]] || w.Has(i, WorkerFlags.Mainstream)) continue;
            if (ctx.Union.Chance(ctx.Spec.Union.MembershipShare))
                ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Mainstream));
        }
    }

    /// <summary>When the solidarity union holds the decertification share of the unit in an open period, the workers vote on removing the union.</summary>
    public static void Decertification(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        if (!p.SeeksDecertification || !w.UnionPresent || w.Bargaining || w.StrikeOn) return;
        if (ctx.Week - w.LastDecertificationVoteWeek < ctx.M.Legal.DecertificationBarWeeks) return;
        var window = ctx.M.Legal.DecertificationWindowWeeks;
        var open = !w.ContractInForce || (w.ContractExpiry - ctx.Week >= 0 && w.ContractExpiry - ctx.Week <= window);
        if (!open) return;
        int unit = 0, solidarity = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed) || !w.InUnit[w.JobClass[i]]) continue;
            unit++;
            if (w.Has(i, WorkerFlags.Solidarity)) solidarity++;
        }
        if (unit == 0 || solidarity < ctx.Scenario.Legal.DecertificationShare * unit) return;
        var rng = ctx.Union;
        var m = ctx.M.Elections;
        var yes = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed) || !w.InUnit[w.JobClass[i]]) continue;
            var pYes = w.Has(i, WorkerFlags.Solidarity)
                ? m.DecertificationYesSolidarity
                : Clamp.Unit(m.DecertificationYesBase + m.DecertificationYesDistrust * (1 - w.Trust[i]) + m.DecertificationYesCommitment * w.Commitment[i]);
            if (rng.Chance(pYes)) yes++;
        }
        ctx.Emit(new DecertificationElectionHeld(ctx.Week, ctx.Index, unit, yes, VoteRules.SimpleMajority(yes, unit)));
    }

    /// <summary>A recognition drive where there is no union: cards, a petition at the model's target, an election.</summary>
    public static void RecognitionDrive(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        if (!p.RecognitionDrive || w.UnionPresent || w.Decertified) return;
        if (w.PetitionFiled)
        {
            if (ctx.Week == w.CertificationElectionWeek) Legal.LegalChannel.CertificationElection(ctx);
            return;
        }
        var signers = new List<int>();
        int unit = 0, carded = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed) || !w.InUnit[w.JobClass[i]]) continue;
            unit++;
            if (w.Has(i, WorkerFlags.CardSigned)) carded++;
            else if (w.Commitment[i] >= ctx.M.Elections.CardSigningCommitment) { signers.Add(i); carded++; }
        }
        if (signers.Count > 0) ctx.Emit(new CardsSigned(ctx.Week, ctx.Index, signers.ToArray()));
        if (ctx.Week - w.LastCertificationElectionWeek < ctx.M.Legal.ElectionBarWeeks) return;
        var target = Math.Max(ctx.Scenario.Legal.PetitionShowingShare, p.PetitionTarget);
        var electionWeek = ctx.Week + ctx.Scenario.Legal.ElectionDelayWeeks;
        if (unit > 0 && carded >= target * unit && electionWeek <= ctx.Scenario.Weeks)
            ctx.Emit(new RecognitionPetitionFiled(ctx.Week, ctx.Index, electionWeek));
    }
}
