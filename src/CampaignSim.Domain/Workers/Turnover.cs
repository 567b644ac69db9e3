using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// Turnover (docs/ODD.md §7.2): each week every employed worker not on strike quits with the chance
/// <c>workplaces[].turnover</c> / 52, and a new hire takes her place at once — her job class, department, wage and
/// ties — drawn as the scenario draws a worker who is not on the committee, on probation, with no card, no
/// organizing relationship and no history with the employer. A scenario with no turnover draws nothing.
/// </summary>
internal static class Turnover
{
    /// <summary>The week's quits and their replacements, from the turnover stream.</summary>
    public static IEnumerable<CampaignEvent> Week(WorkplaceView v, Pcg32 rng) => v.Spec.Turnover <= 0 ? [] : Quits(v, rng);

    private static IEnumerable<CampaignEvent> Quits(WorkplaceView v, Pcg32 rng)
    {
        var f = v.Workforce;
        var chance = v.Spec.Turnover / Units.WeeksPerYear;
        List<int>? quits = null;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed) || v.W.Strike.IsStriking(i)) continue;
            if (rng.Chance(chance)) (quits ??= []).Add(i);
        }

        if (quits is null) yield break;
        var hires = new WorkerProfile[quits.Count];
        for (var k = 0; k < quits.Count; k++) hires[k] = Hire(v, quits[k], rng);
        var leaders = quits.Where(i => f.Has(i, WorkerFlags.Committee)).ToArray();
        yield return new WorkersQuit(v.Week, v.Index, quits.ToArray(), hires, leaders);
    }

    /// <summary>The new hire in worker <paramref name="i"/>'s place.</summary>
    private static WorkerProfile Hire(WorkplaceView v, int i, Pcg32 rng)
    {
        var spec = v.Spec;
        var f = v.Workforce;
        var m = v.M.Workforce;
        var grievance = Clamp.Unit(rng.NextNormal(spec.Grievance.Mean, spec.Grievance.Sd));
        var fear = Clamp.Unit(rng.NextNormal(spec.Fear.Mean, spec.Fear.Sd));
        var trust = Clamp.Unit(rng.NextNormal(spec.TrustInUnion.Mean, spec.TrustInUnion.Sd));
        var threshold = WorkforceBuilder.DrawThreshold(spec.Thresholds, i, f.Count, rng);
        var member = v.W.Union.Present && f.InUnit(i) && rng.Chance(spec.Union.MembershipShare);
        var commitment = m.InitialCommitmentLow + m.InitialCommitmentWidth * rng.NextDouble();
        var wouldLead = rng.Chance(spec.Behaviour.LeaderShare);
        return new WorkerProfile(f.JobClass[i], f.Department[i], f.Wage[i], spec.ProbationWeeks, grievance, fear, trust, threshold,
            commitment, false, false, member, wouldLead);
    }
}
