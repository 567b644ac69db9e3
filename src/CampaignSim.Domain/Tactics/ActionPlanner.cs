using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Legal;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Tactics;

/// <summary>
/// Floor actions: the committee picks a demand and the highest rung it believes it can carry (one rung above
/// the last tried, within what the model allows under the contract), workers decide to join by the threshold
/// rule, the employer answers, and unprotected action brings lawful discipline. Also strikes week by week and
/// spontaneous wildcats where grievance boils over.
/// </summary>
internal static class ActionPlanner
{
    public static void Week(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        var c = ctx.M.Actions;
        if (!p.FloorActions || w.StrikeOn || w.CommitteeSize < c.MinCommitteeToAct) return;
        if (ctx.Week - w.LastActionWeek < c.WeeksBetweenActions) return;
        var demand = NextDemand(ctx, p);
        if (demand is null) return;
        var estimate = ctx.CommittedShare();
        var allowed = w.NoStrikeClauseInForce ? p.HighestUnderNoStrikeClause : p.HighestOtherwise;
        if (allowed == Tactic.Strike && !p.StrikesOnTheFloor) allowed = Tactic.SickOut;
        var ceiling = (Tactic)Math.Min((int)allowed, Math.Max((int)Tactic.Petition, demand.LastRung + 1));
        for (var r = ceiling; r >= Tactic.Petition; r--)
        {
            var needed = r == Tactic.Strike ? p.StrikeTarget : TacticCatalog.Profile(ctx.M, r).NeededShare * p.SupportNeededFactor;
            if (needed > estimate) continue;
            var taken = Call(ctx, p, r, demand.Id, p.ActionsDecidedBy, ctx.CommitteeMembers());
            if (r != Tactic.Strike && taken) EmployerAgent.Respond(ctx, demand);
            return;
        }
    }

    private static DemandState? NextDemand(WeekContext ctx, ModelPosture p)
    {
        var w = ctx.W;
        foreach (var d in w.Demands)
        {
            if (d.Won) continue;
            if (d.Kind == Scenarios.DemandKind.Wage && !p.WagesOnTheFloor && (w.UnionPresent || p.RecognitionDrive)) continue;
            if (d.Worker >= 0 && w.Has(d.Worker, WorkerFlags.Employed)) continue;
            if (ctx.Week - d.LastRefusedWeek < ctx.M.Actions.WeeksAfterRefusal) continue;
            return d;
        }
        return null;
    }

    /// <summary>Calls an action and records who joined; returns whether anyone did.</summary>
    public static bool Call(WeekContext ctx, ModelPosture p, Tactic tactic, string demandId, DecisionMaker by, IEnumerable<int> initiators)
    {
        var w = ctx.W;
        var profile = TacticCatalog.Profile(ctx.M, tactic);
        var breaches = w.NoStrikeClauseInForce && TacticCatalog.Of(tactic).BreachesNoStrikeClause;
        var outside = p.OutsideOfficialChannels && w.UnionPresent;
        ctx.Emit(new ActionCalled(ctx.Week, ctx.Index, tactic, demandId, by, !breaches, outside));
        var participants = Participants(ctx, p, tactic, !breaches, outside, initiators);
        var share = w.Employed == 0 ? 0 : (double)participants.Length / w.Employed;
        var supporters = tactic is Tactic.Picket or Tactic.Strike && ctx.City.Present ? ctx.City.PicketSupport * ctx.M.Participation.CityPicketSupportShare : 0;
        var pressure = Math.Round(profile.Pressure * (share + supporters), Units.PressureDigits);
        ctx.Emit(new ActionTaken(ctx.Week, ctx.Index, tactic, participants, pressure));
        if (breaches) DisciplineUnprotected(ctx, p, participants);
        return participants.Length > 0;
    }

