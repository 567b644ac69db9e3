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
    /// Cost of a demand to the employer over its planning horizon, in weeks of payroll. A wage raise costs the remaining
    /// raise times the payroll share it covers (by default, the share of employed workers in the classes the demand
    /// concerns) for every week of the horizon, times the demand's cost multiplier.
    /// </summary>
    public static double DemandCost(WeekContext ctx, DemandState d, double? payrollShare = null) =>
        d.Kind == DemandKind.Wage
            ? d.RemainingPct / Units.Percent * ctx.Spec.Employer.PlanningHorizonWeeks * d.Cost * (payrollShare ?? ConcernedShare(ctx, d))
            : d.Cost;

    /// <summary>Share of employed workers in the job classes a demand concerns.</summary>
    private static double ConcernedShare(WeekContext ctx, DemandState d)
    {
        if (d.Classes.Count == 0) return 1;
        var f = ctx.Workforce;
        int concerned = 0, all = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed)) continue;
            all++;
            if (d.Concerns(f.JobClass[i])) concerned++;
        }
        return all == 0 ? 0 : (double)concerned / all;
    }

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


    /// <summary>Whether the employer gives in on a non-wage demand this week, weighing the disruption it expects against its cost.</summary>
    private static bool Concedes(WeekContext ctx, DemandState d) =>
        ctx.Employer.Chance(Concession(ctx, PressureRatio(ctx, ExpectedDisruption(ctx, ctx.CommittedShare()), DemandCost(ctx, d))));

    /// <summary>
    /// The employer's concession under a pressure ratio r: r^k / (1 + r^k), with k the concession steepness. On a raise it
    /// is the share of the ask it will give; on a whole (non-wage) demand, the chance it gives in. One half when the
    /// disruption it expects equals the weighted cost; near nothing well below that and near everything well above it,
    /// so a large ask settles well below itself while a small one can be won in full.
    /// </summary>
    public static double ConcessionShare(double ratio, double steepness)
    {
        var x = Math.Pow(Math.Max(0, ratio), steepness);
        return x / (1 + x);
    }

    private static double Concession(WeekContext ctx, double ratio) => ConcessionShare(ratio, ctx.M.Bargaining.ConcessionSteepness);

    /// <summary>
    /// The employer's answer to an action over a demand. On a wage demand it offers the part of the remaining raise the
    /// pressure buys, and the demand is settled at that raise when it meets what the workers will take (their reservation,
    /// lower after each refusal); a non-wage demand is conceded or refused whole.
    /// </summary>
    public static void Answer(WeekContext ctx, DemandState d)
    {
        if (d.Kind == DemandKind.Wage)
        {
            var share = Concession(ctx, PressureRatio(ctx, ExpectedDisruption(ctx, ctx.CommittedShare()), DemandCost(ctx, d)));
            var raise = Math.Round(d.RemainingPct * share, Units.OfferDigits);
            var reservation = ctx.M.Bargaining.ReservationShare * Math.Max(0, 1 - ctx.M.Bargaining.StrikeFatigue * d.Refusals);
            if (raise > 0 && share >= reservation) ctx.Emit(new DemandWon(ctx.Week, ctx.Index, d.Id, raise));
            else ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, d.Id));
            return;
        }
        if (Concedes(ctx, d)) Concede(ctx, d);
        else ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, d.Id));
    }

    /// <summary>
    /// A strike over a demand, week by week: the employer concedes a non-wage demand when the pressure wins, and settles
    /// a wage demand at the part the strike buys when that meets what the strikers still hold out for (or, when the
    /// strike collapses, at whatever it buys then); a demand already won (or gone) ends it at once.
    /// </summary>
    public static void DemandStrikeWeek(WeekContext ctx, bool collapsed, double reservationShare)
    {
        var w = ctx.W;
        var demand = w.Demands.Find(w.Strike.DemandId);
        if (demand is null || demand.Won)
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.Strike.DaysSoFar(ctx.Week), true));
            return;
        }

        if (demand.Kind == DemandKind.Wage)
        {
            var share = Concession(ctx, StrikeRatio(ctx, demand));
            if (share >= reservationShare || collapsed)
            {
                var raise = Math.Round(demand.RemainingPct * share, Units.OfferDigits);
                ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.Strike.DaysSoFar(ctx.Week), share >= reservationShare));
                if (raise > 0) ctx.Emit(new DemandWon(ctx.Week, ctx.Index, demand.Id, raise));
                else ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, demand.Id));
            }
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

    /// <summary>Records a won non-wage demand, and the return to work of a fired worker when that was the demand.</summary>
    private static void Concede(WeekContext ctx, DemandState d)
    {
        ctx.Emit(new DemandWon(ctx.Week, ctx.Index, d.Id, 0));
        if (d.Worker >= 0 && !ctx.Workforce.Has(d.Worker, WorkerFlags.Employed))
            ctx.Emit(new WorkerReinstated(ctx.Week, ctx.Index, d.Worker));
    }

    /// <summary>The employer's resolve in a round of bargaining: drawn with its first offer of the round, then kept.</summary>
    private static double Resolve(WeekContext ctx) =>
        ctx.W.Bargaining.Resolve > 0
            ? ctx.W.Bargaining.Resolve
            : ctx.M.Bargaining.ResolveLow + ctx.M.Bargaining.ResolveWidth * ctx.Employer.NextDouble();

    /// <summary>
    /// The employer's offer at the table, recorded as <see cref="OfferMade"/>: the concession share of the remaining raise
    /// under the pressure it expects — the floor disruption it feels plus the threat of a strike (the authorising vote's
    /// yes share over an expected strike; or, when <paramref name="includeLatentThreat"/>, a small weight on the members'
    /// mood when no strike is authorised) — against the raise's cost weighted by its hostility and its resolve.
    /// Returns the offer, percent.
    /// </summary>
    public static double Offer(WeekContext ctx, bool includeLatentThreat)
    {
        var resolve = Resolve(ctx);
        var w = ctx.W;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        var offer = 0.0;
        if (w.Demands.OpenWageDemand is { } wage && ask > 0)
        {
            var e = ctx.Spec.Employer;
            var m = ctx.M.Bargaining;
            var strikeThreat = w.Bargaining.StrikeAuthorized
                ? w.Bargaining.LastStrikeVoteYesShare * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks
                : includeLatentThreat ? StrikeMood.Mood(w) * w.Union.BoardWillingness() * e.DisruptionCostMultiple * m.ExpectedStrikeWeeks * m.LatentStrikeWeight : 0;
            var ratio = PressureRatio(ctx, ExpectedDisruption(ctx, ctx.CommittedShare()) + strikeThreat, DemandCost(ctx, wage, UnitShare(ctx)) * resolve);
            offer = Math.Round(ask * Concession(ctx, ratio), Units.OfferDigits);
        }
        ctx.Emit(new OfferMade(ctx.Week, ctx.Index, offer, ask, resolve));
        return offer;
    }

    /// <summary>
    /// The employer's offer during a strike over the contract (Hicks's concession curve): the stoppage it faces — the
    /// share still out, kept up as long again as it has lasted plus the strike it expected — against the raise's cost.
    /// </summary>
    public static double OfferDuringStrike(WeekContext ctx)
    {
        var resolve = Resolve(ctx);
        var w = ctx.W;
        var ask = w.Demands.OpenWageDemand?.RemainingPct ?? 0;
        var offer = 0.0;
        if (w.Demands.OpenWageDemand is { } wage && ask > 0)
            offer = Math.Round(ask * Concession(ctx, StrikeRatio(ctx, wage, resolve, UnitShare(ctx))), Units.OfferDigits);
        ctx.Emit(new OfferMade(ctx.Week, ctx.Index, offer, ask, resolve));
        return offer;
    }

    /// <summary>Pressure ratio of a strike under way: the share still out, over the weeks it has lasted and the weeks it is expected to go on, against the demand's cost.</summary>
    private static double StrikeRatio(WeekContext ctx, DemandState demand, double resolve = 1, double? payrollShare = null)
    {
        var w = ctx.W;
        var employed = Math.Max(1, ctx.Workforce.Employed);
        var weeks = Math.Max(1, ctx.Week - w.Strike.StartWeek);
        var disruption = (double)w.Strike.Strikers / employed * ctx.Spec.Employer.DisruptionCostMultiple * (weeks + ctx.M.Bargaining.ExpectedStrikeWeeks);
        return PressureRatio(ctx, disruption, DemandCost(ctx, demand, payrollShare) * resolve);
    }

    /// <summary>
    /// Whether an employer is ready to sign a first contract this week: a weekly chance that a hostile employer with
    /// resolve stalls on, and pressure (the concession share it would offer) shortens.
    /// </summary>
    public static bool ReadyForFirstContract(WeekContext ctx)
    {
        var m = ctx.M.Bargaining;
        var resolve = Resolve(ctx);
        var w = ctx.W;
        var pressure = 0.0;
        if (w.Demands.OpenWageDemand is { } wage && wage.RemainingPct > 0)
            pressure = PressureRatio(ctx, ExpectedDisruption(ctx, ctx.CommittedShare()), DemandCost(ctx, wage, UnitShare(ctx)) * resolve);
        var chance = m.FirstContractPace * (1 + pressure) / (resolve * (1 + m.FirstContractStalling * ctx.Spec.Employer.Hostility));
        return ctx.Employer.Chance(chance);
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
