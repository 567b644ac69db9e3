namespace CampaignSim.Domain.Infrastructure;

/// <summary>Small arithmetic helpers; only IEEE basic operations, so results are identical on every platform.</summary>
public static class Clamp
{
    /// <summary>Clamps to [0, 1].</summary>
    public static double Unit(double x) => x < 0 ? 0 : x > 1 ? 1 : x;
}
