namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// How coworkers see an organization behind the committee: its appeal (with trust in the mainstream union and with
/// how known the solidarity union is) and its familiarity, which blunts red-baiting (Williams 2019; docs/ODD.md §7.8).
/// Each identity's defaults are set in <see cref="IdentityMechanics"/>.
/// </summary>
public sealed record IdentityProfile
{
    /// <summary>Appeal with no trust in the mainstream union and an unknown solidarity union.</summary>
    [Parameter(0, 1, "appeal", "assumption: set per identity, below")]
    public double AppealBase { get; init; }

    /// <summary>Appeal added per unit of trust in the mainstream union.</summary>
    [Parameter(0, 1, "appeal", "assumption: set per identity, below")]
    public double AppealPerTrust { get; init; }

    /// <summary>Appeal added per unit of the solidarity union's familiarity.</summary>
    [Parameter(0, 1, "appeal", "assumption: set per identity, below")]
    public double AppealPerFamiliarity { get; init; }

    /// <summary>Familiarity with an unknown solidarity union; red-baiting lands on 1 − familiarity.</summary>
    [Parameter(0, 1, "familiarity", "assumption: set per identity, below")]
    public double FamiliarityBase { get; init; }

    /// <summary>Familiarity added per unit of the solidarity union's familiarity.</summary>
    [Parameter(0, 1, "familiarity", "assumption: set per identity, below")]
    public double FamiliarityPerSolidarity { get; init; }

    /// <summary>Whether red-baiting stigma raises coworkers' thresholds for its actions (by 1 − the solidarity union's familiarity).</summary>
    [Parameter(0, 1, "true/false", "assumption: set per identity, below")]
    public bool RedBaitingExposed { get; init; }
}
