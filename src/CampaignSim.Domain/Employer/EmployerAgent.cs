using CampaignSim.Domain.Events;
using CampaignSim.Domain.Legal;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Employer;

/// <summary>
/// The employer: breaks terms where the floor is unorganized, holds captive-audience meetings and red-baits
/// when organizing shows, retaliates against visible leaders (more where protection is weak, most against
/// probationary workers) and concedes when the expected cost of disruption exceeds the cost of the demand.
/// </summary>
internal static class EmployerAgent
{
    public static void Week(WeekContext ctx)
    {
        Violations(ctx);
        Messaging(ctx);
        Retaliation(ctx);
    }

    /// <summary>Small violations, one chance per department, less likely the more organized the department's floor is.</summary>
    private static void Violations(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        var departments = Math.Max(1, ctx.Spec.Departments);
        var employed = new int[departments];
        var organizers = new int[departments];
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed)) continue;
            var d = w.Department[i];
            employed[d]++;
            var steward = w.UnionPresent && w.Has(i, WorkerFlags.Steward);
            if (w.Has(i, WorkerFlags.Committee) || steward) organizers[d]++;
        }
        for (var d = 0; d < departments; d++)
        {
            if (employed[d] == 0) continue;
            var presence = Clamp.Unit(organizers[d] / (ctx.M.Employer.OrganizersPerWorkerForFullPresence * employed[d]));
            if (!ctx.Employer.Chance(ctx.Spec.Employer.ViolationRate * (1 - presence))) continue;
            ctx.Emit(new EmployerViolatedTerms(ctx.Week, ctx.Index, d, w.ContractInForce));
            if (organizers[d] == 0) continue;
            LegalChannel.TakeUpGrievance(ctx, p, d, presence);
        }
    }

    private static void Messaging(WeekContext ctx)
    {
        var w = ctx.W;
        var e = ctx.Spec.Employer;
        var m = ctx.M.Employer;
        var drive = w.PetitionFiled && !w.Certified;
        var visible = w.CommitteeSize >= m.VisibleCommitteeSize || drive || ctx.Week - w.LastActionWeek < m.ActionMemoryWeeks;
        if (!visible) return;
        if (e.CaptiveAudienceMeetings && ctx.Employer.Chance(e.Hostility * (drive ? m.CaptiveAudienceChanceInDrive : m.CaptiveAudienceChance)))
            ctx.Emit(new CaptiveAudienceMeetingHeld(ctx.Week, ctx.Index));
        if (ctx.Employer.Chance(e.Hostility * e.RedBaiting * m.RedBaitingChance))
            ctx.Emit(new RedBaitingRun(ctx.Week, ctx.Index));
    }

    /// <summary>
    /// Targeted retaliation: each visible worker faces a weekly chance proportional to hostility and visibility,
    /// reduced by her protection, doubled on probation. A first offence is a discipline, then a firing.
    /// </summary>
    private static void Retaliation(WeekContext ctx)
    {
        var w = ctx.W;
        var e = ctx.Spec.Employer;
        var p = ctx.Posture;
        var m = ctx.M.Employer;
        var heat = !w.Public ? (w.CommitteeSize > 0 ? m.UndergroundHeat : m.QuietHeat)
            : ctx.Week - w.LastActionWeek < m.ActionMemoryWeeks || w.PetitionFiled || w.CommitteeSize > 0 ? 1.0 : m.QuietHeat;
        if (w.PetitionFiled && !w.Certified) heat *= m.DriveHeatFactor;
        var rate = e.RetaliationRate * e.Hostility * heat;
        if (rate <= 0) return;
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed) || w.Visibility[i] < m.MinVisibilityForRetaliation) continue;
            var chance = rate * w.Visibility[i] * (1 - Protection(ctx, p, i)) * (w.Probation[i] > 0 ? m.ProbationRiskFactor : 1);
            if (!ctx.Employer.Chance(chance)) continue;
            if (w.Disciplines[i] == 0 && w.Probation[i] == 0)
                ctx.Emit(new WorkerDisciplined(ctx.Week, ctx.Index, i, false));
            else
                LegalChannel.Fire(ctx, p, i, lawful: false);
        }
    }

    /// <summary>
    /// Protection from retaliation, 0–1: a just-cause contract for bargaining-unit members while one is in force,
    /// combined with the union's legal help when it stands behind the committee.
    /// </summary>
    public static double Protection(WeekContext ctx, OrganizingModels.ModelPosture p, int i)
    {
        var w = ctx.W;
        var legal = ctx.Scenario.Legal;
        var contract = w.ContractInForce && w.UnionPresent && w.InUnit[w.JobClass[i]] ? legal.ContractProtection : 0;
        var union = w.UnionPresent && p.UnionBacksCommittee && w.Has(i, WorkerFlags.Mainstream) ? legal.UnionLegalProtection : 0;
        return 1 - (1 - contract) * (1 - union);
    }

    /// <summary>
    /// Cost of a demand to the employer over its planning horizon, in weeks of payroll. Wage raises cost the
    /// raise times the payroll share they cover for every week of the horizon.
    /// </summary>
    public static double DemandCost(WeekContext ctx, DemandState d, double payrollShare = 1.0) =>
        d.Kind == Scenarios.DemandKind.Wage
            ? d.RemainingPct / Units.Percent * ctx.Spec.Employer.PlanningHorizonWeeks * d.Cost * payrollShare
            : d.Cost;

    /// <summary>
    /// Expected cost of refusing, in weeks of payroll: the disruption now felt (<see cref="WorkplaceState.Threat"/>)
    /// times the cost of a full stoppage, kept up for the weeks it expects, discounted by the
    /// chance the workers keep it up (the share the committee can count on).
    /// </summary>
    public static double ExpectedDisruption(WeekContext ctx, double committedShare) =>
        ctx.W.Threat * ctx.Spec.Employer.DisruptionCostMultiple * ctx.M.Employer.ExpectedDisruptionWeeks * committedShare;

    /// <summary>Pressure relative to resistance: expected disruption over cost weighted by hostility.</summary>
    public static double PressureRatio(WeekContext ctx, double disruption, double cost) =>
        cost <= 0 ? ctx.M.Employer.MaxPressureRatio : disruption / (cost * (1 + ctx.Spec.Employer.Hostility));

    /// <summary>Chance the employer gives in at a pressure ratio r: r² / (1 + r²), one half when disruption equals weighted cost.</summary>
    public static double ConcessionChance(double ratio) => ratio * ratio / (1 + ratio * ratio);

    /// <summary>The employer's answer to an action over a demand: concede or refuse.</summary>
    public static void Respond(WeekContext ctx, DemandState d)
    {
        var ratio = PressureRatio(ctx, ExpectedDisruption(ctx, ctx.CommittedShare()), DemandCost(ctx, d));
        if (ctx.Employer.Chance(ConcessionChance(ratio))) Concede(ctx, d, d.Kind == Scenarios.DemandKind.Wage ? d.RemainingPct : 0);
        else ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, d.Id));
    }

    /// <summary>Records a won demand, and the return to work of a fired worker when that was the demand.</summary>
    public static void Concede(WeekContext ctx, DemandState d, double wagePct)
    {
        ctx.Emit(new DemandWon(ctx.Week, ctx.Index, d.Id, wagePct));
        if (d.Worker >= 0 && !ctx.W.Has(d.Worker, WorkerFlags.Employed))
            ctx.Emit(new WorkerReinstated(ctx.Week, ctx.Index, d.Worker));
    }
}
