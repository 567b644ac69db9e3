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
    /// Wildcats: where a department's mean grievance is high and nothing has been called for a while, its angriest
    /// workers may walk out (a sick-out) on their own, whatever the model. Returns the demand it presses when one is
    /// called, for the employer to answer.
    /// </summary>
    public static DemandState? Wildcats(WeekContext ctx)
    {
        var w = ctx.W;
        var m = ctx.M.Participation;
        var f = ctx.Workforce;
        if (w.Strike.On || ctx.Week - w.Pressure.LastActionWeek < m.WildcatQuietWeeks) return null;
        var departments = Math.Max(1, ctx.Spec.Departments);
        var sum = new double[departments];
        var count = new int[departments];
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed)) continue;
            sum[f.Department[i]] += f.Grievance[i];
            count[f.Department[i]]++;
        }
        for (var d = 0; d < departments; d++)
        {
            if (count[d] < m.WildcatMinStarters || sum[d] / count[d] <= m.WildcatDepartmentGrievance || !ctx.Participation.Chance(m.WildcatChance)) continue;
            var starters = new List<int>();
            for (var i = 0; i < f.Count; i++)
                if (f.Department[i] == d && f.Has(i, WorkerFlags.Employed) && f.Grievance[i] > m.WildcatStarterGrievance) starters.Add(i);
            if (starters.Count < m.WildcatMinStarters) continue;
            var demand = w.Demands.FirstOpen;
            ActionCall.Call(ctx, ctx.Posture with { OutsideOfficialChannels = true }, Tactic.SickOut, demand?.Id ?? "conditions", DecisionMaker.Workers, starters);
            return demand;
        }
        return null;
    }

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
