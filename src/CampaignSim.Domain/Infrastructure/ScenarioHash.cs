using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Infrastructure;

/// <summary>A hash of a scenario's every parameter (after defaults and overrides), as canonical JSON.</summary>
public static class ScenarioHash
{
    /// <summary>Lower-case hex SHA-256 of the scenario's canonical JSON.</summary>
    public static string Compute(Scenario scenario)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(scenario, EventJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}
