using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// The committee's week: how its hours are spent (meetings, mediation, servicing, election campaigning,
/// trainings, one-on-ones), whom it talks to, who is recruited and who burns out.
/// </summary>
internal static class Organizing
{
    /// <summary>Tries at finding a coworker of a committee member who can be contacted, before a cold contact.</summary>
    public const int NetworkTargetTries = 6;

    /// <summary>Tries at drawing a worker who can be contacted, before the hour is given up.</summary>
    public const int RandomTargetTries = 8;

    public static void Week(WeekContext ctx)
    {
        var w = ctx.W;
        var p = ctx.Posture;
        var rng = ctx.Organizing;
        var m = ctx.M.Organizing;
        var committee = ctx.Workforce.CommitteeMembers();
        var committeeHours = committee.Count * ctx.Spec.Committee.HoursPerMemberPerWeek;
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

        var trainers = new List<OrganizationKind>();
        if (p.UnionResources && (w.Union.Present || p.RecognitionDrive) && rng.Chance(ctx.Spec.Union.Resources * m.UnionTrainingChance)) trainers.Add(OrganizationKind.Mainstream);
        if (p.SolidarityUnion && rng.Chance(ctx.Scenario.SolidarityUnion.TrainingsPerQuarter / Units.WeeksPerQuarter)) trainers.Add(OrganizationKind.Solidarity);
        var trainingHours = 0.0;
        for (var k = trainers.Count - 1; k >= 0; k--)
        {
            if (rest + (ctx.City.Present ? ctx.City.SharedHoursPerWorkplace : 0) < m.TrainingHours) { trainers.RemoveAt(k); continue; }
            trainingHours += m.TrainingHours;
            rest -= m.TrainingHours;
        }
        var cityHours = ctx.City.Present ? ctx.City.SharedHoursPerWorkplace : 0;
        var oneOnOneHours = Math.Max(0, rest + cityHours);
        var staffHours = StaffHours(ctx, p);

        ctx.Emit(new CommitteeWeekPlanned(ctx.Week, ctx.Index, oneOnOneHours, trainingHours, campaign, conflict, meetings, servicing, staffHours));

        var familiarity = Receptiveness.SolidarityFamiliarity(w);
        var craft = ctx.CraftLimited(p);
        var deep = Whole(oneOnOneHours / m.DeepContactHours, rng);
        for (var k = 0; k < deep; k++)
        {
            var target = NetworkTarget(ctx, committee, craft, rng);
            if (target >= 0) Contact(ctx, p, target, ContactDepth.Deep, false, familiarity);
        }
        var staffDeep = Whole(staffHours / m.DeepContactHours, rng);
        for (var k = 0; k < staffDeep; k++)
        {
            var target = RandomTarget(ctx, craft, rng, m.RecontactWeeks, mainstreamOnly: false);
            if (target >= 0) Contact(ctx, p, target, ContactDepth.Deep, true, familiarity);
        }
        var shallow = Whole(campaign / m.ShallowContactHours, rng);
        for (var k = 0; k < shallow; k++)
        {
            var target = RandomTarget(ctx, true, rng, m.ShallowRecontactWeeks, mainstreamOnly: true);
            if (target >= 0) Contact(ctx, p, target, ContactDepth.Shallow, false, familiarity);
        }

        foreach (var by in trainers) Train(ctx, by, rng);
        Attrition(ctx, rng);
    }

    /// <summary>Union staff hours spent organizing here: the model's share, scaled by how willing the leadership is.</summary>
    private static double StaffHours(WeekContext ctx, ModelPosture p)
    {
        if (!ctx.W.Union.Present && !p.RecognitionDrive) return 0;
        if (ctx.W.Union.Disaffiliated) return 0;
        var l = ctx.M.Leadership;
        var willingness = ctx.W.Union.Stance switch
        {
            UnionStance.Militant => l.StaffEffortMilitant,
            UnionStance.Mixed => l.StaffEffortMixed,
            _ => l.StaffEffortBusiness,
        };
        return ctx.Spec.Union.StaffOrganizers * ctx.Spec.Union.StaffHoursPerWeek * p.StaffOrganizingShare * willingness;
    }

    private static void Contact(WeekContext ctx, ModelPosture p, int i, ContactDepth depth, bool byStaff, double familiarity)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        var identity = byStaff ? CommitteeIdentity.Mainstream : p.Identity;
        var receptiveness = Math.Round(Receptiveness.Of(w, i, identity, familiarity), Units.ReceptivenessDigits);
        ctx.Emit(new OneOnOneHeld(ctx.Week, ctx.Index, i, depth, byStaff, receptiveness));
        if (depth == ContactDepth.Shallow) return;

