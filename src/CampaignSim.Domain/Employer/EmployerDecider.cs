using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Employer;

/// <summary>
/// The employer on the floor: breaks terms where the floor is unorganized, holds captive-audience meetings and red-baits
/// when organizing shows, retaliates against visible leaders (more where protection is weak, most against probationary
/// workers) and disciplines unprotected action. Its offers, concessions and strike settlements are in
/// <see cref="Bargaining.BargainingTable"/> and <see cref="Bargaining.DemandAnswers"/>. It decides with its own random
/// stream.
/// </summary>
internal static class EmployerDecider
{
    /// <summary>Organizers (committee members, and stewards where a union is present) per department, and employed workers per department.</summary>
    public static (int[] Organizers, int[] Employed) FloorPresence(WorkplaceView v)
    {
        var f = v.Workforce;
        var departments = Math.Max(1, v.Spec.Departments);
        var employed = new int[departments];
        var organizers = new int[departments];
        for (var d = 0; d < departments; d++)
        {
            employed[d] = f.EmployedInDepartment(d);
            organizers[d] = f.OrganizersInDepartment(d, v.W.Union.Present);
        }

        return (organizers, employed);
    }

    /// <summary>How organized a department's floor is, 0–1: full at one organizer per <c>organizersPerWorkerForFullPresence</c> workers.</summary>
    public static double Presence(WorkplaceView v, int organizers, int employed) =>
        Clamp.Unit(organizers / (v.M.Employer.OrganizersPerWorkerForFullPresence * employed));

    /// <summary>Small violations, one chance per department, less likely the more organized the department's floor is.</summary>
    public static IEnumerable<CampaignEvent> Violations(WorkplaceView v, Pcg32 employer)
    {
        var (organizers, employed) = FloorPresence(v);
        for (var d = 0; d < employed.Length; d++)
        {
            if (employed[d] == 0) continue;
            var presence = Presence(v, organizers[d], employed[d]);
            if (!employer.Chance(v.Spec.Employer.ViolationRate * (1 - presence))) continue;
            yield return new EmployerViolatedTerms(v.Week, v.Index, d, v.W.Union.ContractInForce);
        }
    }

    /// <summary>Captive-audience meetings and red-baiting, once organizing is visible.</summary>
    public static IEnumerable<CampaignEvent> Messaging(WorkplaceView v, Pcg32 employer, Pcg32 charges)
    {
        // Tested before the iterator starts, so that the quiet weeks allocate nothing.
        var visible = v.Workforce.CommitteeSize >= v.M.Employer.VisibleCommitteeSize || PetitionPending(v) || RecentAction(v);
        return visible ? Messages(v, employer, charges) : [];
    }

    private static IEnumerable<CampaignEvent> Messages(WorkplaceView v, Pcg32 employer, Pcg32 charges)
    {
        var w = v.W;
        var e = v.Spec.Employer;
        var m = v.M.Employer;
        var drive = PetitionPending(v);
        var recentAction = RecentAction(v);
        // Captive-audience meetings argue against a union: where there is none yet, or where one is in a fight the employer
        // wants to break (a drive, action on the floor, a strike vote); not in a unit long represented and at peace.
        var fight = !w.Union.Present || drive || recentAction || w.Bargaining.StrikeAuthorized || w.Strike.On;
        if (e.CaptiveAudienceMeetings && fight && employer.Chance(w.EmployerHostility * (drive ? m.CaptiveAudienceChanceInDrive : m.CaptiveAudienceChance)))
            yield return new CaptiveAudienceMeetingHeld(v.Week, v.Index, charges.Chance(m.ThreatChance));
        if (employer.Chance(w.EmployerHostility * e.RedBaiting * m.RedBaitingChance))
            yield return new RedBaitingRun(v.Week, v.Index);
    }

    /// <summary>
    /// Targeted retaliation. A known committee where no union represents the workers draws it at full strength, as does
    /// recent action or a pending petition (more so during the drive); where a union represents the workers, they are
    /// singled out for what they do, and a quiet floor draws the quiet level. Where no union represents the workers, some
    /// weeks a hostile employer decides to break the organization before it becomes one and fires its known leaders,
    /// and a solidarity union's members, together (a purge, as at Stardust, docs/ODD.md §7.7);
    /// otherwise each visible worker faces a weekly chance proportional to hostility and visibility, reduced by her
    /// protection, higher on probation, a first offence a discipline and then a firing.
    /// </summary>
    public static IEnumerable<CampaignEvent> Retaliation(WorkplaceView v, Pcg32 employer)
    {
        var w = v.W;
        var f = v.Workforce;
        var e = v.Spec.Employer;
        var p = v.Posture;
        var m = v.M.Employer;
        var committee = f.CommitteeSize;
        var drive = PetitionPending(v);
        var alert = RecentAction(v) || drive || w.Strike.On;
        var heat = !w.Public ? (committee > 0 ? m.UndergroundHeat : m.QuietHeat)
            : alert || (committee > 0 && !w.Union.Present && !p.RecognitionDrive) ? 1.0 : m.QuietHeat;
        if (drive) heat *= m.DriveHeatFactor;
        var rate = e.RetaliationRate * w.EmployerHostility * heat;
        if (rate <= 0) yield break;
        if (w.Public && !w.Union.Present && employer.Chance(m.PurgeChance * w.EmployerHostility * heat))
        {
            var known = 0;
            for (var i = 0; i < f.Count; i++)
                if (OnPurgeList(f, i, m)) known++;
            if (known >= m.VisibleCommitteeSize)
            {
                for (var i = 0; i < f.Count; i++)
                {
                    if (OnPurgeList(f, i, m) && employer.Chance(1 - Protection(v, p, i))) yield return Fire(v, i, lawful: false);
                }
                yield break;
            }
        }
        for (var i = f.NextVisible(0, m.MinVisibilityForRetaliation); i >= 0; i = f.NextVisible(i + 1, m.MinVisibilityForRetaliation))
        {
            var chance = rate * f.Visibility[i] * (1 - Protection(v, p, i)) * (f.Probation[i] > 0 ? m.ProbationRiskFactor : 1);
            if (!employer.Chance(chance)) continue;
            if (f.Disciplines[i] == 0 && f.Probation[i] == 0)
                yield return new WorkerDisciplined(v.Week, v.Index, i, false);
            else
                yield return Fire(v, i, lawful: false);
        }
    }