    /// <summary>
    /// Effective thresholds: a worker's own threshold, raised by fear scaled by the action's risk (more when it is
    /// unprotected), by lost pay, by a craft line between her and the union calling it, by a hostile leadership
    /// she trusts when the action is unofficial, and by red-baiting stigma; lowered by grievance and commitment.
    /// A craft union's call does not reach workers outside its unit: they join only through their ties.
    /// </summary>
    public static int[] Participants(WeekContext ctx, ModelPosture p, Tactic tactic, bool isProtected, bool outside, IEnumerable<int> initiators)
    {
        var w = ctx.W;
        var b = ctx.Spec.Behaviour;
        var m = ctx.M.Participation;
        var profile = TacticCatalog.Profile(ctx.M, tactic);
        var craft = ctx.CraftLimited(p);
        var familiarity = IdentityCatalog.Profile(ctx.M, p.Identity).RedBaitingExposed ? Workers.Receptiveness.SolidarityFamiliarity(w) : 1.0;
        var stigma = w.Stigma * (1 - familiarity) * m.StigmaWeight;
        var lostPay = m.LostPayWeight * profile.LostPayDays / Units.WorkdaysPerWeek;
        var thresholds = new double[w.N];
        var eligible = new bool[w.N];
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed)) continue;
            eligible[i] = true;
            var t = w.Threshold[i]
                    + b.FearWeight * w.Fear[i] * profile.Risk * (isProtected ? 1 : m.UnprotectedFearFactor)
                    - b.GrievanceWeight * w.Grievance[i]
                    - b.CommitmentWeight * w.Commitment[i]
                    + lostPay * (1 - w.Commitment[i])
                    + stigma;
            var otherCraft = craft && !w.InUnit[w.JobClass[i]];
            if (otherCraft) t = Math.Max(t + b.CrossCraftPenalty, b.CrossCraftPenalty);
            if (outside) t += w.LeadershipHostility * w.Trust[i] * m.LoyaltyWeight;
            thresholds[i] = t;
            eligible[i] = Willingness(w, i, profile, isProtected) - (otherCraft ? b.CrossCraftPenalty : 0) > m.WillingnessFloor;
        }
        var starters = initiators.Where(i => w.Has(i, WorkerFlags.Employed) && w.Fear[i] < m.InitiatorFearLimit).ToArray();
        foreach (var i in starters) eligible[i] = true;
        return ThresholdCascade.Run(thresholds, eligible, starters, w.Ties);
    }

    /// <summary>
    /// Whether a worker would act at all, apart from her coworkers (Epstein 2002: grievance net of risk): grievance,
    /// amplified by commitment, against fear scaled by the action's risk (more when unprotected) and lost pay.
    /// The threshold rule then decides when she joins; this decides whether she ever can.
    /// </summary>
    public static double Willingness(WorkplaceState w, int i, TacticProfile profile, bool isProtected)
    {
        var m = w.Scenario.Mechanics.Participation;
        return w.Grievance[i] * (m.WillingnessGrievance + w.Commitment[i])
               - w.Fear[i] * profile.Risk * (isProtected ? m.WillingnessFearProtected : m.WillingnessFearUnprotected)
               - m.LostPayWeight * profile.LostPayDays / Units.WorkdaysPerWeek * (1 - w.Commitment[i]);
    }

    /// <summary>Lawful discipline after a breach of a no-strike clause: leaders most of all.</summary>
    private static void DisciplineUnprotected(WeekContext ctx, ModelPosture p, int[] participants)
    {
        var w = ctx.W;
        var hostility = ctx.Spec.Employer.Hostility;
        var e = ctx.M.Employer;
        foreach (var i in participants)
        {
            var leader = w.Has(i, WorkerFlags.Committee);
            if (!ctx.Employer.Chance(hostility * (leader ? e.UnprotectedDisciplineLeader : e.UnprotectedDisciplineMember))) continue;
            if (leader && w.Disciplines[i] > 0) LegalChannel.Fire(ctx, p, i, lawful: true);
            else ctx.Emit(new WorkerDisciplined(ctx.Week, ctx.Index, i, true));
        }
    }

    /// <summary>A strike's week: some strikers go back, and the employer weighs settling.</summary>
    public static void StrikeWeek(WeekContext ctx, Action<WeekContext, bool> settleContract)
    {
        var w = ctx.W;
        if (!w.StrikeOn || ctx.Week <= w.StrikeStartWeek) return;
        var rng = ctx.Participation;
        var m = ctx.M.Participation;
        var back = new List<int>();
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Striking)) continue;
            if (rng.Chance(m.StrikerReturnRate * (1 - w.Commitment[i]) * (m.StrikerReturnFearBase + w.Fear[i]))) back.Add(i);
        }
        if (back.Count > 0) ctx.Emit(new StrikersReturned(ctx.Week, ctx.Index, back.ToArray()));

        var weeks = ctx.Week - w.StrikeStartWeek;
        var collapsed = w.Strikers < m.StrikeCollapseShare * w.StrikeStartParticipants || weeks >= m.MaxStrikeWeeks;
        if (w.StrikeDemandId == WorkplaceState.ContractDemandId)
        {
            settleContract(ctx, collapsed);
            return;
        }
        var demand = w.Demands.Find(d => d.Id == w.StrikeDemandId);
        if (demand is null || demand.Won)
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.StrikeDaysSoFar(ctx.Week), true));
            return;
        }
        var ratio = EmployerAgent.PressureRatio(ctx, EmployerAgent.ExpectedDisruption(ctx, ctx.CommittedShare()), EmployerAgent.DemandCost(ctx, demand));
        if (ctx.Employer.Chance(EmployerAgent.ConcessionChance(ratio)))
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.StrikeDaysSoFar(ctx.Week), true));
            EmployerAgent.Concede(ctx, demand, demand.Kind == Scenarios.DemandKind.Wage ? demand.RemainingPct : 0);
        }
        else if (collapsed)
        {
            ctx.Emit(new StrikeEnded(ctx.Week, ctx.Index, w.StrikeDaysSoFar(ctx.Week), false));
            ctx.Emit(new DemandRefused(ctx.Week, ctx.Index, demand.Id));
        }
    }

    /// <summary>
    /// Wildcats: where a department's mean grievance is high and nothing has been called for a while,
    /// its angriest workers may walk out (a sick-out) on their own, whatever the model.
    /// </summary>
    public static void Wildcats(WeekContext ctx)
    {
        var w = ctx.W;
        var m = ctx.M.Participation;
        if (w.StrikeOn || ctx.Week - w.LastActionWeek < m.WildcatQuietWeeks) return;
        var departments = Math.Max(1, ctx.Spec.Departments);
        var sum = new double[departments];
        var count = new int[departments];
        for (var i = 0; i < w.N; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed)) continue;
            sum[w.Department[i]] += w.Grievance[i];
            count[w.Department[i]]++;
        }
        for (var d = 0; d < departments; d++)
        {
            if (count[d] < m.WildcatMinStarters || sum[d] / count[d] <= m.WildcatDepartmentGrievance || !ctx.Participation.Chance(m.WildcatChance)) continue;
            var starters = new List<int>();
            for (var i = 0; i < w.N; i++)
                if (w.Department[i] == d && w.Has(i, WorkerFlags.Employed) && w.Grievance[i] > m.WildcatStarterGrievance) starters.Add(i);
            if (starters.Count < m.WildcatMinStarters) continue;
            var p = ctx.Posture;
            var demand = w.Demands.FirstOrDefault(x => !x.Won);
            Call(ctx, p with { OutsideOfficialChannels = true }, Tactic.SickOut, demand?.Id ?? "conditions", DecisionMaker.Workers, starters);
            if (demand is not null) EmployerAgent.Respond(ctx, demand);
            return;
        }
    }
}
