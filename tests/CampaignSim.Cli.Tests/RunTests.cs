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

    [Fact]
    public void the_story_credits_staff_organizers_apart_from_the_committee_and_reads_no_cross_class_share_where_nobody_is_outside_the_unit()
    {
        using var temp = new TempFolder();
        var militant = Cli.Run(temp.Path, "run", "nursing-home-militant", "--model", "militant-mainstream", "--seed", "7");
        var postal = Cli.Run(temp.Path, "run", "postal-depot-dual-card", "--model", "hybrid-dual-card", "--seed", "7");
        var hospital = Cli.Run(temp.Path, "run", "hospital-stewards", "--model", "business-unionism", "--seed", "7");

        Assert.True(militant.ExitCode == 0, militant.ToString());
        Assert.Matches(@"the committee held \d+ one-on-ones and staff organizers \d+(, all in depth| \(\d+ of them in depth\))", militant.Stdout);
        Assert.DoesNotMatch(@"deep, \d+ by union staff", militant.Stdout);
        Assert.Matches(@"Cross-class participation \(%\)\s+none outside the unit", postal.Stdout);
        Assert.Matches(@"Cross-class participation \(%\)\s+\d+", hospital.Stdout);
    }
}
