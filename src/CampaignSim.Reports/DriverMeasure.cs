using CampaignSim.Analysis.Drivers;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>
/// How the report names a difference in one of <see cref="DriverAnalysis.MeasureIds"/> (committee size, deep contacts,
/// conflict hours …).
/// </summary>
/// <param name="Metric">How to read and format it.</param>
/// <param name="Clause">The clause for a difference: amount (with unit) and whether it is higher.</param>
public sealed record DriverMeasure(OutcomeMetric Metric, Func<string, bool, string> Clause)
{
    private static readonly Dictionary<string, Func<string, bool, string>> Clauses = new()
    {
        ["committeePeak"] = (a, up) => $"its committee peaks {a} {(up ? "larger" : "smaller")}",
        ["deepContacts"] = (a, up) => $"it holds {a} {(up ? "more" : "fewer")} deep one-on-ones",
        ["leadersDeveloped"] = (a, up) => $"the committee draws in {a} {(up ? "more" : "fewer")} over the campaign",
        ["actions"] = (a, up) => $"it calls {a} {(up ? "more" : "fewer")} actions",
        ["peakParticipationAbovePetition"] = (a, up) => $"its largest action above a petition draws {a} {(up ? "more" : "less")} of the workforce",
        ["peakParticipation"] = (a, up) => $"its largest action, petitions included, draws {a} {(up ? "more" : "less")} of the workforce",
        ["crossClassParticipation"] = (a, up) => $"its largest action draws {a} {(up ? "more" : "less")} of the workers outside the bargaining unit",
        ["strikeDays"] = (a, up) => $"its members spend {a} {(up ? "more" : "fewer")} on strike",
        ["unprotectedActions"] = (a, up) => $"{a} {(up ? "more" : "fewer")} of its actions breach a no-strike clause",
        ["grievancesFiled"] = (a, up) => $"{a} {(up ? "more" : "fewer")} grievances are taken up",
        ["violations"] = (a, up) => $"the employer breaks the rules {a} {(up ? "more" : "fewer")} times",
        ["conflictHours"] = (a, up) => $"its organizers spend {a} {(up ? "more" : "fewer")} mediating with the union's leadership",
        ["campaignHours"] = (a, up) => $"its organizers spend {a} {(up ? "more" : "fewer")} campaigning for union office",
    };

    /// <summary>The phrasing of a measure; a measure without its own clause is named by its label.</summary>
    public static DriverMeasure Get(string metricId)
    {
        var metric = OutcomeMetric.Get(metricId);
        return new DriverMeasure(metric, Clauses.TryGetValue(metricId, out var clause)
            ? clause
            : (a, up) => $"{metric.Label.ToLowerInvariant()} is {a} {(up ? "higher" : "lower")}");
    }
}
