namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>A job class (craft).</summary>
public sealed record JobClassSpec
{
    /// <summary>Identifier (letters, digits, dashes).</summary>
    [Setting("id", "letters, digits, dashes; unique in the workplace", "— label of the class")]
    public string Id { get; init; } = "all";

    /// <summary>Share of the workforce in this class; shares sum to 1.</summary>
    [Parameter(0, 1, "share 0–1", "situation: one class unless the user describes crafts", Kind = ParameterKind.Situation, RangeText = "0–1; shares sum to 1")]
    public double Share { get; init; } = 1.0;

    /// <summary>Hourly wage in dollars.</summary>
    [Parameter(0, 1000, "$/hour", "situation: a modest wage, below the private-sector medians of sources §3 ($1,131–1,258 a week, about $28–31 an hour); the level enters only dues, lost pay and the cost criterion, since raises and demand costs are relative", Kind = ParameterKind.Situation)]
    public double HourlyWage { get; init; } = 22.0;

    /// <summary>Whether the mainstream union's bargaining unit covers this class (craft divides, docs/ODD.md §2).</summary>
    [Parameter(0, 1, "true/false", "situation: one unit covering everyone unless the user describes craft divides (docs/ODD.md §2)", Kind = ParameterKind.Situation)]
    public bool InBargainingUnit { get; init; } = true;
}
