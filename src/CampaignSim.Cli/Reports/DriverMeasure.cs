using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Cli.Reports;

/// <summary>
/// An intermediate measure that can explain why outcomes differ (committee size, deep contacts, conflict hours …),
/// with the clause that reports a difference in it.
/// </summary>
/// <param name="Metric">How to read and format it.</param>
/// <param name="Clause">The clause for a difference: amount (with unit) and whether it is higher.</param>
public sealed record DriverMeasure(OutcomeMetric Metric, Func<string, bool, string> Clause)
{
    /// <summary>The measures, in the order they are considered.</summary>
    public static IReadOnlyList<DriverMeasure> All { get; } = Build();

    private static IReadOnlyList<DriverMeasure> Build()
    {
        var deep = OutcomeMetric.All.FirstOrDefault(m => m.Id == "deepContacts")
            ?? new OutcomeMetric("deepContacts", "Deep one-on-ones", "count", o => o.DeepContacts, "deep organizing conversations held");
        var clauses = new (string Id, Func<string, bool, string> Clause)[]
        {
            ("committeePeak", (a, up) => $"its committee peaks {a} {(up ? "larger" : "smaller")}"),
            ("deepContacts", (a, up) => $"it holds {a} {(up ? "more" : "fewer")} deep one-on-ones"),
            ("leadersDeveloped", (a, up) => $"the committee draws in {a} {(up ? "more" : "fewer")} over the campaign"),
            ("actions", (a, up) => $"it calls {a} {(up ? "more" : "fewer")} actions"),
            ("peakParticipation", (a, up) => $"its largest action draws {a} {(up ? "more" : "less")} of the workforce"),
            ("crossClassParticipation", (a, up) => $"its largest action draws {a} {(up ? "more" : "less")} of the workers outside the bargaining unit"),
            ("strikeDays", (a, up) => $"its members spend {a} {(up ? "more" : "fewer")} on strike"),
            ("unprotectedActions", (a, up) => $"{a} {(up ? "more" : "fewer")} of its actions breach a no-strike clause"),
            ("grievancesFiled", (a, up) => $"{a} {(up ? "more" : "fewer")} grievances are taken up"),
            ("violations", (a, up) => $"the employer breaks the rules {a} {(up ? "more" : "fewer")} times"),
            ("conflictHours", (a, up) => $"its organizers spend {a} {(up ? "more" : "fewer")} mediating with the union's leadership"),
            ("campaignHours", (a, up) => $"its organizers spend {a} {(up ? "more" : "fewer")} campaigning for union office"),
        };
        return clauses
            .Select(c => (c.Clause, Metric: c.Id == deep.Id ? deep : OutcomeMetric.All.FirstOrDefault(m => m.Id == c.Id)))
            .Where(c => c.Metric is not null)
            .Select(c => new DriverMeasure(c.Metric!, c.Clause))
            .ToArray();
    }
}
