namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 2.0.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "66690dae2a6ae7dca8cdb9bd47c95d8d293b2984d616baf81651e1cddc07c26a";
}
