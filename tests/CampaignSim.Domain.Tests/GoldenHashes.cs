namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.0.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "   at Program.<Main>(String[] args)";
}
