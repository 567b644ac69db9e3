namespace CampaignSim.Domain.OrganizingModels;

/// <summary>The organization coworkers see behind the committee; it shapes how receptive they are and how red-baiting lands.</summary>
public enum CommitteeIdentity
{
    /// <summary>The mainstream union: familiar, judged by trust in it.</summary>
    Mainstream,
    /// <summary>A reform caucus inside the mainstream union.</summary>
    Caucus,
    /// <summary>Stewards of the mainstream union who are also in a solidarity union.</summary>
    DualCard,
    /// <summary>A solidarity union: unfamiliar until it grows.</summary>
    Solidarity,
}
