using System.Globalization;

namespace CampaignSim.Cli.Arguments;

/// <summary>
/// A bound on the campaigns one command may simulate (runs × models × points × …), checked before anything is run or
/// written: each option has its own range, but together they could ask for billions of campaigns, days of work that
/// would only end by being stopped (docs/cli.md, Limits).
/// </summary>
public static class JobSize
{
    /// <summary>Most campaigns one command may simulate: hours of work on two cores at about a millisecond a campaign.</summary>
    public const long MaxCampaigns = 20_000_000;

    /// <summary>Refuses a job of more than <see cref="MaxCampaigns"/> campaigns, naming how the count is made.</summary>
    /// <param name="campaigns">Campaigns the job would simulate.</param>
    /// <param name="made">How the count is made, e.g. "200 points × 100,000 runs × 6 models".</param>
    /// <param name="smaller">What to lower, e.g. "--runs or the points".</param>
    public static void Check(long campaigns, string made, string smaller)
    {
        if (campaigns <= MaxCampaigns)
        {
            return;
        }

        throw new UsageException(
            $"this job would simulate {campaigns.ToString("N0", CultureInfo.InvariantCulture)} campaigns ({made}); one command may simulate at most "
            + $"{MaxCampaigns.ToString("N0", CultureInfo.InvariantCulture)}, hours of work on two cores; lower {smaller}. Nothing was run or written.");
    }

    /// <summary>A count in words for <see cref="Check"/>: "100,000 runs".</summary>
    public static string Count(long value, string unit) => $"{value.ToString("N0", CultureInfo.InvariantCulture)} {unit}";
}
