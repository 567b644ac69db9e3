namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.0.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "f109131b5b19129b6ff5541803088a3e132724b01861ee3bbb8b975849132fc3";
}
