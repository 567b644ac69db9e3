using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Bargaining;

/// <summary>
/// How much an employer gives: the cost of a demand against the disruption it expects, weighted by its hostility and, at
/// the table, its resolve, turned into a concession by Hicks's (1932) concession curve (docs/ODD.md §7.4, §7.10). Pure
/// functions of what the employer can see; the decisions that use them are in <see cref="BargainingTable"/> and
/// <see cref="DemandAnswers"/>.
/// </summary>
internal static class Concession
{
    /// <summary>
    /// The employer's concession under a pressure ratio r: r^k / (1 + r^k), with k the concession steepness. On a raise it
    /// is the share of the ask it will give; on a whole (non-wage) demand, the chance it gives in. One half when the
    /// disruption it expects equals the weighted cost; near nothing well below that and near everything well above it,
    /// so a large ask settles well below itself while a small one can be won in full.
    /// </summary>
    public static double Share(double ratio, double steepness)
    {
        var x = Math.Pow(Math.Max(0, ratio), steepness);
        return x / (1 + x);
    }

    /// <summary>The concession under the scenario's steepness.</summary>
    public static double Share(WorkplaceView v, double ratio) => Share(ratio, v.M.Bargaining.ConcessionSteepness);

    /// <summary>
    /// Cost of a demand to the employer over its planning horizon, in weeks of payroll. A wage raise costs the remaining
    /// raise times the payroll share it covers (by default, the share of employed workers in the classes the demand
    /// concerns) for every week of the horizon, times the demand's cost multiplier.
    /// </summary>
    public static double DemandCost(WorkplaceView v, DemandState d, double? payrollShare = null) =>
        d.Kind == DemandKind.Wage
            ? d.RemainingPct / Units.Percent * v.Spec.Employer.PlanningHorizonWeeks * d.Cost * (payrollShare ?? v.Workforce.EmployedShareIn(d.Classes))
            : d.Cost;

    /// <summary>
    /// Expected cost of refusing, in weeks of payroll: the disruption now felt (<see cref="Employer.EmployerPressure.Threat"/>)
    /// times the cost of a full stoppage, kept up for the weeks it expects, discounted by the chance the workers keep
    /// it up (the share the committee can count on).
    /// </summary>
    public static double ExpectedDisruption(WorkplaceView v, double committedShare) =>
        v.W.Pressure.Threat * v.Spec.Employer.DisruptionCostMultiple * v.M.Employer.ExpectedDisruptionWeeks * committedShare;

    /// <summary>Pressure relative to resistance: expected disruption over cost weighted by hostility.</summary>
    public static double PressureRatio(WorkplaceView v, double disruption, double cost) =>
        cost <= 0 ? v.M.Employer.MaxPressureRatio : disruption / (cost * (1 + v.W.EmployerHostility));

    /// <summary>The pressure ratio of the disruption the floor makes now against a demand's cost.</summary>
    public static double FloorRatio(WorkplaceView v, DemandState d) =>
        PressureRatio(v, ExpectedDisruption(v, v.CommittedShare()), DemandCost(v, d));

    /// <summary>Pressure ratio of a strike under way: the share still out, over the weeks it has lasted and the weeks it is expected to go on, against the demand's cost.</summary>
    public static double StrikeRatio(WorkplaceView v, DemandState demand, double resolve = 1, double? payrollShare = null)
    {
        var w = v.W;
        var employed = Math.Max(1, v.Workforce.Employed);
        var weeks = Math.Max(1, v.Week - w.Strike.StartWeek);
        var political = v.Spec.Employer.Public ? 1 + v.M.Employer.PoliticalCostPerStrikeWeek * weeks : 1;
        var disruption = (double)w.Strike.Strikers / employed * v.Spec.Employer.DisruptionCostMultiple * political * (weeks + v.M.Bargaining.ExpectedStrikeWeeks);
        return PressureRatio(v, disruption, DemandCost(v, demand, payrollShare) * resolve);
    }

    /// <summary>
    /// The resolve the employer bargains with after the members have rejected contracts in this round: each rejection
    /// shows it the members will not settle cheaply, and it gives up a share of its resolve, down to a floor.
    /// </summary>
    public static double Softened(WorkplaceView v, double resolve) =>
        resolve * Math.Max(v.M.Bargaining.ResolveFloorAfterRejections, 1 - v.M.Bargaining.ResolveCutPerRejection * v.W.Bargaining.RejectedOffers);

    /// <summary>The employer's resolve in a round of bargaining: drawn with its first offer of the round, then kept.</summary>
    public static double Resolve(WorkplaceView v, Pcg32 employer) =>
        v.W.Bargaining.Resolve > 0
            ? v.W.Bargaining.Resolve
            : v.M.Bargaining.ResolveLow + v.M.Bargaining.ResolveWidth * employer.NextDouble();
}
