using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// The committee's week: how its hours are spent (meetings, mediation, servicing, election campaigning,
/// trainings, one-on-ones), whom it talks to, who is recruited and who burns out.
/// </summary>
internal static class Organizing
{
    /// <summary>Tries at finding a coworker of a committee member who can be contacted.</summary>
    public const int NetworkTargetTries = 6;

    /// <summary>Tries at drawing a worker who can be contacted, before the hour is given up.</summary>
    public const int RandomTargetTries = 8;

    /// <summary>
    /// The committee's week: meetings, mediation, servicing and campaigning come off the members' hours, then bringing
    /// new members in, then trainings; what is left goes to deep one-on-ones. Each member keeps up a limited number of
    /// relationships with coworkers: she follows up the ones she has, and opens new ones along her ties (now and then
    /// cold, or through a committed contact's ties) while she has room. Staff and a city-wide committee's organizers
    /// contact coworkers without a committee relationship; an election campaign makes shallow contacts with members.
    /// </summary>
    public static IEnumerable<CampaignEvent> Week(WorkplaceView v, Pcg32 rng)
    {
        var w = v.W;
        var p = v.Posture;
        var m = v.M.Organizing;
        var committee = v.Workforce.CommitteeMembers();
        var committeeHours = committee.Count * v.Spec.Committee.HoursPerMemberPerWeek;
        var meetings = Math.Min(committeeHours, committee.Count * p.OrganizationsToMeetIn * m.MeetingHoursPerOrganization);
        var rest = committeeHours - meetings;
        var conflict = p.MediatesWithLeadership && w.Union.Present && !w.Union.Disaffiliated
            ? Math.Min(rest * m.MaxConflictShare, w.Union.ConflictLoad + w.Union.Hostility * committee.Count * m.ConflictHoursPerMember)
            : 0;
        rest -= conflict;
        var servicing = rest * (1 - p.OrganizingShare);
        rest -= servicing;
        var campaign = w.Union.Present ? rest * p.ElectionCampaignShare : 0;
        rest -= campaign;
        var onboarding = Math.Min(rest * m.MaxOnboardingShare, v.Workforce.OnboardingLoad);
        rest -= onboarding;

        var trainers = new List<OrganizationKind>();
        if (p.UnionResources && (w.Union.Present || p.RecognitionDrive) && rng.Chance(v.Spec.Union.Resources * m.UnionTrainingChance)) trainers.Add(OrganizationKind.Mainstream);
        if (p.SolidarityUnion && rng.Chance(v.Scenario.SolidarityUnion.TrainingsPerQuarter / Units.WeeksPerQuarter)) trainers.Add(OrganizationKind.Solidarity);
        var cityHours = v.City.Present ? v.City.SharedHoursPerWorkplace : 0;
        var trainingHours = 0.0;
        for (var k = trainers.Count - 1; k >= 0; k--)
        {
            if (rest + cityHours < m.TrainingHours) { trainers.RemoveAt(k); continue; }
            trainingHours += m.TrainingHours;
            rest -= m.TrainingHours;
        }
        var committeeContactHours = Math.Max(0, rest);
        var cityLent = Math.Max(0, cityHours + Math.Min(0, rest));
        var staffHours = StaffHours(v, p);

        yield return new CommitteeWeekPlanned(v.Week, v.Index, committeeContactHours + cityLent, trainingHours, campaign, conflict, meetings, servicing, onboarding, staffHours);
        if (p.SolidarityUnion)
        {
            // The committee of a model that builds a solidarity union is that union's core: its founders are its first
            // members, as a recruit to the committee joins it with her seat.
            foreach (var i in committee)
                if (v.Workforce.Has(i, WorkerFlags.Employed) && !v.Workforce.Has(i, WorkerFlags.Solidarity))
                    yield return new WorkerJoinedOrganization(v.Week, v.Index, i, OrganizationKind.Solidarity);
        }

        var familiarity = Receptiveness.SolidarityFamiliarity(w);
        var craft = v.CraftLimited(p);
        if (committee.Count > 0)
        {
            var slots = Whole(committeeContactHours / m.DeepContactHours, rng);
            var first = rng.NextInt(committee.Count);
            for (var k = 0; k < slots; k++)
            {
                var member = committee[(first + k) % committee.Count];
                if (!v.Workforce.Has(member, WorkerFlags.Employed | WorkerFlags.Committee)) continue;
                var target = CommitteeTarget(v, member, craft, rng);
                if (target < 0) continue;
                yield return Conversation(v, p, target, ContactDepth.Deep, byStaff: false, member, familiarity);
                if (FollowUps(v, rng, p, target) is { } followUps)
                    foreach (var e in followUps) yield return e;
            }
        }

        var outside = Whole((staffHours + cityLent) / m.DeepContactHours, rng);
        for (var k = 0; k < outside; k++)
        {
            var target = RandomTarget(v, craft, rng, m.RecontactWeeks, mainstreamOnly: false, unattachedOnly: true);
            if (target < 0) continue;
            yield return Conversation(v, p, target, ContactDepth.Deep, byStaff: true, organizer: -1, familiarity);
            if (FollowUps(v, rng, p, target) is { } followUps)
                foreach (var e in followUps) yield return e;
        }
        var shallow = Whole(campaign / m.ShallowContactHours, rng);
        for (var k = 0; k < shallow; k++)
        {
            var target = RandomTarget(v, true, rng, m.ShallowRecontactWeeks, mainstreamOnly: true, unattachedOnly: false);
            if (target < 0) continue;
            yield return Conversation(v, p, target, ContactDepth.Shallow, byStaff: false, organizer: -1, familiarity);
        }

        foreach (var by in trainers)
        {
            if (Train(v, by, rng) is { } training) yield return training;
        }

        foreach (var e in Attrition(v, rng)) yield return e;
    }

