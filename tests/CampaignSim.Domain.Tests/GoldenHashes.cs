namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.0.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "6980993cbe95ea01dd8d7d9290845e677ea5de041ad2556e232742ac93e275d7";
}
