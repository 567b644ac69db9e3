namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes (every event after CampaignStarted) recorded for engine version 2.6.0 (the run's employer drawn around the scenario's; unchanged from 2.1.0 to 2.5.0); update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "8fc85de7faab3122672ad9fcc6997b9d091d9a7a0b63b54e044a4e332f6d122b";
}
