namespace CampaignSim.EventStore;

/// <summary>Where a calibration handed to the store stands (<see cref="CampaignStore.ListCalibrationsAsync"/>).</summary>
/// <param name="Id">Its id.</param>
/// <param name="EngineVersion">Engine that runs it.</param>
/// <param name="Targets">Targets it runs.</param>
/// <param name="Worlds">Parameter worlds it runs them under (one for a plain calibration, a candidate each in a history match).</param>
/// <param name="Replications">Replications per model of each world.</param>
/// <param name="StoredReplications">Replications stored so far, over every world.</param>
/// <param name="Shared">Whether its blocks are on the shared queue that worker processes take them from.</param>
/// <param name="Created">When it was stored.</param>
/// <param name="LastActivity">When its latest block was stored; null before the first.</param>
public sealed record CalibrationStatus(
    Guid Id,
    string EngineVersion,
    int Targets,
    int Worlds,
    int Replications,
    int StoredReplications,
    bool Shared,
    DateTimeOffset Created,
    DateTimeOffset? LastActivity)
{
    /// <summary>Replications it consists of, over every world.</summary>
    public int ExpectedReplications => Worlds * Replications;

    /// <summary>Whether every block is stored.</summary>
    public bool Completed => StoredReplications >= ExpectedReplications;
}
