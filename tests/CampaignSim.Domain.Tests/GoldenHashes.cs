namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes (every event after CampaignStarted) recorded for engine version 2.8.0 (a committee forgets refusals at a rung; unchanged from 2.7.0 for this run); update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "927d604916e873a1cfb01db5f7eee313ca0ff52dd6cf2fc967c08e56b7f576d3";
}
