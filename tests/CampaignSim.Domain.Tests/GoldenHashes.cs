namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.1.1; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "af7380e776e969f8837f821a4c649ad533295ddc1ba81745f5bea7e710e421a4";
}
