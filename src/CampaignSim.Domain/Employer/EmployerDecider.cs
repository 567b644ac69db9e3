using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Employer;

/// <summary>
/// The employer: breaks terms where the floor is unorganized, holds captive-audience meetings and red-baits when
/// organizing shows, retaliates against visible leaders (more where protection is weak, most against probationary
/// workers), disciplines unprotected action, answers demands, makes bargaining offers and decides when to settle a
/// strike. It concedes when the expected cost of disruption exceeds the cost of the demand weighted by its hostility.
/// </summary>
internal static class EmployerDecider
{
    /// <summary>The employer's own week: violations, messaging, retaliation.</summary>
    public static void Week(WeekContext ctx)
    {
        Violations(ctx);
        Messaging(ctx);
        Retaliation(ctx);
    }

    /// <summary>Organizers (committee members, and stewards where a union is present) per department, and employed workers per department.</summary>
    public static (int[] Organizers, int[] Employed) FloorPresence(WeekContext ctx)
    {
        var f = ctx.Workforce;
        var departments = Math.Max(1, ctx.Spec.Departments);
        var employed = new int[departments];
        var organizers = new int[departments];
        var unionPresent = ctx.W.Union.Present;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed)) continue;
            var d = f.Department[i];
            employed[d]++;
            if (f.Has(i, WorkerFlags.Committee) || (unionPresent && f.Has(i, WorkerFlags.Steward))) organizers[d]++;
        }
        return (organizers, employed);
    }

    /// <summary>How organized a department's floor is, 0–1: full at one organizer per <c>organizersPerWorkerForFullPresence</c> workers.</summary>
    public static double Presence(WeekContext ctx, int organizers, int employed) =>
        Clamp.Unit(organizers / (ctx.M.Employer.OrganizersPerWorkerForFullPresence * employed));

    /// <summary>Small violations, one chance per department, less likely the more organized the department's floor is.</summary>
    private static void Violations(WeekContext ctx)
    {
        var (organizers, employed) = FloorPresence(ctx);
        for (var d = 0; d < employed.Length; d++)
        {
            if (employed[d] == 0) continue;
            var presence = Presence(ctx, organizers[d], employed[d]);
            if (!ctx.Employer.Chance(ctx.Spec.Employer.ViolationRate * (1 - presence))) continue;
            ctx.Emit(new EmployerViolatedTerms(ctx.Week, ctx.Index, d, ctx.W.Union.ContractInForce));
        }
    }

    private static void Messaging(WeekContext ctx)
    {
        var w = ctx.W;
        var e = ctx.Spec.Employer;
        var m = ctx.M.Employer;
        var drive = w.Docket.PetitionFiled && !w.Union.Certified;
        var visible = ctx.Workforce.CommitteeSize >= m.VisibleCommitteeSize || drive || ctx.Week - w.Pressure.LastActionWeek < m.ActionMemoryWeeks;
        if (!visible) return;
        if (e.CaptiveAudienceMeetings && ctx.Employer.Chance(e.Hostility * (drive ? m.CaptiveAudienceChanceInDrive : m.CaptiveAudienceChance)))
            ctx.Emit(new CaptiveAudienceMeetingHeld(ctx.Week, ctx.Index));
        if (ctx.Employer.Chance(e.Hostility * e.RedBaiting * m.RedBaitingChance))
            ctx.Emit(new RedBaitingRun(ctx.Week, ctx.Index));
    }

    /// <summary>
    /// Targeted retaliation: each visible worker faces a weekly chance proportional to hostility and visibility,
    /// reduced by her protection, higher on probation. A first offence is a discipline, then a firing.
    /// </summary>
    private static void Retaliation(WeekContext ctx)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        var e = ctx.Spec.Employer;
        var p = ctx.Posture;
        var m = ctx.M.Employer;
        var committee = f.CommitteeSize;
        var heat = !w.Public ? (committee > 0 ? m.UndergroundHeat : m.QuietHeat)
            : ctx.Week - w.Pressure.LastActionWeek < m.ActionMemoryWeeks || w.Docket.PetitionFiled || committee > 0 ? 1.0 : m.QuietHeat;
        if (w.Docket.PetitionFiled && !w.Union.Certified) heat *= m.DriveHeatFactor;
        var rate = e.RetaliationRate * e.Hostility * heat;
        if (rate <= 0) return;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed) || f.Visibility[i] < m.MinVisibilityForRetaliation) continue;
            var chance = rate * f.Visibility[i] * (1 - Protection(ctx, p, i)) * (f.Probation[i] > 0 ? m.ProbationRiskFactor : 1);
            if (!ctx.Employer.Chance(chance)) continue;
            if (f.Disciplines[i] == 0 && f.Probation[i] == 0)
                ctx.Emit(new WorkerDisciplined(ctx.Week, ctx.Index, i, false));
            else
                Fire(ctx, i, lawful: false);
        }
    }

    /// <summary>
    /// Protection from retaliation, 0–1: a just-cause contract for bargaining-unit members while one is in force,
    /// combined with the union's legal help when it stands behind the committee.
    /// </summary>
    public static double Protection(WeekContext ctx, ModelPosture p, int i)
    {
        var w = ctx.W;
        var legal = ctx.Scenario.Legal;
        var contract = w.Union.ContractInForce && w.Union.Present && ctx.Workforce.InUnit(i) ? legal.ContractProtection : 0;
        var union = w.Union.Present && p.UnionBacksCommittee && ctx.Workforce.Has(i, WorkerFlags.Mainstream) ? legal.UnionLegalProtection : 0;
        return 1 - (1 - contract) * (1 - union);
    }

    /// <summary>Fires a worker; the legal channel and the committee react to the firing.</summary>
    public static void Fire(WeekContext ctx, int i, bool lawful) =>
        ctx.Emit(new WorkerFired(ctx.Week, ctx.Index, i, ctx.Workforce.Has(i, WorkerFlags.Committee), lawful));

    /// <summary>The employer fires its most visible worker-leader (a committee member if there is one).</summary>
    public static void FireMostVisible(WeekContext ctx)
    {
        var f = ctx.Workforce;
        var best = -1;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed)) continue;
            if (best < 0) { best = i; continue; }
            var iLeads = f.Has(i, WorkerFlags.Committee);
            var bestLeads = f.Has(best, WorkerFlags.Committee);
            if ((iLeads && !bestLeads) || (iLeads == bestLeads && f.Visibility[i] > f.Visibility[best])) best = i;
        }
        if (best >= 0) Fire(ctx, best, lawful: false);
    }

    /// <summary>Lawful discipline after an action that breached a no-strike clause: leaders most of all, a second offence a firing.</summary>
    public static void DisciplineUnprotected(WeekContext ctx, int[] participants)
    {
        var f = ctx.Workforce;
        var hostility = ctx.Spec.Employer.Hostility;
        var m = ctx.M.Employer;
        foreach (var i in participants)
        {
            var leader = f.Has(i, WorkerFlags.Committee);
            if (!ctx.Employer.Chance(hostility * (leader ? m.UnprotectedDisciplineLeader : m.UnprotectedDisciplineMember))) continue;
            if (leader && f.Disciplines[i] > 0) Fire(ctx, i, lawful: true);
            else ctx.Emit(new WorkerDisciplined(ctx.Week, ctx.Index, i, true));
        }
    }

    /// <summary>
    /// Cost of a demand to the employer over its planning horizon, in weeks of payroll. Wage raises cost the
    /// raise times the payroll share they cover for every week of the horizon.
    /// </summary>
    public static double DemandCost(WeekContext ctx, DemandState d, double payrollShare = 1.0) =>
        d.Kind == DemandKind.Wage
            ? d.RemainingPct / Units.Percent * ctx.Spec.Employer.PlanningHorizonWeeks * d.Cost * payrollShare
            : d.Cost;

    /// <summary>
    /// Expected cost of refusing, in weeks of payroll: the disruption now felt (<see cref="EmployerPressure.Threat"/>)
    /// times the cost of a full stoppage, kept up for the weeks it expects, discounted by the chance the workers keep
    /// it up (the share the committee can count on).
    /// </summary>
    public static double ExpectedDisruption(WeekContext ctx, double committedShare) =>
        ctx.W.Pressure.Threat * ctx.Spec.Employer.DisruptionCostMultiple * ctx.M.Employer.ExpectedDisruptionWeeks * committedShare;

    /// <summary>Pressure relative to resistance: expected disruption over cost weighted by hostility.</summary>
    public static double PressureRatio(WeekContext ctx, double disruption, double cost) =>
        cost <= 0 ? ctx.M.Employer.MaxPressureRatio : disruption / (cost * (1 + ctx.Spec.Employer.Hostility));

    /// <summary>Chance the employer gives in at a pressure ratio r: r² / (1 + r²), one half when disruption equals weighted cost.</summary>
    public static double ConcessionChance(double ratio) => ratio * ratio / (1 + ratio * ratio);

    /// <summary>Whether the employer gives in on a demand this week, weighing the disruption it expects against its cost.</summary>
    private static bool Concedes(WeekContext ctx, DemandState d) =>
        ctx.Employer.Chance(ConcessionChance(PressureRatio(ctx, ExpectedDisruption(ctx, ctx.CommittedShare()), DemandCost(ctx, d))));

    /// <summary>The employer's answer to an action over a demand: concede or refuse.</summary>
    public static void Answer(WeekContext ctx, DemandState d)
    {
        if (Concedes(ctx, d)) Concede(ctx, d);
        else ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, d.Id));
    }

    /// <summary>
    /// A strike over a demand, week by week: the employer concedes when the pressure wins, the strike ends defeated when
    /// it has collapsed; a demand already won (or gone) ends it at once.
    /// </summary>
    public static void DemandStrikeWeek(WeekContext ctx, bool collapsed)
    {
        var w = ctx.W;
        var demand = w.Demands.Find(w.Strike.DemandId);
        if (demand is null || demand.Won)
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.Strike.DaysSoFar(ctx.Week), true));
            return;
        }
        if (Concedes(ctx, demand))
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.Strike.DaysSoFar(ctx.Week), true));
            Concede(ctx, demand);
        }
        else if (collapsed)
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.Strike.DaysSoFar(ctx.Week), false));
            ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, demand.Id));
        }
    }

    /// <summary>Records a won demand (the whole remaining raise for a wage demand), and the return to work of a fired worker when that was the demand.</summary>
    private static void Concede(WeekContext ctx, DemandState d)
    {
        ctx.Emit(new DemandWon(ctx.Week, ctx.Index, d.Id, d.Kind == DemandKind.Wage ? d.RemainingPct : 0));
        if (d.Worker >= 0 && !ctx.Workforce.Has(d.Worker, WorkerFlags.Employed))
            ctx.Emit(new WorkerReinstated(ctx.Week, ctx.Index, d.Worker));
    }

    /// <summary>The employer's resolve in a round of bargaining: a multiplier on the cost it sees, drawn uniformly.</summary>
    private static double Resolve(WeekContext ctx) => ctx.M.Bargaining.ResolveLow + ctx.M.Bargaining.ResolveWidth * ctx.Employer.NextDouble();

    /// <summary>
    /// The employer's offer at the table: the asked raise scaled by the pressure ratio, where pressure is the floor
    /// disruption it feels plus the threat of a strike (the authorising vote's yes share over an expected strike, or,
    /// when <paramref name="includeLatentThreat"/>, a small weight on the members' mood when no strike is authorised).
    /// The employer's resolve, drawn once per round, makes it misjudge: sometimes it takes a strike it could have avoided.
    /// </summary>
    public static double Offer(WeekContext ctx, bool includeLatentThreat)
    {
        var resolve = Resolve(ctx);
        var w = ctx.W;
        if (w.Demands.OpenWageDemand is not { } wage || wage.RemainingPct <= 0) return 0;
        var ask = wage.RemainingPct;
        var e = ctx.Spec.Employer;
        var m = ctx.M.Bargaining;
        var cost = DemandCost(ctx, wage, UnitShare(ctx));
        var committed = ctx.CommittedShare();
        var strikeThreat = w.Bargaining.StrikeAuthorized
            ? w.Bargaining.LastStrikeVoteYesShare * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks
            : includeLatentThreat ? StrikeMood.Mood(w) * w.Union.BoardWillingness() * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks * m.LatentStrikeWeight : 0;
        var ratio = PressureRatio(ctx, ExpectedDisruption(ctx, committed) + strikeThreat, cost * resolve);
        return Math.Round(ask * Clamp.Unit(ratio), Units.OfferDigits);
    }

    /// <summary>Whether the employer settles a strike over the contract this week at its offer (the closer to the ask, the likelier).</summary>
    public static bool SettlesContractStrike(WeekContext ctx, double offer)
    {
        var ask = ctx.W.Demands.OpenWageDemand?.RemainingPct ?? 0;
        var ratio = ask <= 0 ? ctx.M.Employer.MaxPressureRatio : offer / ask;
        return ctx.Employer.Chance(ConcessionChance(ratio * ctx.M.Bargaining.StrikeSettlementBoost));
    }

    private static double UnitShare(WeekContext ctx)
    {
        var f = ctx.Workforce;
        int unit = 0, all = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed)) continue;
            all++;
            if (f.InUnit(i)) unit++;
        }
        return all == 0 ? 0 : (double)unit / all;
    }
}
