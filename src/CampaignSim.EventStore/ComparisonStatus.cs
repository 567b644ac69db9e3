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
/// <param name="Shared">Whether its run blocks are on the shared queue that worker processes take them from.</param>
/// <param name="Created">When it was started (listings only).</param>
/// <param name="LastActivity">When its latest run was recorded (listings only).</param>
public sealed record ComparisonStatus(
    string Name,
    Guid Id,
    int ExpectedRuns,
    int RecordedRuns,
    int StreamsStored,
    bool Completed,
    StorageMode Storage,
    string EngineVersion,
    string ScenarioHash,
    bool Shared = false,
    DateTimeOffset? Created = null,
    DateTimeOffset? LastActivity = null);
