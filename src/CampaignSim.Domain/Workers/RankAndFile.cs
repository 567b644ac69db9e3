using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// What workers do without the committee: strikers going back to work, wildcats where anger boils over, and joining an
/// action already under way when the campaign starts. The employer answers such an action like any other.
/// </summary>
internal static class RankAndFile
{
    /// <summary>
    /// A strike's week: some strikers go back, the least committed and most afraid first. Returns whether the strike has
    /// collapsed (too few still out, or out too long), or null when the strike is not in a week where this applies.
    /// </summary>
    public static bool? StrikeWeek(WeekContext ctx)
    {
        var w = ctx.W;
        var strike = w.Strike;
        if (!strike.On || ctx.Week <= strike.StartWeek) return null;
        var rng = ctx.Participation;
        var m = ctx.M.Participation;
        var f = ctx.Workforce;
        var back = new List<int>();
        for (var i = 0; i < f.Count; i++)
        {
            if (!strike.IsStriking(i)) continue;
            if (rng.Chance(m.StrikerReturnRate * (1 - f.Commitment[i]) * (m.StrikerReturnFearBase + f.Fear[i]))) back.Add(i);
        }
        if (back.Count > 0) ctx.Emit(new StrikersReturned(ctx.Week, ctx.Index, back.ToArray()));

        var weeks = ctx.Week - strike.StartWeek;
        return strike.Strikers < m.StrikeCollapseShare * strike.StartParticipants || weeks >= m.MaxStrikeWeeks;
    }

    /// <summary>
    /// What strikers will still hold out for, as a share of the ask (Hicks 1932's resistance curve): the members'
    /// reservation, cut by the share who have gone back and by the weeks already spent on strike.
    /// </summary>
    public static double Resistance(WeekContext ctx)
    {
        var strike = ctx.W.Strike;
        var m = ctx.M.Bargaining;
        var holding = strike.StartParticipants == 0 ? 0 : (double)strike.Strikers / strike.StartParticipants;
        var weeks = Math.Max(1, ctx.Week - strike.StartWeek);
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
    public static void Wildcats(WeekContext ctx)
    {
        var w = ctx.W;
        var m = ctx.M.Participation;
        var f = ctx.Workforce;
        if (w.Strike.On || ctx.Week - w.Pressure.LastActionWeek < m.WildcatQuietWeeks) return;
        var provoked = w.Pressure.LastProvocationWeek;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed | WorkerFlags.WouldLead) || f.Has(i, WorkerFlags.Committee)) continue;
            if (f.Grievance[i] < m.WildcatLeaderGrievance || ctx.Week - provoked[f.Department[i]] > m.WildcatProvocationWeeks) continue;
            if (!ctx.Participation.Chance(m.WildcatChance)) continue;
            var starters = Ringleaders(ctx, i);
            if (starters.Count < m.WildcatMinStarters) continue;
            ActionCall.Call(ctx, ctx.Posture with { OutsideOfficialChannels = true }, Tactic.Walkout, WildcatGrievance, DecisionMaker.Workers, starters);
            return;
        }
    }

    /// <summary>An informal leader and the angry coworkers she knows, who agree to go first with her.</summary>
    private static List<int> Ringleaders(WeekContext ctx, int leader)
    {
        var f = ctx.Workforce;
        var starters = new List<int> { leader };
        if (f.Ties is null) return starters;
        foreach (var j in f.Ties[leader])
            if (f.Has(j, WorkerFlags.Employed) && f.Grievance[j] >= ctx.M.Participation.WildcatJoinGrievance) starters.Add(j);
        starters.Sort();
        return starters;
    }

    /// <summary>What a wildcat presses: the grievance of the moment, not a demand of the campaign.</summary>
    public const string WildcatGrievance = "conditions";

    /// <summary>Coworkers are already acting when the campaign starts: a share of them marches on the boss on their own. Returns the demand pressed.</summary>
    public static DemandState? ActionUnderWay(WeekContext ctx, double share)
    {
        var f = ctx.Workforce;
        var starters = new List<int>();
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed) && ctx.Shocks.Chance(share)) starters.Add(i);
        if (starters.Count == 0) return null;
        var demand = ctx.W.Demands.FirstOpen;
        ActionCall.Call(ctx, ctx.Posture with { OutsideOfficialChannels = true }, Tactic.MarchOnTheBoss, demand?.Id ?? "conditions", DecisionMaker.Workers, starters);
        return demand;
    }
}
