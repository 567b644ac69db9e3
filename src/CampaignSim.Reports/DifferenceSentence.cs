using CampaignSim.Reports.Output;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports;

/// <summary>Plain sentences for paired differences: "independent-solidarity raises wages by 3.10 points more than business-unionism (95% CI 2.40 to 3.80)".</summary>
public static class DifferenceSentence
{
    /// <summary>The sentence for a model's difference from the baseline on one metric.</summary>
    public static string For(OutcomeMetric metric, string model, string baseline, PairedDifference d)
    {
        var up = d.MeanDifference > 0;
        var amount = MetricFormat.Amount(metric, d);
        var more = up ? "more" : "less";
        var fewer = up ? "more" : "fewer";
        var body = metric.Id switch
        {
            "wageChangePct" => $"{model} raises wages by {amount} {more} than {baseline}",
            "demandsWon" => $"{model} wins {amount} {fewer} demands than {baseline}",
            "contractWon" => $"{model} is {amount} {more} likely to win a contract than {baseline}",
            "contractWagePct" => $"contracts under {model} raise wages by {amount} {more} than under {baseline}",
            "anyFiring" => $"{model} makes a firing {amount} {more} likely than {baseline}",
            "firings" => $"{model} sees {amount} {fewer} firings than {baseline}",
            "leadersFired" => $"{model} sees {amount} {fewer} committee members fired than {baseline}",
            "disciplines" => $"{model} sees {amount} {fewer} disciplinary actions than {baseline}",
            "peakParticipationAbovePetition" => $"under {model} the largest action above a petition draws {amount} {more} of the workforce than under {baseline}",
            "peakParticipation" => $"under {model} the largest action, petitions included, draws {amount} {more} of the workforce than under {baseline}",
            "crossClassParticipation" => $"under {model} the largest action draws {amount} {more} of the workers outside the bargaining unit than under {baseline}",
            "strikeDays" => $"{model} spends {amount} {fewer} on strike than {baseline}",
            "duesPerWorker" => $"{model} costs {amount} {more} in dues than {baseline}",
            "conflictHours" => $"under {model} organizers spend {amount} {fewer} mediating with the union's leadership than under {baseline}",
            "workerControl" => $"under {model} workers make {amount} {more} of the decisions than under {baseline}",
            _ => $"{metric.Label} is {amount} {(up ? "higher" : "lower")} under {model} than under {baseline}",
        };
        return $"{Capitalize(body)} (95% CI {MetricFormat.MagnitudeInterval(metric, d)}).";
    }

    private static string Capitalize(string text) =>
        text.StartsWith("under ", StringComparison.Ordinal) ? "U" + text[1..] : text;
}