    /// <summary>
    /// Whom a purge takes, once organizing is public: the known leaders (at <c>purgeMinVisibility</c> or above) and the
    /// members of a solidarity union, which acts in the open under its own name, so that its members are known by the
    /// marches they join, the buttons they wear and the letters they sign (Stardust Family United, docs/sources.md §7).
    /// </summary>
    private static bool OnPurgeList(Workforce f, int i, EmployerMechanics m) =>
        f.Has(i, WorkerFlags.Employed) && (f.Visibility[i] >= m.PurgeMinVisibility || f.Has(i, WorkerFlags.Solidarity));

    /// <summary>Whether a recognition petition awaits its election (a won one no longer counts).</summary>
    private static bool PetitionPending(WorkplaceView v) => v.W.Docket.PetitionFiled && !v.W.Union.Certified;

    /// <summary>Whether an action was called within the weeks an action keeps the employer on alert.</summary>
    private static bool RecentAction(WorkplaceView v) => v.Week - v.W.Pressure.LastActionWeek < v.M.Employer.ActionMemoryWeeks;

    /// <summary>
    /// Protection from retaliation, 0–1: a just-cause contract for bargaining-unit members while one is in force,
    /// combined with the union's legal help when it stands behind the committee.
    /// </summary>
    public static double Protection(WorkplaceView v, ModelPosture p, int i)
    {
        var legal = v.Scenario.Legal;
        var contract = v.W.CoveredByContract(i) ? legal.ContractProtection : 0;
        var union = v.W.Union.Present && p.UnionBacksCommittee && v.Workforce.Has(i, WorkerFlags.Mainstream) ? legal.UnionLegalProtection : 0;
        return 1 - (1 - contract) * (1 - union);
    }

    /// <summary>A worker fired; the legal channel and the committee react to the firing.</summary>
    private static WorkerFired Fire(WorkplaceView v, int i, bool lawful) =>
        new(v.Week, v.Index, i, v.Workforce.Has(i, WorkerFlags.Committee), lawful);

    /// <summary>The employer fires its most visible worker-leader (a committee member if there is one).</summary>
    public static IEnumerable<CampaignEvent> FireMostVisible(WorkplaceView v)
    {
        var f = v.Workforce;
        var best = -1;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed)) continue;
            if (best < 0) { best = i; continue; }
            var iLeads = f.Has(i, WorkerFlags.Committee);
            var bestLeads = f.Has(best, WorkerFlags.Committee);
            if ((iLeads && !bestLeads) || (iLeads == bestLeads && f.Visibility[i] > f.Visibility[best])) best = i;
        }
        if (best >= 0) yield return Fire(v, best, lawful: false);
    }

    /// <summary>
    /// This run's employer: the scenario's hostility times (1 + <c>mechanics.employer.hostilitySpread</c> × a standard
    /// normal draw), kept within 0–1 (with no spread, no number is drawn). Drawn from the workforce's stream after the
    /// workforce, so every organizing model in a replication faces the same employer.
    /// </summary>
    public static EmployerStanceSet Stance(WorkplaceSpec spec, EmployerMechanics m, int workplace, Pcg32 workforce)
    {
        var hostility = spec.Employer.Hostility;
        if (m.HostilitySpread > 0) hostility = Math.Round(Clamp.Unit(hostility * (1 + m.HostilitySpread * workforce.NextNormal(0, 1))), Units.ReceptivenessDigits);
        return new EmployerStanceSet(0, workplace, hostility);
    }

    /// <summary>Lawful discipline after an action that breached a no-strike clause: leaders most of all, a second offence a firing.</summary>
    public static IEnumerable<CampaignEvent> DisciplineUnprotected(WorkplaceView v, Pcg32 employer, int[] participants)
    {
        var f = v.Workforce;
        var hostility = v.W.EmployerHostility;
        var m = v.M.Employer;
        foreach (var i in participants)
        {
            var leader = f.Has(i, WorkerFlags.Committee);
            if (!employer.Chance(hostility * (leader ? m.UnprotectedDisciplineLeader : m.UnprotectedDisciplineMember))) continue;
            if (leader && f.Disciplines[i] > 0) yield return Fire(v, i, lawful: true);
            else yield return new WorkerDisciplined(v.Week, v.Index, i, true);
        }
    }
}
