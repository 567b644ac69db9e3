namespace CampaignSim.EventStore;

/// <summary>Where a stored comparison stands.</summary>
/// <param name="Name">Comparison id.</param>
/// <param name="Id">Its stream id.</param>
/// <param name="ExpectedRuns">Runs it consists of.</param>
/// <param name="RecordedRuns">Runs recorded so far.</param>
/// <param name="StreamsStored">Runs recorded with their full stream.</param>
/// <param name="Completed">Whether every run is recorded.</param>
/// <param name="Storage">What it keeps.</param>
/// <param name="EngineVersion">Engine that ran it.</param>
/// <param name="ScenarioHash">Hash of its scenario.</param>
public sealed record ComparisonStatus(
    string Name,
    Guid Id,
    int ExpectedRuns,
    int RecordedRuns,
    int StreamsStored,
    bool Completed,
    StorageMode Storage,
    string EngineVersion,
    string ScenarioHash);
