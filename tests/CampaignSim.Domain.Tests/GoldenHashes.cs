namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes (every event after CampaignStarted) recorded for engine version 2.2.0 (unchanged from 2.1.0: this small workplace sets off no reaction whose order 2.2.0 changed); update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "4b48572975765964c013149b8a1ecbd23934705dac2c93e775aa26d3fea0d4a9";
}
