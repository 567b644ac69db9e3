using System.Globalization;
using System.Text;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Scenarios.Tests;

/// <summary>
/// Every shipped scenario × every applicable model × seeds 1–20, compared event by event (everything after
/// <c>CampaignStarted</c>, whose scenario record grows when a parameter is added) with hashes recorded in
/// <c>RecordedStreams.tsv</c>. A restructuring of the mechanics must leave them all unchanged; a change that alters
/// the mechanics re-records them (set <c>CAMPAIGNSIM_RECORD_STREAMS=1</c> and run this test, which writes
/// <c>RecordedStreams.tsv.recorded</c> beside the file; move it over the file) in the same commit that bumps
/// <see cref="EngineInfo.Version"/>.
/// </summary>
public class RecordedStreamTests
{
    private const int Seeds = 20;
    private const string FileName = "RecordedStreams.tsv";

    [Fact]
    public void every_shipped_scenario_model_and_seed_emits_the_recorded_stream_after_campaign_started()
    {
        var actual = Compute();
        var path = Path.Combine(SourceFolder(), FileName);
        if (Environment.GetEnvironmentVariable("CAMPAIGNSIM_RECORD_STREAMS") == "1")
        {
            // Recording writes a copy beside the file, never the file this test then compares with.
            File.WriteAllText(path + ".recorded", Render(actual));
        }

        var recorded = File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => (c[0], c[1], ulong.Parse(c[2], CultureInfo.InvariantCulture)), c => c[3]);

        var differing = actual.Where(a => !recorded.TryGetValue(a.Key, out var h) || h != a.Value).Select(a => a.Key).ToList();
        var missing = recorded.Keys.Where(k => !actual.ContainsKey(k)).ToList();
        Assert.True(differing.Count == 0 && missing.Count == 0,
            $"{differing.Count} of {actual.Count} streams differ from {FileName} (first: {Describe(differing)}); "
            + $"{missing.Count} recorded streams no longer run (first: {Describe(missing)}). Compare the events of a differing run with "
            + "'campaignsim run <scenario> --model <id> --seed <n> --out <folder>' before and after the change.");
    }

    private static SortedDictionary<(string Scenario, string Model, ulong Seed), string> Compute()
    {
        var catalog = ScenarioCatalog.Shipped();
        var jobs = new List<(string Scenario, string Model, ulong Seed, Domain.ScenarioSpecs.Scenario Loaded)>();
        foreach (var entry in catalog.List())
        {
            var name = Path.GetFileNameWithoutExtension(entry.FileName);
            var scenario = ScenarioLoader.Load(Path.Combine(catalog.Directory, entry.FileName)).Scenario;
            foreach (var model in ModelCatalog.All)
            {
                if (scenario.Workplaces.Any(w => w.Model is null && model.NotApplicableBecause(w) is not null))
                {
                    continue;
                }

                for (var seed = 1UL; seed <= Seeds; seed++)
                {
                    jobs.Add((name, model.Id, seed, scenario));
                }
            }
        }

        var hashes = new string[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var run = CampaignEngine.Run(jobs[i].Loaded, jobs[i].Model, jobs[i].Seed);
            hashes[i] = EventJson.StreamHash(run.Events.Skip(1));
        });

        var result = new SortedDictionary<(string, string, ulong), string>();
        for (var i = 0; i < jobs.Count; i++)
        {
            result[(jobs[i].Scenario, jobs[i].Model, jobs[i].Seed)] = hashes[i];
        }

        return result;
    }

    private static string Render(SortedDictionary<(string Scenario, string Model, ulong Seed), string> hashes)
    {
        var sb = new StringBuilder();
        sb.Append("# SHA-256 of every event after CampaignStarted, as JSON lines (EventJson.StreamHash), for engine ")
            .Append(EngineInfo.Version).Append('\n');
        sb.Append("# scenario\tmodel\tseed\thash\n");
        foreach (var ((scenario, model, seed), hash) in hashes)
        {
            sb.Append(scenario).Append('\t').Append(model).Append('\t')
                .Append(seed.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(hash).Append('\n');
        }

        return sb.ToString();
    }

    private static string Describe(IReadOnlyList<(string Scenario, string Model, ulong Seed)> keys) =>
        keys.Count == 0 ? "none" : $"{keys[0].Scenario} {keys[0].Model} seed {keys[0].Seed}";

    private static string SourceFolder() =>
        Path.GetFullPath(Path.Combine(ScenarioCatalog.Shipped().Directory, "..", "tests", "CampaignSim.Scenarios.Tests"));
}