    /// <summary>
    /// Whom a committee member talks to: a relationship due for a follow-up, else, while she has room for another, a
    /// coworker she knows (sometimes one she does not, sometimes a committed contact's coworker); else nobody. Her
    /// relationships are kept by the workforce as one-on-ones open them (<see cref="Workforce.RelationshipsOf"/>), in
    /// worker order, then in the order opened this week.
    /// </summary>
    private static int CommitteeTarget(WorkplaceView v, int member, bool craft, Pcg32 rng)
    {
        var f = v.Workforce;
        var m = v.M.Organizing;
        var held = f.RelationshipsOf(member);
        var commitment = f.Commitment;
        var lastContact = f.LastContactWeek;
        var week = v.Week;
        var counted = m.CountedCommitment;
        var maintenance = m.MaintenanceWeeks;
        var recontact = m.RecontactWeeks;
        foreach (var i in held)
        {
            if (!f.Has(i, WorkerFlags.Employed) || f.Has(i, WorkerFlags.Committee)) continue;
            var interval = commitment[i] >= counted ? maintenance : recontact;
            if (week - lastContact[i] >= interval) return i;
        }
        if (held.Length >= m.RelationshipsPerMember) return -1;

        int target;
        if (f.Ties is null || rng.Chance(m.ColdContactShare))
        {
            target = RandomTarget(v, craft, rng, m.RecontactWeeks, mainstreamOnly: false, unattachedOnly: true);
        }
        else
        {
            target = UnattachedTie(v, member, craft, rng);
            if (target < 0 && rng.Chance(m.IntroductionShare)) target = Introduction(v, held, craft, rng);
        }
        return target;
    }

    /// <summary>A coworker tied to <paramref name="worker"/> whom nobody on the committee organizes yet.</summary>
    private static int UnattachedTie(WorkplaceView v, int worker, bool craft, Pcg32 rng)
    {
        var f = v.Workforce;
        var ties = f.Ties![worker];
        if (ties.Length == 0) return -1;
        for (var attempt = 0; attempt < NetworkTargetTries; attempt++)
        {
            var j = ties[rng.NextInt(ties.Length)];
            if (Eligible(f, v.Week, j, craft, v.M.Organizing.RecontactWeeks, false, unattachedOnly: true)) return j;
        }
        return -1;
    }

