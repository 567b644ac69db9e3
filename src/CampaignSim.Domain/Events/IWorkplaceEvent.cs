namespace CampaignSim.Domain.Events;

/// <summary>An event about one workplace of the scenario.</summary>
public interface IWorkplaceEvent
{
    /// <summary>Index of the workplace in the scenario.</summary>
    int Workplace { get; }
}
