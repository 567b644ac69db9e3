namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes (every event after CampaignStarted) recorded for engine version 2.8.0 (a committee forgets refusals at a rung; unchanged from 2.7.0 for this run); update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "8c5d30421bf1ef076f68c3d4110aac713537a296ee11216f92990dc20e5eca79";
}
