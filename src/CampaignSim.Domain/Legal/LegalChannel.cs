using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Legal;

/// <summary>
/// The state's channel (a process, not an agent): the grievance procedure with its delays, unfair-labour-practice
/// charges with reinstatement after a delay and with probability below one, certification elections and
/// decertification votes.
/// </summary>
internal static class LegalChannel
{
    /// <summary>Decisions that fall due this week: formal grievances and firing cases.</summary>
    public static void DueItems(WeekContext ctx)
    {
        var w = ctx.W;
        var legal = ctx.Scenario.Legal;
        var remedyBase = ctx.M.Legal.RemedyWithoutResponsiveness;
        foreach (var g in w.Docket.Grievances.Where(g => g.DueWeek == ctx.Week).ToArray())
        {
            var pursued = ctx.Legal.Chance(w.Union.Responsiveness);
            var upheld = pursued && ctx.Legal.Chance(ctx.Spec.Contract.ArbitrationUpheldProbability);
            ctx.Emit(new GrievanceDecided(ctx.Week, ctx.Index, g.Id, g.Department, upheld));
        }
        foreach (var c in w.Docket.Charges.Where(c => c.DueWeek == ctx.Week).ToArray())
        {
            if (ctx.Workforce.Has(c.Worker, Workers.WorkerFlags.Employed)) continue;
            var chance = c.Channel == RemedyChannel.ContractGrievance
                ? Math.Max(ctx.Spec.Contract.ArbitrationUpheldProbability, legal.ContractProtection) * (remedyBase + (1 - remedyBase) * w.Union.Responsiveness)
                : legal.UlpReinstatementProbability;
            var offered = ctx.Legal.Chance(chance);
            var returned = offered && ctx.Legal.Chance(legal.ReinstatementAcceptance);
            ctx.Emit(new RemedyDecided(ctx.Week, ctx.Index, c.Worker, offered, returned));
        }
    }

    /// <summary>
    /// A firing opens a remedy, unless it was lawful (after unprotected action): a just-cause grievance when a contract
    /// covers her and the union backs the committee, otherwise a charge with the labour board.
    /// </summary>
    public static void OpenRemedy(WeekContext ctx, WorkerFired fired)
    {
        if (fired.Lawful) return;
        var w = ctx.W;
        var i = fired.Worker;
        var byContract = w.Union.ContractInForce && w.Union.Present && ctx.Workforce.InUnit(i) && ctx.Posture.UnionBacksCommittee;
        var channel = byContract ? RemedyChannel.ContractGrievance : RemedyChannel.UnfairLaborPracticeCharge;
        var due = ctx.Week + (byContract ? ctx.Spec.Contract.GrievanceDelayWeeks : ctx.Scenario.Legal.UlpDelayWeeks);
        ctx.Emit(new ChargeFiled(ctx.Week, ctx.Index, i, channel, Math.Max(due, ctx.Week + 1)));
    }

    /// <summary>
    /// The certification election: every employed bargaining-unit worker votes, with one drive-wide swing for how well
    /// the employer's campaign lands.
    /// </summary>
    public static void CertificationElection(WeekContext ctx)
    {
        var f = ctx.Workforce;
        var rng = ctx.Legal;
        var m = ctx.M.Elections;
        var swing = rng.NextNormal(0, m.CertificationSwingSd);
        int voters = 0, yes = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, Workers.WorkerFlags.Employed) || !f.InUnit(i)) continue;
            voters++;
            var p = Clamp.Unit(m.CertificationYesBase + m.CertificationYesCommitment * f.Commitment[i] + m.CertificationYesGrievance * f.Grievance[i]
                               - m.CertificationYesFear * f.Fear[i] + (f.Has(i, Workers.WorkerFlags.CardSigned) ? m.CertificationYesCard : 0) + swing);
            if (rng.Chance(p)) yes++;
        }
        var won = voters > 0 && VoteRules.SimpleMajority(yes, voters);
        ctx.Emit(new CertificationElectionHeld(ctx.Week, ctx.Index, voters, yes, won));
    }

    /// <summary>When the solidarity union holds the decertification share of the unit in an open period, the unit votes on removing the mainstream union.</summary>
    public static void Decertification(WeekContext ctx)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        var p = ctx.Posture;
        if (!p.SeeksDecertification || !w.Union.Present || w.Bargaining.Open || w.Strike.On) return;
        if (ctx.Week - w.Union.LastDecertificationVoteWeek < ctx.M.Legal.DecertificationBarWeeks) return;
        var window = ctx.M.Legal.DecertificationWindowWeeks;
        var toExpiry = w.Union.ContractExpiry - ctx.Week;
        var open = !w.Union.ContractInForce || (toExpiry >= 0 && toExpiry <= window);
        if (!open) return;
        int unit = 0, solidarity = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, Workers.WorkerFlags.Employed) || !f.InUnit(i)) continue;
            unit++;
            if (f.Has(i, Workers.WorkerFlags.Solidarity)) solidarity++;
        }
        if (unit == 0 || solidarity < ctx.Scenario.Legal.DecertificationShare * unit) return;
        var rng = ctx.Union;
        var m = ctx.M.Elections;
        var yes = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, Workers.WorkerFlags.Employed) || !f.InUnit(i)) continue;
            var pYes = f.Has(i, Workers.WorkerFlags.Solidarity)
                ? m.DecertificationYesSolidarity
                : Clamp.Unit(m.DecertificationYesBase + m.DecertificationYesDistrust * (1 - f.Trust[i]) + m.DecertificationYesCommitment * f.Commitment[i]);
            if (rng.Chance(pYes)) yes++;
        }
        ctx.Emit(new DecertificationElectionHeld(ctx.Week, ctx.Index, unit, yes, VoteRules.SimpleMajority(yes, unit)));
    }
}
