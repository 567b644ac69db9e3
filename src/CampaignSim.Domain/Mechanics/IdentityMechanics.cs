namespace CampaignSim.Domain.Mechanics;

/// <summary>The committee identities' profiles and how the solidarity union becomes known (docs/ODD.md §7.8).</summary>
public sealed record IdentityMechanics
{
    /// <summary>The mainstream union's own reps and staff.</summary>
    [ProfileSource(nameof(IdentityProfile.AppealBase), "assumption: even a coworker who distrusts the union hears its rep out a little")]
    [ProfileSource(nameof(IdentityProfile.AppealPerTrust), "assumption: the mainstream union is judged by trust in it, and a trusted union nearly sells itself")]
    [ProfileSource(nameof(IdentityProfile.AppealPerFamiliarity), "assumption: the solidarity union's standing does not touch the mainstream union's appeal")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityBase), "assumption: everyone knows the mainstream union, so red-baiting barely lands on it")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityPerSolidarity), "assumption: the mainstream union is known whatever the solidarity union does")]
    [ProfileSource(nameof(IdentityProfile.RedBaitingExposed), "assumption: \"outside agitator\" messaging does not work against the union already in the building")]
    public IdentityProfile Mainstream { get; init; } = new() { AppealBase = 0.4, AppealPerTrust = 0.6, FamiliarityBase = 0.9 };

    /// <summary>A reform caucus inside the mainstream union.</summary>
    [ProfileSource(nameof(IdentityProfile.AppealBase), "assumption: coworkers running for change in their own union are heard out, more than the union's staff")]
    [ProfileSource(nameof(IdentityProfile.AppealPerTrust), "assumption: a caucus's appeal does not hang on trust in the leadership it challenges")]
    [ProfileSource(nameof(IdentityProfile.AppealPerFamiliarity), "assumption: a caucus inside the mainstream union gains nothing as the solidarity union becomes known")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityBase), "assumption: caucus members are known coworkers and union members, so red-baiting lands only a little")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityPerSolidarity), "assumption: the solidarity union does not make the caucus better known")]
    [ProfileSource(nameof(IdentityProfile.RedBaitingExposed), "assumption: a caucus of known union members is hard to paint as outside agitators")]
    public IdentityProfile Caucus { get; init; } = new() { AppealBase = 0.8, FamiliarityBase = 0.8 };

    /// <summary>Stewards of the mainstream union who are also in a solidarity union.</summary>
    [ProfileSource(nameof(IdentityProfile.AppealBase), "assumption: stewards carry some of their office's standing")]
    [ProfileSource(nameof(IdentityProfile.AppealPerTrust), "assumption: their association with the mainstream union helps with those who trust it and repels its critics (Williams 2019)")]
    [ProfileSource(nameof(IdentityProfile.AppealPerFamiliarity), "assumption: the solidarity union's name helps dual carders as it becomes known")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityBase), "assumption: coworkers know the stewards but not the solidarity union they also belong to")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityPerSolidarity), "assumption: half the solidarity union's familiarity rubs off on its dual carders")]
    [ProfileSource(nameof(IdentityProfile.RedBaitingExposed), "assumption: the solidarity card makes dual carders a target of \"outside agitator\" messaging (Williams 2019)")]
    public IdentityProfile DualCard { get; init; } = new()
    {
        AppealBase = 0.45, AppealPerTrust = 0.35, AppealPerFamiliarity = 0.25, FamiliarityBase = 0.5, FamiliarityPerSolidarity = 0.5,
        RedBaitingExposed = true,
    };

    /// <summary>A solidarity union.</summary>
    [ProfileSource(nameof(IdentityProfile.AppealBase), "assumption: an unknown union still appeals to some for its promise of worker control")]
    [ProfileSource(nameof(IdentityProfile.AppealPerTrust), "assumption: trust in the mainstream union neither helps nor hurts an independent union")]
    [ProfileSource(nameof(IdentityProfile.AppealPerFamiliarity), "assumption: a solidarity union is judged by how known it is among coworkers (Williams 2019)")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityBase), "assumption: before anyone joins, coworkers know nothing of it beyond the base familiarity below")]
    [ProfileSource(nameof(IdentityProfile.FamiliarityPerSolidarity), "assumption: it is exactly as familiar as its membership makes it")]
    [ProfileSource(nameof(IdentityProfile.RedBaitingExposed), "assumption: red-baiting works best against unfamiliar organizations (Williams 2019)")]
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