    /// <summary>A coworker reached through one of the member's committed contacts, who introduces her.</summary>
    private static int Introduction(WorkplaceView v, ReadOnlySpan<int> held, bool craft, Pcg32 rng)
    {
        var f = v.Workforce;
        var counted = v.M.Organizing.CountedCommitment;
        var committed = 0;
        foreach (var i in held)
            if (Committed(i)) committed++;
        if (committed == 0) return -1;
        var pick = rng.NextInt(committed);
        foreach (var i in held)
        {
            if (!Committed(i)) continue;
            if (pick-- == 0) return UnattachedTie(v, i, craft, rng);
        }
        return -1;

        bool Committed(int i) => f.Has(i, WorkerFlags.Employed) && f.Commitment[i] >= counted;
    }

    /// <summary>Union staff hours spent organizing here: the model's share, scaled by how willing the leadership is.</summary>
    private static double StaffHours(WorkplaceView v, ModelPosture p)
    {
        if (!v.W.Union.Present && !p.RecognitionDrive) return 0;
        if (v.W.Union.Disaffiliated) return 0;
        var l = v.M.Leadership;
        var willingness = v.W.Union.Stance switch
        {
            UnionStance.Militant => l.StaffEffortMilitant,
            UnionStance.Mixed => l.StaffEffortMixed,
            _ => l.StaffEffortBusiness,
        };
        return v.Spec.Union.StaffOrganizers * v.Spec.Union.StaffHoursPerWeek * p.StaffOrganizingShare * willingness;
    }

    /// <summary>A one-on-one with worker <paramref name="i"/>, with how open she is and how the organization behind the organizer appeals to her.</summary>
    private static OneOnOneHeld Conversation(WorkplaceView v, ModelPosture p, int i, ContactDepth depth, bool byStaff, int organizer, double familiarity)
    {
        var w = v.W;
        var identity = byStaff ? CommitteeIdentity.Mainstream : p.Identity;
        var openness = Math.Round(Receptiveness.Openness(w, i), Units.ReceptivenessDigits);
        var appeal = Math.Round(Receptiveness.Appeal(w, i, identity, familiarity), Units.ReceptivenessDigits);
        return new OneOnOneHeld(v.Week, v.Index, i, depth, byStaff, organizer, openness, appeal);
    }

    /// <summary>
    /// What a deep one-on-one leads to, decided once it has been folded (on her commitment after the conversation): a
    /// worker willing to lead and committed enough may be recruited to the committee (joining the solidarity union with
    /// it where the model builds one); a committed worker may join the solidarity union, and a mainstream member the
    /// caucus. None of these events changes what the later ones are decided on, except that a recruit already in the
    /// solidarity union is not asked to join it again. Null when it leads to none (most conversations).
    /// </summary>
    private static List<CampaignEvent>? FollowUps(WorkplaceView v, Pcg32 rng, ModelPosture p, int i)
    {
        var f = v.Workforce;
        var m = v.M.Organizing;
        List<CampaignEvent>? events = null;
        var solidarity = f.Has(i, WorkerFlags.Solidarity);
        if (!f.Has(i, WorkerFlags.Committee) && f.Has(i, WorkerFlags.WouldLead) && f.Commitment[i] >= v.Spec.Behaviour.CommitteeThreshold && rng.Chance(m.RecruitChance))
        {
            (events ??= []).Add(new WorkerJoinedCommittee(v.Week, v.Index, i));
            if (p.SolidarityUnion && !solidarity)
            {
                events.Add(new WorkerJoinedOrganization(v.Week, v.Index, i, OrganizationKind.Solidarity));
                solidarity = true;
            }
        }

        if (f.Commitment[i] < m.CountedCommitment) return events;
        if (p.SolidarityUnion && !solidarity && f.Commitment[i] >= SolidarityJoinCommitment(v, i) && rng.Chance(m.SolidarityJoinChance))
            (events ??= []).Add(new WorkerJoinedOrganization(v.Week, v.Index, i, OrganizationKind.Solidarity));
        if (p.Identity == CommitteeIdentity.Caucus && !f.Has(i, WorkerFlags.Caucus) && f.Has(i, WorkerFlags.Mainstream))
            (events ??= []).Add(new WorkerJoinedOrganization(v.Week, v.Index, i, OrganizationKind.Caucus));
        return events;
    }

