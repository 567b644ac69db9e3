namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 2.1.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "b801c3318356976486ecc0f1aec04d44f1a1a130c2f4df82eff4704368de0509";
}
