namespace CampaignSim.Domain.Mechanics;

/// <summary>The committee identities' profiles and how the solidarity union becomes known (docs/ODD.md §7.8).</summary>
public sealed record IdentityMechanics
{
    /// <summary>The mainstream union's own reps and staff.</summary>
    public IdentityProfile Mainstream { get; init; } = new() { AppealBase = 0.4, AppealPerTrust = 0.6, FamiliarityBase = 0.9 };

    /// <summary>A reform caucus inside the mainstream union.</summary>
    public IdentityProfile Caucus { get; init; } = new() { AppealBase = 0.8, FamiliarityBase = 0.8 };

    /// <summary>Stewards of the mainstream union who are also in a solidarity union.</summary>
    public IdentityProfile DualCard { get; init; } = new()
    {
        AppealBase = 0.45, AppealPerTrust = 0.35, AppealPerFamiliarity = 0.25, FamiliarityBase = 0.5, FamiliarityPerSolidarity = 0.5,
        RedBaitingExposed = true,
    };

    /// <summary>A solidarity union.</summary>
    public IdentityProfile Solidarity { get; init; } = new()
    {
        AppealBase = 0.35, AppealPerFamiliarity = 0.65, FamiliarityPerSolidarity = 1, RedBaitingExposed = true,
    };

    /// <summary>Familiarity of a solidarity union nobody here belongs to.</summary>
    [Parameter(0, 1, "familiarity", "assumption: most coworkers have heard little of a solidarity union")]
    public double SolidarityFamiliarityBase { get; init; } = 0.15;

    /// <summary>Familiarity added per share of coworkers in the solidarity union or on the committee.</summary>
    [Parameter(0, 10, "familiarity per share", "assumption: known through coworkers")]
    public double SolidarityFamiliarityGrowth { get; init; } = 2.0;
}
