using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// What workers do without the committee: strikers going back to work, wildcats where anger boils over, and joining an
/// action already under way when the campaign starts. The employer answers such an action like any other.
/// </summary>
internal static class RankAndFile
{
    /// <summary>A strike's week: the strikers who go back to work, the least committed and most afraid first (ascending).</summary>
    public static int[] StrikersGoingBack(WorkplaceView v, Pcg32 participation)
    {
        var strike = v.W.Strike;
        var m = v.M.Participation;
        var f = v.Workforce;
        var back = new List<int>();
        for (var i = 0; i < f.Count; i++)
        {
            if (!strike.IsStriking(i)) continue;
            if (participation.Chance(m.StrikerReturnRate * (1 - f.Commitment[i]) * (m.StrikerReturnFearBase + f.Fear[i]))) back.Add(i);
        }

        return back.ToArray();
    }

    /// <summary>
    /// What strikers will still hold out for, as a share of the ask (Hicks 1932's resistance curve): the members'
    /// reservation, cut by the share who have gone back and by the weeks already spent on strike.
    /// </summary>
    public static double Resistance(WorkplaceView v)
    {
        var strike = v.W.Strike;
        var m = v.M.Bargaining;
        var holding = strike.StartParticipants == 0 ? 0 : (double)strike.Strikers / strike.StartParticipants;
        var weeks = Math.Max(1, v.Week - strike.StartWeek);
        return m.ReservationShare * holding * Math.Max(0, 1 - m.StrikeFatigue * weeks);
    }

    /// <summary>
    /// Wildcats: spontaneous action needs an informal leader — a worker willing to lead, off the committee, angry — and a
    /// provocation in her department (a violation, a firing or worse conditions in the last few weeks). Now and then such a worker walks
    /// off the job for a short while with the angry coworkers she knows (if enough will go first with her), and those who
    /// join them by the participation rule go too; nothing else on the
    /// floor can have happened lately. A walkout presses the grievance of the moment, not the campaign's demands, so
    /// the employer answers it only with discipline where it breaches a no-strike clause.
    /// </summary>
    public static IEnumerable<CampaignEvent> Wildcats(WorkplaceView v, Pcg32 participation) =>
        WildcatStarters(v, participation) is { } starters
            ? ActionCall.Call(v, participation, v.Posture with { OutsideOfficialChannels = true }, Tactic.Walkout, WildcatGrievance, DecisionMaker.Workers, starters)
            : [];

    /// <summary>The informal leader and ringleaders of this week's wildcat, or null when none starts.</summary>
    private static List<int>? WildcatStarters(WorkplaceView v, Pcg32 participation)
    {
        var w = v.W;
        var m = v.M.Participation;
        var f = v.Workforce;
        if (w.Strike.On || v.Week - w.Pressure.LastActionWeek < m.WildcatQuietWeeks) return null;
        var provoked = w.Pressure.LastProvocationWeek;
        const WorkerFlags leader = WorkerFlags.Employed | WorkerFlags.WouldLead;
        for (var i = f.NextWith(0, leader, WorkerFlags.Committee); i >= 0; i = f.NextWith(i + 1, leader, WorkerFlags.Committee))
        {
            if (f.Grievance[i] < m.WildcatLeaderGrievance || v.Week - provoked[f.Department[i]] > m.WildcatProvocationWeeks) continue;
            if (!participation.Chance(m.WildcatChance)) continue;
            var starters = Ringleaders(v, i);
            if (starters.Count >= m.WildcatMinStarters) return starters;
        }

        return null;
    }

    /// <summary>An informal leader and the angry coworkers she knows, who agree to go first with her.</summary>
    private static List<int> Ringleaders(WorkplaceView v, int leader)
    {
        var f = v.Workforce;
        var starters = new List<int> { leader };
        var known = f.Ties is null ? Enumerable.Range(0, f.Count).Where(j => j != leader) : f.Ties[leader];
        foreach (var j in known)
            if (f.Has(j, WorkerFlags.Employed) && f.Grievance[j] >= v.M.Participation.WildcatJoinGrievance) starters.Add(j);
        starters.Sort();
        return starters;
    }

    /// <summary>What a wildcat presses: the grievance of the moment, not a demand of the campaign.</summary>
    public const string WildcatGrievance = "conditions";

    /// <summary>
    /// Coworkers are already acting when the campaign starts: a share of them (drawn from the shocks' stream) marches on
    /// the boss on their own over the first open demand; the employer answers it like any action over a demand.
    /// </summary>
    public static IEnumerable<CampaignEvent> ActionUnderWay(WorkplaceView v, Pcg32 shocks, Pcg32 participation, double share)
    {
        var f = v.Workforce;
        var starters = new List<int>();
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed) && shocks.Chance(share)) starters.Add(i);
        if (starters.Count == 0) yield break;
        var demand = v.W.Demands.FirstOpen;
        foreach (var e in ActionCall.Call(v, participation, v.Posture with { OutsideOfficialChannels = true }, Tactic.MarchOnTheBoss,
                     demand?.Id ?? WildcatGrievance, DecisionMaker.Workers, starters))
            yield return e;
    }
}
