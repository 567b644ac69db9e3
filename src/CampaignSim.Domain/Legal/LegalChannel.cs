using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Legal;

/// <summary>
/// The state's channel (a process, not an agent): the grievance procedure with its delays, unfair-labour-practice
/// charges with reinstatement after a delay and with probability below one, and certification elections.
/// </summary>
internal static class LegalChannel
{
    /// <summary>A violation taken up by the organizers present in the department.</summary>
    public static void TakeUpGrievance(WeekContext ctx, ModelPosture p, int department, double presence)
    {
        if (p.GrievanceChannel == GrievanceChannel.Formal)
        {
            // The formal procedure needs a union to file with; before certification there is none.
            if (ctx.W.UnionPresent)
                ctx.Emit(new GrievanceFiled(ctx.Week, ctx.Index, department, GrievanceChannel.Formal, p.GrievancesFiledBy));
            return;
        }
        ctx.Emit(new GrievanceFiled(ctx.Week, ctx.Index, department, GrievanceChannel.DirectAction, DecisionMaker.Workers));
        ctx.Emit(new GrievanceDecided(ctx.Week, ctx.Index, department, ctx.Legal.Chance(ctx.M.Legal.DirectActionWinRate * presence)));
    }

    /// <summary>Decisions that fall due this week: formal grievances and firing cases.</summary>
    public static void DueItems(WeekContext ctx)
    {
        var w = ctx.W;
        var legal = ctx.Scenario.Legal;
        var remedyBase = ctx.M.Legal.RemedyWithoutResponsiveness;
        foreach (var g in w.PendingGrievances.Where(g => g.DueWeek == ctx.Week).ToArray())
        {
            var pursued = ctx.Legal.Chance(w.Responsiveness);
            var upheld = pursued && ctx.Legal.Chance(ctx.Spec.Contract.ArbitrationUpheldProbability);
            ctx.Emit(new GrievanceDecided(ctx.Week, ctx.Index, g.Department, upheld));
        }
        foreach (var c in w.PendingCharges.Where(c => c.DueWeek == ctx.Week).ToArray())
        {
            if (w.Has(c.Worker, Workers.WorkerFlags.Employed)) continue;
            var chance = c.Channel == RemedyChannel.ContractGrievance
                ? Math.Max(ctx.Spec.Contract.ArbitrationUpheldProbability, legal.ContractProtection) * (remedyBase + (1 - remedyBase) * w.Responsiveness)
                : legal.UlpReinstatementProbability;
            var offered = ctx.Legal.Chance(chance);
            var returned = offered && ctx.Legal.Chance(legal.ReinstatementAcceptance);
            ctx.Emit(new RemedyDecided(ctx.Week, ctx.Index, c.Worker, offered, returned));
        }
    }

    /// <summary>
    /// Fires a worker and opens the remedies: a just-cause grievance when a contract covers her and the union
    /// backs the committee, otherwise a charge with the labour board (not for lawful firings over unprotected
    /// action); models that fight firings on the floor also raise a reinstatement demand.
    /// </summary>
    public static void Fire(WeekContext ctx, ModelPosture p, int i, bool lawful)
    {
        var w = ctx.W;
        var leader = w.Has(i, Workers.WorkerFlags.Committee);
        ctx.Emit(new WorkerFired(ctx.Week, ctx.Index, i, leader, lawful));
        if (!lawful)
        {
            var byContract = w.ContractInForce && w.UnionPresent && w.InUnit[w.JobClass[i]] && p.UnionBacksCommittee;
            var channel = byContract ? RemedyChannel.ContractGrievance : RemedyChannel.UnfairLaborPracticeCharge;
            var due = ctx.Week + (byContract ? ctx.Spec.Contract.GrievanceDelayWeeks : ctx.Scenario.Legal.UlpDelayWeeks);
            ctx.Emit(new ChargeFiled(ctx.Week, ctx.Index, i, channel, Math.Max(due, ctx.Week + 1)));
        }
        if (p.FightsFiringsOnFloor && (leader || lawful))
            ctx.Emit(new DemandRaised(ctx.Week, ctx.Index, $"reinstate-{i}", ctx.M.Legal.ReinstatementDemandCost, i));
    }

    /// <summary>
    /// The certification election: every employed bargaining-unit worker votes. If the union wins, the workers
    /// who signed cards are its first members, so they can vote on a strike over the first contract.
    /// </summary>
    public static void CertificationElection(WeekContext ctx)
    {
        var w = ctx.W;
        var rng = ctx.Legal;
        // The employer's campaign lands better in some drives than others: one swing for the whole vote.
        var m = ctx.M.Elections;
        var swing = rng.NextNormal(0, m.CertificationSwingSd);
        int voters = 0, yes = 0;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, Workers.WorkerFlags.Employed) || !w.InUnit[w.JobClass[i]]) continue;
            voters++;
            var p = Clamp.Unit(m.CertificationYesBase + m.CertificationYesCommitment * w.Commitment[i] + m.CertificationYesGrievance * w.Grievance[i]
                               - m.CertificationYesFear * w.Fear[i] + (w.Has(i, Workers.WorkerFlags.CardSigned) ? m.CertificationYesCard : 0) + swing);
            if (rng.Chance(p)) yes++;
        }
        var won = voters > 0 && VoteRules.SimpleMajority(yes, voters);
        var firstContract = 0;
        if (won)
        {
            var median = ctx.Scenario.Legal.FirstContractMedianWeeks;
            var l = ctx.M.Legal;
            var spread = l.FirstContractSpreadLow + l.FirstContractSpreadWidth * rng.NextDouble();
            firstContract = ctx.Week + Math.Max(l.FirstContractMinWeeks,
                (int)Math.Round(median * spread * (l.FirstContractHostilityBase + l.FirstContractHostilityWeight * ctx.Spec.Employer.Hostility)));
        }
        ctx.Emit(new CertificationElectionHeld(ctx.Week, ctx.Index, voters, yes, won, firstContract));
        if (!won) return;
        for (var i = 0; i < w.N; i++)
            if (w.Has(i, Workers.WorkerFlags.Employed | Workers.WorkerFlags.CardSigned) && !w.Has(i, Workers.WorkerFlags.Mainstream))
                ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Mainstream));
        ctx.Emit(new BargainingOpened(ctx.Week, ctx.Index, true));
    }
}
