using System.Text.Json;

namespace CampaignSim.Cli.Tests;

public class RunTests
{
    [Fact]
    public void run_writes_the_event_stream_and_a_week_by_week_story()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--seed", "7", "--out", "run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Wage change", result.Stdout);
        var lines = File.ReadAllLines(temp["run/events.jsonl"]);
        Assert.True(lines.Length > 80, $"only {lines.Length} events");
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("campaign-started", first.RootElement.GetProperty("type").GetString());
        }

        using (var last = JsonDocument.Parse(lines[^1]))
        {
            Assert.Equal("campaign-ended", last.RootElement.GetProperty("type").GetString());
        }

        var story = File.ReadAllText(temp["run/story.md"]);
        Assert.Contains("## Week by week", story);
        Assert.Matches(@"Week \d+: ", story);
        Assert.Contains("one-on-one", story);
    }

    [Fact]
    public void the_same_seed_gives_the_same_events()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "business-unionism", "--seed", "3", "--out", "a").ExitCode);
        Assert.Equal(0, Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "business-unionism", "--seed", "3", "--out", "b").ExitCode);

        Assert.Equal(File.ReadAllBytes(temp["a/events.jsonl"]), File.ReadAllBytes(temp["b/events.jsonl"]));
    }

    [Fact]
    public void run_without_out_prints_the_story_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "militant-mainstream");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("# What happened", result.Stdout);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
