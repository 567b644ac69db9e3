using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;

namespace CampaignSim.EventStore.Tests;

/// <summary>Runs' outcomes and timelines as columns and back (no database).</summary>
public sealed class RunColumnsTests
{
    private static readonly Scenario FourClasses = new()
    {
        Name = "four classes",
        Weeks = 20,
        Workplaces =
        [
            new WorkplaceSpec
            {
                Workers = 60,
                JobClasses =
                [
                    new JobClassSpec { Id = "a", Share = 0.4 }, new JobClassSpec { Id = "b", Share = 0.3 },
                    new JobClassSpec { Id = "c", Share = 0.2 }, new JobClassSpec { Id = "d", Share = 0.1 },
                ],
            },
        ],
    };

    private static FinishedRun[] Runs(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var run = CampaignEngine.Run(FourClasses, "militant-mainstream", (ulong)(40 + i));
        return new FinishedRun(run.Outcome, CampaignTimeline.From(run.State), run.Events.Count, i < 2 ? EventJson.StreamHash(run.Events) : "");
    })];

    [Fact]
    public void a_block_reads_back_as_the_runs_it_was_made_of()
    {
        var runs = Runs(5);
        var block = RunsRecorded.Of(Guid.NewGuid(), "columns", "militant-mainstream", 10, 50, kept: 2, runs);
        var read = block.Runs();

        Assert.Equal(5, read.Count);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(Small.Json(runs[i].Outcome), Small.Json(read[i].Outcome));
            Assert.Equal(Small.Json(runs[i].Timeline), Small.Json(read[i].Timeline));
            Assert.Equal((10 + i, 50UL + (ulong)i, runs[i].EventCount, runs[i].StreamHash, i < 2, RunIds.Run("columns", "militant-mainstream", 10 + i)),
                (read[i].Replication, read[i].Seed, read[i].EventCount, read[i].StreamHash, read[i].StreamStored, read[i].RunId));
        }
    }

    [Fact]
    public void names_are_written_once_per_block_and_job_classes_become_columns_of_their_own()
    {
        var block = RunsRecorded.Of(Guid.NewGuid(), "columns", "militant-mainstream", 0, 1, kept: 0, Runs(3));
        Assert.Contains("/wageChangePct", block.Outcomes.Select(c => c.Key));
        Assert.Contains("/byClass/3/firings", block.Outcomes.Select(c => c.Key));
        Assert.All(block.Outcomes, c => Assert.Equal(3, c.Value!.AsArray().Count));
        var json = JsonSerializer.Serialize(block, EventJson.Options);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"/byClass/0/wageChangePct\""));
    }

    [Fact]
    public void columns_read_back_whatever_order_their_keys_come_in()
    {
        // jsonb keeps an object's keys in an order of its own (shorter keys first).
        var runs = Runs(3);
        var block = RunsRecorded.Of(Guid.NewGuid(), "columns", "militant-mainstream", 0, 1, kept: 0, runs);
        var reversed = new JsonObject();
        foreach (var (key, value) in block.Outcomes.Reverse().ToArray()) reversed[key] = value!.DeepClone();
        var read = (block with { Outcomes = reversed }).Runs();
        Assert.Equal(runs.Select(r => Small.Json(r.Outcome)), read.Select(r => Small.Json(r.Outcome)));
    }

    [Fact]
    public void rows_of_different_shapes_and_names_made_of_digits_are_kept_whole()
    {
        JsonNode?[] rows =
        [
            JsonNode.Parse("""{"a":1,"b":{"x":[1,2]},"c":[{"p":1}],"d":{"7":1},"e":"s","f":null}"""),
            JsonNode.Parse("""{"a":2,"b":{"x":[3]},"c":[{"p":2},{"p":3}],"d":{"7":2},"e":"t","f":{}}"""),
        ];
        var columns = RunColumns.Of(rows);
        Assert.Equal(["/a", "/b/x", "/c", "/d", "/e", "/f"], columns.Select(c => c.Key));
        var read = RunColumns.Rows(JsonNode.Parse(columns.ToJsonString())!.AsObject(), 2);
        for (var i = 0; i < 2; i++) Assert.True(JsonNode.DeepEquals(rows[i], read[i]), read[i]?.ToJsonString());
    }

    [Fact]
    public void a_block_whose_columns_do_not_hold_its_runs_is_refused()
    {
        var block = RunsRecorded.Of(Guid.NewGuid(), "columns", "militant-mainstream", 0, 1, kept: 0, Runs(2));
        var e = Assert.Throws<EventStoreException>(() => (block with { Count = 3 }).Runs());
        Assert.Contains("does not hold 3 runs", e.Message);
    }
}
