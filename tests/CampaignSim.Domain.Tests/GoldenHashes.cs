namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes (every event after CampaignStarted) recorded for engine version 2.15.0 (members away from work miss membership votes; unchanged from 2.8.0 until then for this run); update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "b342c0f9f7f91f21299cadb436c09b855bf9bb96fe66be98a03cbef1bfcd8b5e";
}
