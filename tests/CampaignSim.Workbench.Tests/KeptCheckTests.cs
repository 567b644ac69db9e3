using System.Globalization;
using System.Net;
using System.Text.Json;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Workbench.Tests;

/// <summary>
/// Robustness checks ("How robust is this answer?") kept beyond the server's memory as comparisons are: saved to the archive
/// when they finish, listed by a new server on the same archive, reopened from their inputs to the same verdict, and said to
/// be from another engine or worlds file when they are.
/// </summary>
public sealed class KeptCheckTests
{
    private static readonly string[] Sets = ["workplace.employer.hostility=0.7"];

    [Fact]
    public async Task a_finished_check_is_kept_listed_by_a_new_server_and_reopened_to_the_same_verdict()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "kept.json");
        string id;
        JsonElement first;
        using (var factory = new WorkbenchFactory(new WorkbenchOptions { Threads = 2 }, new FileComparisonArchive(file)))
        {
            var client = factory.CreateClient();
            first = await RunCheck(client, new
            {
                comparison = new { scenario = "hospital-stewards", runs = 3, seed = 7, sets = Sets, weights = new { safety = 3 } },
                worlds = 2,
            });
            id = first.GetProperty("savedId").GetString()!;
            Assert.Equal(SavedComparison.IdLength, id.Length);
            var listed = await Listed(client, id);
            Assert.Equal("robust", listed.GetProperty("kind").GetString());
        }

        using (var restarted = new WorkbenchFactory(new WorkbenchOptions { Threads = 2 }, new FileComparisonArchive(file)))
        {
            var client = restarted.CreateClient();
            var (_, list) = await Api.Get(client, "/api/saved");
            var item = Assert.Single(list.GetProperty("comparisons").EnumerateArray());
            Assert.Equal(id, item.GetProperty("id").GetString());
            Assert.Equal("robust", item.GetProperty("kind").GetString());
            Assert.Equal(2, item.GetProperty("worlds").GetInt32());
            Assert.Equal(3, item.GetProperty("runs").GetInt32());
            Assert.Equal(first.GetProperty("inFile").GetInt32(), item.GetProperty("worldsInFile").GetInt32());
            Assert.Equal(first.GetProperty("engineVersion").GetString(), item.GetProperty("worldsEngineVersion").GetString());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("changed").ValueKind);
            Assert.StartsWith("How robust: 2 worlds × 3 runs — ", item.GetProperty("headline").GetString());
            Assert.Equal(first.GetProperty("verdict").GetString(), item.GetProperty("answer").GetString());
            Assert.Equal(["Employer hostility: 0.7"], item.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));

            var (status, kept) = await Api.Get(client, $"/api/saved/{id}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(JsonValueKind.Null, kept.GetProperty("changed").ValueKind);
            var saved = kept.GetProperty("saved");
            Assert.Equal("hospital-stewards", saved.GetProperty("scenario").GetString());
            Assert.Contains("name:", saved.GetProperty("yaml").GetString());
            Assert.Equal(7UL, saved.GetProperty("seed").GetUInt64());
            Assert.StartsWith("wages=1,demands=1,safety=3,", saved.GetProperty("weights").GetString());
            Assert.Equal(EngineInfo.Version, saved.GetProperty("engineVersion").GetString());
            Assert.Equal(first.GetProperty("command").GetString(), saved.GetProperty("command").GetString());
            var robust = saved.GetProperty("robust");
            Assert.Equal(first.GetProperty("models").ToString(), robust.GetProperty("models").ToString());
            Assert.Equal(kept.GetProperty("worldsNow").GetProperty("inFile").GetInt32(), robust.GetProperty("worldsInFile").GetInt32());

            // Reopened as the page does: the same inputs sent again give the same verdict, and the check is kept once.
            var again = await RunCheck(client, new
            {
                comparison = new
                {
                    scenario = saved.GetProperty("scenario").GetString(),
                    runs = saved.GetProperty("runs").GetInt32(),
                    seed = saved.GetProperty("seed").GetUInt64(),
                    sets = saved.GetProperty("sets").EnumerateArray().Select(s => s.GetString()).ToArray(),
                    weights = Pairs(saved.GetProperty("weights").GetString()!),
                    matter = Pairs(saved.GetProperty("matter").GetString()!),
                },
                worlds = robust.GetProperty("worlds").GetInt32(),
            });
            Assert.Equal(first.GetProperty("verdict").GetString(), again.GetProperty("verdict").GetString());
            Assert.Equal(first.GetProperty("models").ToString(), again.GetProperty("models").ToString());
            Assert.Equal(id, again.GetProperty("savedId").GetString());
            await Listed(client, id);
            (_, list) = await Api.Get(client, "/api/saved");
            Assert.Single(list.GetProperty("comparisons").EnumerateArray());
        }
    }

    [Fact]
    public async Task a_check_from_another_engine_or_worlds_file_is_listed_with_that_said()
    {
        using var folder = new TempFolder();
        var archive = new FileComparisonArchive(Path.Combine(folder.Path, "kept.json"));
        var shipped = RobustViews.ShippedWorlds();
        var cancel = TestContext.Current.CancellationToken;
        await archive.SaveAsync(Check("00000000000000a1", 1, "2.0.0", new SavedRobustness(2, "1.9.0", 5, "0000000000000000", Standings())), cancel);
        await archive.SaveAsync(Check("00000000000000a2", 2, EngineInfo.Version,
            new SavedRobustness(2, shipped.EngineVersion, shipped.Worlds.Count, "0000000000000000", Standings())), cancel);
        await archive.SaveAsync(Check("00000000000000a3", 3, EngineInfo.Version,
            new SavedRobustness(2, shipped.EngineVersion, shipped.Worlds.Count, RobustViews.Digest(shipped), Standings())), cancel);
        await archive.SaveAsync(Check("00000000000000a4", 4, "2.0.0", null), cancel);

        using var factory = new WorkbenchFactory(new WorkbenchOptions { Threads = 2 }, archive);
        var client = factory.CreateClient();
        var (_, list) = await Api.Get(client, "/api/saved");
        var items = list.GetProperty("comparisons").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(4, items.Count);

        var older = items["00000000000000a1"].GetProperty("changed").GetString();
        Assert.Equal($"It was made with engine 2.0.0 and this workbench runs engine {EngineInfo.Version}; its worlds file was of engine 1.9.0 with 5 worlds, "
            + $"and this workbench's is of engine {shipped.EngineVersion} with {shipped.Worlds.Count}.", older);
        Assert.Equal("robust", items["00000000000000a1"].GetProperty("kind").GetString());
        Assert.Equal(older, (await Api.Get(client, "/api/saved/00000000000000a1")).Body.GetProperty("changed").GetString());

        Assert.Equal($"Its worlds file was of engine {shipped.EngineVersion} with {shipped.Worlds.Count} worlds, and this workbench's has the same engine "
            + "and number of worlds but other worlds.", items["00000000000000a2"].GetProperty("changed").GetString());
        Assert.Equal(JsonValueKind.Null, items["00000000000000a3"].GetProperty("changed").ValueKind);

        // A comparison says the engine only, and is a comparison.
        Assert.Equal("comparison", items["00000000000000a4"].GetProperty("kind").GetString());
        Assert.Equal($"It was made with engine 2.0.0 and this workbench runs engine {EngineInfo.Version}.", items["00000000000000a4"].GetProperty("changed").GetString());
        Assert.Equal(JsonValueKind.Null, items["00000000000000a4"].GetProperty("worlds").ValueKind);
    }

    [Fact]
    public async Task the_file_keeps_the_newest_fifty_comparisons_and_checks_together_and_reads_a_file_written_before_checks_were_kept()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "kept.json");
        var cancel = TestContext.Current.CancellationToken;
        // One comparison as the file held it before checks were kept: no "robust" key.
        await File.WriteAllTextAsync(path, """
            [{"id":"00000000000000ff","savedUtc":"1970-01-01T00:00:00+00:00","engineVersion":"2.6.0","title":"t","scenario":"hospital-stewards",
              "yaml":"schema: 1\n","sets":[],"runs":5,"seed":1,"weights":"wages=1","matter":"wages=0.25","answer":"answer","headline":"Best: x",
              "ranking":[],"command":"campaignsim compare"}]
            """, cancel);
        var archive = new FileComparisonArchive(path);
        var old = Assert.Single(await archive.ListAsync(10, cancel));
        Assert.Null(old.Robust);

        for (var k = 0; k < FileComparisonArchive.MaxKept + 5; k++)
        {
            await archive.SaveAsync(Check($"{k:x16}", k + 1, EngineInfo.Version, k % 2 == 0 ? null : new SavedRobustness(2, "2.6.0", 118, "0000000000000000", Standings())), cancel);
        }

        var kept = await archive.ListAsync(100, cancel);
        Assert.Equal(FileComparisonArchive.MaxKept, kept.Count);
        Assert.Equal($"{FileComparisonArchive.MaxKept + 4:x16}", kept[0].Id);
        Assert.Equal(FileComparisonArchive.MaxKept / 2, kept.Count(k => k.Robust is not null));
        Assert.Equal(Standings(), (await archive.FindAsync($"{FileComparisonArchive.MaxKept + 3:x16}", cancel))!.Robust!.Models);
    }

    private static List<RobustStanding> Standings() =>
        [new("militant-mainstream", "Militant mainstream unionism", 2, "0.0", "0.0"), new("caucus-grassroots", "Caucus grassroots organizing", 0, "3.1", "4.2")];

    private static SavedComparison Check(string id, int minutes, string engine, SavedRobustness? robust) =>
        new(id, DateTimeOffset.UnixEpoch.AddMinutes(minutes), engine, "t", "hospital-stewards", "schema: 1\n", [], 3, 1, "wages=1", "wages=0.25",
            "The ranking depends on assumptions: …", "How robust: 2 worlds × 3 runs — depends on assumptions: …", [], "campaignsim compare", robust);

    /// <summary>"wages=1,demands=1,…" as the body's weights or smallest differences.</summary>
    private static Dictionary<string, double> Pairs(string text) =>
        text.Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    /// <summary>Starts a check and polls it until it has ended; fails unless it is done.</summary>
    private static async Task<JsonElement> RunCheck(HttpClient client, object body)
    {
        var (status, started) = await Api.Post(client, "/api/robust", body);
        Assert.True(status == HttpStatusCode.Accepted, Api.Short(started));
        var id = started.GetProperty("id").GetString();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        JsonElement view;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            (_, view) = await Api.Get(client, $"/api/robust/{id}");
        }
        while (view.GetProperty("state").GetString() == "running" && DateTime.UtcNow < deadline);

        Assert.Equal("done", view.GetProperty("state").GetString());
        return view;
    }

    /// <summary>Waits until the kept list holds <paramref name="id"/> (it is saved just after the check is shown done).</summary>
    private static async Task<JsonElement> Listed(HttpClient client, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (_, list) = await Api.Get(client, "/api/saved");
            var found = list.GetProperty("comparisons").EnumerateArray().Where(c => c.GetProperty("id").GetString() == id).ToList();
            if (found.Count > 0)
            {
                return found[0];
            }

            Assert.True(DateTime.UtcNow < deadline, $"the check {id} was not kept: {Api.Short(list)}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
