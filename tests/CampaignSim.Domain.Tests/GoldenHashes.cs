namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes (every event after CampaignStarted) recorded for engine version 2.2.0 (unchanged from 2.1.0: this small workplace sets off no reaction whose order 2.2.0 changed); update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "de3fb5fbd701a8b410d5d33c1c61e8d0481f26bbf61923b771d5d29fee1170ed";
}
