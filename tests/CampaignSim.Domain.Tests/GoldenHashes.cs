namespace CampaignSim.Domain.Tests;

/// <summary>Stream hashes recorded for engine version 1.1.0; update together with EngineInfo.Version.</summary>
internal static class GoldenHashes
{
    public const string MilitantMainstreamSeed2026 = "35c830cddb206673a7a76f874cae9a9bac95e20e23fc51944a0f7cecd2455521";
}
