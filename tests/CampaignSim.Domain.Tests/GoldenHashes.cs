namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.1.2; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "d8b899a410529e42195648460db576bcbdabea2542506b295320231a0ff3efcd";
}
