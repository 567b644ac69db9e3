using System.Globalization;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.EventStore;
using CampaignSim.EventStore.Hosting;
using JasperFx;
using Microsoft.Extensions.Hosting;

// The Wolverine host of CampaignSim.EventStore, for JasperFx's command line (`codegen write|preview|test`,
// `describe`, `resources`; code generation needs no database, other verbs use CAMPAIGNSIM_DB), plus one verb of
// its own for trying the store from a shell:
//   run-comparison CONNECTION-STRING COMPARISON-ID [replications=20] [workers=120] [weeks=52] [storage=full]
// which runs (or resumes) every model on a one-workplace scenario and prints progress and the ranking.
if (args.Length > 0 && args[0] == "run-comparison")
    return await RunComparison.MainAsync(args[1..]);

var connectionString = Environment.GetEnvironmentVariable("CAMPAIGNSIM_DB")
    ?? "Host=localhost;Port=5432;Database=campaignsim;Username=postgres";
var builder = Host.CreateApplicationBuilder(args);
CampaignHost.Configure(builder, connectionString, new CampaignStoreOptions(), GeneratedCodePath.Find());
return await builder.Build().RunJasperFxCommands(args);

/// <summary>Where the generated handler code of CampaignSim.EventStore lives in the source tree.</summary>
internal static class GeneratedCodePath
{
    /// <summary>
    /// <c>src/CampaignSim.EventStore/Internal/Generated</c> of the checkout this program was built from (found by
    /// walking up to CampaignSim.sln), or CAMPAIGNSIM_CODEGEN_OUTPUT when set.
    /// </summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CAMPAIGNSIM_CODEGEN_OUTPUT") is { Length: > 0 } explicitPath)
            return Path.GetFullPath(explicitPath);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSim.sln")))
                return Path.Combine(dir.FullName, "src", "CampaignSim.EventStore", "Internal", "Generated");
        return null;
    }
}

/// <summary>The <c>run-comparison</c> verb.</summary>
internal static class RunComparison
{
    public static async Task<int> MainAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: run-comparison CONNECTION-STRING COMPARISON-ID [replications=20] [workers=120] [weeks=52] [storage=full]");
            return 2;
        }
        int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
        var request = new ComparisonRequest
        {
            Scenario = new Scenario
            {
                Name = "One workplace",
                Weeks = Arg(4, 52),
                Workplaces = [new WorkplaceSpec { Workers = Arg(3, 120) }],
            },
            Models = ModelCatalog.Ids,
            Replications = Arg(2, 20),
        };
        var storage = StorageMode.Parse(args.Length > 5 ? args[5] : "full");
        try
        {
            await using var store = await CampaignStore.ConnectAsync(args[0]);
            var result = await store.RunComparisonAsync(request, args[1], storage,
                new Progress<int>(n => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recorded {n}"))));
            foreach (var ranked in result.Ranking)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ranked.Rank}. {ranked.ModelId} {ranked.Score:F3}"));
            return 0;
        }
        catch (EventStoreException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
