namespace CampaignSim.Domain.Mechanics;

/// <summary>How votes are counted.</summary>
public static class VoteRules
{
    /// <summary>Whether <paramref name="yes"/> is more than half of <paramref name="counted"/> (a tie loses).</summary>
    public static bool SimpleMajority(int yes, int counted) => yes * 2 > counted;
}
