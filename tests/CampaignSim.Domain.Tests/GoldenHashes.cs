namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.1.3; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "2a75883ee81b5fb6b1420bf224695ada3184f4cc459e30cb8cb24f99db253b74";
}