    /// <summary>
    /// Commitment at which a worker takes out a solidarity-union card: a member of the mainstream union takes a second card
    /// and pays second dues, a bigger step (<c>solidarityJoinCommitment</c>); for a worker with no union card it is her
    /// first, signed at the commitment at which a worker signs a union card in a drive (<c>cardSigningCommitment</c>).
    /// </summary>
    private static double SolidarityJoinCommitment(WorkplaceView v, int i) =>
        v.Workforce.Has(i, WorkerFlags.Mainstream) ? v.M.Organizing.SolidarityJoinCommitment : v.M.Elections.CardSigningCommitment;

    private static int RandomTarget(WorkplaceView v, bool craft, Pcg32 rng, int recontact, bool mainstreamOnly, bool unattachedOnly)
    {
        var w = v.Workforce;
        if (w.Count == 0) return -1;
        for (var attempt = 0; attempt < RandomTargetTries; attempt++)
        {
            var j = rng.NextInt(w.Count);
            if (Eligible(w, v.Week, j, craft, recontact, mainstreamOnly, unattachedOnly)) return j;
        }
        return -1;
    }

    private static bool Eligible(Workforce w, int week, int j, bool craft, int recontact, bool mainstreamOnly, bool unattachedOnly) =>
        w.Has(j, WorkerFlags.Employed)
        && !w.Has(j, WorkerFlags.Committee)
        && week - w.LastContactWeek[j] >= recontact
        && (!craft || w.InUnit(j))
        && (!mainstreamOnly || w.Has(j, WorkerFlags.Mainstream))
        && (!unattachedOnly || w.OrganizerOf[j] < 0);

    private static TrainingHeld? Train(WorkplaceView v, OrganizationKind by, Pcg32 rng)
    {
        var w = v.Workforce;
        var m = v.M.Organizing;
        var pool = new List<int>();
        var commitment = w.Commitment;
        var trained = m.TrainingCommitment;
        for (var i = 0; i < commitment.Length; i++)
            if (w.Has(i, WorkerFlags.Employed) && (w.Has(i, WorkerFlags.Committee) || (w.Has(i, WorkerFlags.DeepContact) && commitment[i] >= trained)))
                pool.Add(i);
        if (pool.Count == 0) return null;
        var seats = Math.Min(m.TrainingSeats, pool.Count);
        for (var k = 0; k < seats; k++)
        {
            var j = k + rng.NextInt(pool.Count - k);
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }
        var attendees = pool.Take(seats).Order().ToArray();
        return new TrainingHeld(v.Week, v.Index, by, attendees);
    }

    /// <summary>Members who burn out and leave the committee: the tired or frightened, more of them in a losing run.</summary>
    private static IEnumerable<CampaignEvent> Attrition(WorkplaceView v, Pcg32 rng)
    {
        var w = v.Workforce;
        var m = v.M.Organizing;
        var burnout = m.BurnoutChance * (1 + m.BurnoutPerDefeat * v.W.Committee.ConsecutiveDefeats);
        foreach (var i in w.CommitteeMembers())
        {
            if (!w.Has(i, WorkerFlags.Employed | WorkerFlags.Committee)) continue;
            if ((w.Commitment[i] < m.BurnoutCommitment || w.Fear[i] > m.BurnoutFear) && rng.Chance(burnout))
                yield return new WorkerLeftCommittee(v.Week, v.Index, i);
        }
    }

    /// <summary>A whole number of contacts from fractional hours: the floor, plus one with the fraction's probability.</summary>
    private static int Whole(double x, Pcg32 rng)
    {
        var whole = (int)x;
        return whole + (rng.Chance(x - whole) ? 1 : 0);
    }
}