        var rng = ctx.Organizing;
        var m = ctx.M.Organizing;
        if (!f.Has(i, WorkerFlags.Committee) && f.Has(i, WorkerFlags.WouldLead) && f.Commitment[i] >= ctx.Spec.Behaviour.CommitteeThreshold && rng.Chance(m.RecruitChance))
        {
            ctx.Emit(new WorkerJoinedCommittee(ctx.Week, ctx.Index, i));
            if (p.SolidarityUnion && !f.Has(i, WorkerFlags.Solidarity))
                ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Solidarity));
        }
        if (f.Commitment[i] < m.CountedCommitment) return;
        if (p.SolidarityUnion && !f.Has(i, WorkerFlags.Solidarity) && f.Commitment[i] >= m.SolidarityJoinCommitment && rng.Chance(m.SolidarityJoinChance))
            ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Solidarity));
        if (p.Identity == CommitteeIdentity.Caucus && !f.Has(i, WorkerFlags.Caucus) && f.Has(i, WorkerFlags.Mainstream))
            ctx.Emit(new WorkerJoinedOrganization(ctx.Week, ctx.Index, i, OrganizationKind.Caucus));
    }

    /// <summary>Organizing along ties: a coworker of a committee member (now and then a cold contact).</summary>
    private static int NetworkTarget(WeekContext ctx, List<int> committee, bool craft, Pcg32 rng)
    {
        var w = ctx.Workforce;
        var recontact = ctx.M.Organizing.RecontactWeeks;
        if (committee.Count == 0 || w.Ties is null || rng.Chance(ctx.M.Organizing.ColdContactShare)) return RandomTarget(ctx, craft, rng, recontact, false);
        for (var attempt = 0; attempt < NetworkTargetTries; attempt++)
        {
            var ties = w.Ties[committee[rng.NextInt(committee.Count)]];
            if (ties.Length == 0) continue;
            var j = ties[rng.NextInt(ties.Length)];
            if (Eligible(w, ctx.Week, j, craft, recontact, false)) return j;
        }
        return RandomTarget(ctx, craft, rng, recontact, false);
    }

    private static int RandomTarget(WeekContext ctx, bool craft, Pcg32 rng, int recontact, bool mainstreamOnly)
    {
        var w = ctx.Workforce;
        if (w.Count == 0) return -1;
        for (var attempt = 0; attempt < RandomTargetTries; attempt++)
        {
            var j = rng.NextInt(w.Count);
            if (Eligible(w, ctx.Week, j, craft, recontact, mainstreamOnly)) return j;
        }
        return -1;
    }

    private static bool Eligible(Workforce w, int week, int j, bool craft, int recontact, bool mainstreamOnly) =>
        w.Has(j, WorkerFlags.Employed)
        && !w.Has(j, WorkerFlags.Committee)
        && week - w.LastContactWeek[j] >= recontact
        && (!craft || w.InUnit(j))
        && (!mainstreamOnly || w.Has(j, WorkerFlags.Mainstream));

    private static void Train(WeekContext ctx, OrganizationKind by, Pcg32 rng)
    {
        var w = ctx.Workforce;
        var m = ctx.M.Organizing;
        var pool = new List<int>();
        for (var i = 0; i < w.Count; i++)
            if (w.Has(i, WorkerFlags.Employed) && (w.Has(i, WorkerFlags.Committee) || (w.Has(i, WorkerFlags.DeepContact) && w.Commitment[i] >= m.TrainingCommitment)))
                pool.Add(i);
        if (pool.Count == 0) return;
        var seats = Math.Min(m.TrainingSeats, pool.Count);
        for (var k = 0; k < seats; k++)
        {
            var j = k + rng.NextInt(pool.Count - k);
            (pool[k], pool[j]) = (pool[j], pool[k]);
        }
        var attendees = pool.Take(seats).Order().ToArray();
        ctx.Emit(new TrainingHeld(ctx.Week, ctx.Index, by, attendees));
    }

    private static void Attrition(WeekContext ctx, Pcg32 rng)
    {
        var w = ctx.Workforce;
        var m = ctx.M.Organizing;
        for (var i = 0; i < w.Count; i++)
        {
            if (!w.Has(i, WorkerFlags.Employed | WorkerFlags.Committee)) continue;
            if ((w.Commitment[i] < m.BurnoutCommitment || w.Fear[i] > m.BurnoutFear) && rng.Chance(m.BurnoutChance))
                ctx.Emit(new WorkerLeftCommittee(ctx.Week, ctx.Index, i));
        }
    }

    /// <summary>A whole number of contacts from fractional hours: the floor, plus one with the fraction's probability.</summary>
    private static int Whole(double x, Pcg32 rng)
    {
        var whole = (int)x;
        return whole + (rng.Chance(x - whole) ? 1 : 0);
    }
}
