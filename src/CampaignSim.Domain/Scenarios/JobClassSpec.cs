namespace CampaignSim.Domain.Scenarios;

/// <summary>A job class (craft).</summary>
public sealed record JobClassSpec
{
    /// <summary>Identifier (letters, digits, dashes).</summary>
    public string Id { get; init; } = "all";

    /// <summary>Share of the workforce in this class, 0–1; shares sum to 1.</summary>
    public double Share { get; init; } = 1.0;

    /// <summary>Hourly wage in dollars, 0–1,000. Default $22 (assumption: a low-to-middle service wage, below the sources §3 medians of about $28–31 an hour).</summary>
    public double HourlyWage { get; init; } = 22.0;

    /// <summary>Whether the mainstream union's bargaining unit covers this class (craft divides, docs/ODD.md §2).</summary>
    public bool InBargainingUnit { get; init; } = true;
}
