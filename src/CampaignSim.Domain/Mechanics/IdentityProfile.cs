namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// How coworkers see an organization behind the committee: its appeal (with trust in the mainstream union and with
/// how known the solidarity union is) and its familiarity, which blunts red-baiting (Williams 2019; docs/ODD.md §7.8).
/// Each identity's defaults are set in <see cref="IdentityMechanics"/>.
/// </summary>
public sealed record IdentityProfile
{
    /// <summary>Appeal with no trust in the mainstream union and an unknown solidarity union.</summary>
    [Parameter(0, 1, "appeal", "assumption: set per identity")]
    public double AppealBase { get; init; }

    /// <summary>Appeal added per unit of trust in the mainstream union.</summary>
    [Parameter(0, 1, "appeal", "assumption: the mainstream union is judged by trust in it")]
    public double AppealPerTrust { get; init; }

    /// <summary>Appeal added per unit of the solidarity union's familiarity.</summary>
    [Parameter(0, 1, "appeal", "assumption: a solidarity union is judged by how known it is")]
    public double AppealPerFamiliarity { get; init; }

    /// <summary>Familiarity with an unknown solidarity union; red-baiting lands on 1 − familiarity.</summary>
    [Parameter(0, 1, "familiarity", "assumption: set per identity")]
    public double FamiliarityBase { get; init; }

    /// <summary>Familiarity added per unit of the solidarity union's familiarity.</summary>
    [Parameter(0, 1, "familiarity", "assumption: set per identity")]
    public double FamiliarityPerSolidarity { get; init; }

    /// <summary>Whether red-baiting stigma raises coworkers' thresholds for its actions (by 1 − the solidarity union's familiarity).</summary>
    [Parameter(0, 1, "true/false", "assumption: red-baiting works against unfamiliar organizations (Williams 2019)")]
    public bool RedBaitingExposed { get; init; }
}
