using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// A model's cost criterion in its two parts, means over runs: dues per worker, and organizer hours of conflict with the
/// union's leadership per worker valued at <see cref="Ranking.HourValue"/>.
/// </summary>
/// <param name="Dues">Dues paid to both unions over the campaign, dollars per worker.</param>
/// <param name="ConflictHours">Conflict hours per worker over the campaign.</param>
/// <param name="Weeks">Length of the campaign in weeks, for yearly figures.</param>
public sealed record CostPerWorker(double Dues, double ConflictHours, int Weeks)
{
    /// <summary>The conflict hours in dollars per worker.</summary>
    public double Conflict => ConflictHours * Ranking.HourValue;

    /// <summary>Dues plus conflict, dollars per worker over the campaign: the ranking's cost criterion.</summary>
    public double Total => TotalOf(Dues, ConflictHours);

    /// <summary>The total per worker per year.</summary>
    public double PerYear => Weeks <= 0 ? Total : Total / (Weeks / Units.WeeksPerYear);

    /// <summary>Dues plus conflict hours at <see cref="Ranking.HourValue"/>, dollars per worker: the one formula of the cost criterion.</summary>
    /// <param name="duesPerWorker">Dues per worker, dollars.</param>
    /// <param name="conflictHoursPerWorker">Conflict hours per worker.</param>
    public static double TotalOf(double duesPerWorker, double conflictHoursPerWorker) =>
        duesPerWorker + conflictHoursPerWorker * Ranking.HourValue;

    /// <summary>The cost of one model of a comparison.</summary>
    public static CostPerWorker Of(ComparisonResult result, string modelId)
    {
        var model = result[modelId];
        var workers = Ranking.Workers(result.Request.Scenario);
        return new CostPerWorker(model["duesPerWorker"].Mean, model["conflictHours"].Mean / workers, result.Request.Scenario.Weeks);
    }
}
