namespace CampaignSim.Domain.Mechanics;

/// <summary>How votes are counted.</summary>
public static class VoteRules
{
    /// <summary>The share of the votes counted that a simple majority must exceed.</summary>
    public const double MajorityShare = 0.5;

    /// <summary>Whether <paramref name="yes"/> is more than half of <paramref name="counted"/> (a tie loses).</summary>
    public static bool SimpleMajority(int yes, int counted) => yes > MajorityShare * counted;
}
