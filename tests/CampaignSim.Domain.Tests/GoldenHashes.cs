namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.0.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "0a08a5c7c56eecdcdcf9c48a81f53b4f8d87b5ea85e31193d45a5441f8f0b9eb";
}
