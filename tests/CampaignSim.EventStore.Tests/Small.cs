using System.Text.Json;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.EventStore.Tests;

/// <summary>Small scenarios and comparisons that keep the suite quick.</summary>
internal static class Small
{
    public static Scenario Scenario(int workers = 80, int weeks = 30) => new()
    {
        Name = $"Test, {workers} workers, {weeks} weeks",
        Weeks = weeks,
        Workplaces = [new WorkplaceSpec { Workers = workers }],
    };

    public static ComparisonRequest Request(int replications = 4, int workers = 80, int weeks = 30, ulong baseSeed = 11, params string[] models) => new()
    {
        Scenario = Scenario(workers, weeks),
        Models = models.Length > 0 ? models : ["business-unionism", "militant-mainstream", "independent-solidarity"],
        Replications = replications,
        BaseSeed = baseSeed,
        HashStreams = true,
    };

    /// <summary>Runs a comparison consists of: replications of every model applicable to the scenario.</summary>
    public static int ExpectedRuns(ComparisonRequest request) =>
        request.Models.Count(m => ComparisonRunner.NotApplicableBecause(request.Scenario, m) is null) * request.Replications;

    /// <summary>
    /// The in-memory result as the store reports it when it keeps the streams of the first <paramref name="kept"/>
    /// replications only: runs not kept are recorded without a stream hash.
    /// </summary>
    public static ComparisonResult Kept(ComparisonResult result, int kept) => result with
    {
        Models = [.. result.Models.Select(m => m with { Runs = m.Runs.WithoutHashesFrom(kept) })],
    };

    /// <summary>Canonical JSON, for comparing records that hold arrays.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, EventJson.Options);

    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
