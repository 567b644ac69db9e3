namespace CampaignSim.Domain.Simulation;

/// <summary>Identifies the simulation mechanics. Bump <see cref="Version"/> whenever a change alters any event stream.</summary>
public static class EngineInfo
{
    /// <summary>Engine version recorded in every run's first event.</summary>
    public const string Version = "2.16.0";
}
