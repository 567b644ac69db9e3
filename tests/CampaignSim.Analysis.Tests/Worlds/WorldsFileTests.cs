using CampaignSim.Analysis.Worlds;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>The worlds file: what it holds, that reading and writing it changes nothing, and that a wrong file is refused with a reason.</summary>
public class WorldsFileTests
{
    private static WorldsFile Sample() => new(
        WorldsFile.CurrentVersion, "2.2.0", DesignSeed: 42, RunSeed: 7, Cutoff: 3, Waves: 2, Simulated: 4000,
        [new HistoryTarget("drive-firings", 0.34, 0.0026, 0.0025), new HistoryTarget("settlement-ctu-2012", 0.2333333333333333, 0.0026, 0.0009, OneCase: true)],
        [new WorldParameter("mechanics.x", WorldValueKind.Continuous, 0.1, 0.9), new WorldParameter("workplaces[].workers", WorldValueKind.Whole, 10, 200),
            new WorldParameter("contract.noStrikeClause", WorldValueKind.Switch, 0, 1)],
        [new ParameterRange("mechanics.x", 0.2, 0.7), new ParameterRange("workplaces[].workers", 20, 150), new ParameterRange("contract.noStrikeClause", 1, 1)],
        [
            new PlausibleWorld(2, 5, [0.31234567890123, 42, 1], [1.5, 0.25], 1.5, 0.25),
            new PlausibleWorld(2, 9, [0.1 + 0.2, 150, 1], [2.999, 1e-7], 2.999, 1e-7),
        ]);

    [Fact]
    public void reading_a_written_file_gives_the_same_worlds_and_writing_them_again_the_same_bytes()
    {
        var text = Sample().ToJson();
        var read = WorldsFile.Parse(text);

        Assert.Equal(text, read.ToJson());
        Assert.Equal(0.1 + 0.2, read.Worlds[1].Values[0]);
        Assert.Equal(WorldValueKind.Whole, read.Parameters[1].Kind);
        Assert.True(read.Targets[1].OneCase);
        Assert.Equal(42UL, read.DesignSeed);
        Assert.Equal("2.2.0", read.EngineVersion);
        Assert.Equal(new ParameterRange("workplaces[].workers", 20, 150), read.KeptRanges[1]);
    }

    [Fact]
    public void the_file_is_versioned_readable_json_with_one_world_per_entry()
    {
        var text = Sample().ToJson();

        Assert.StartsWith("{\n  \"format\": \"campaignsim-worlds\",\n  \"version\": 1,\n  \"engineVersion\": \"2.2.0\",\n  \"designSeed\": 42,", text);
        Assert.Contains("\"values\": [0.30000000000000004, 150, 1]", text);
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        using var document = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal(2, document.RootElement.GetProperty("worlds").GetArrayLength());
    }

    [Fact]
    public void a_file_in_another_format_or_a_newer_version_or_with_mismatched_lists_is_refused_with_the_reason()
    {
        var text = Sample().ToJson();

        Assert.Contains("not a worlds file", Assert.Throws<FormatException>(() => WorldsFile.Parse("{\"format\": \"other\"}")).Message);
        Assert.Contains("version 2", Assert.Throws<FormatException>(() => WorldsFile.Parse(text.Replace("\"version\": 1", "\"version\": 2"))).Message);
        Assert.Contains("2 values for 3 parameters", Assert.Throws<FormatException>(() => WorldsFile.Parse(text.Replace("[0.30000000000000004, 150, 1]", "[0.3, 150]"))).Message);
        Assert.Contains("\"cutoff\"", Assert.Throws<FormatException>(() => WorldsFile.Parse(text.Replace("\"cutoff\": 3", "\"cutoff\": \"3\""))).Message);
        Assert.Contains("not valid JSON", Assert.Throws<FormatException>(() => WorldsFile.Parse(text[..^5])).Message);
    }

    [Fact]
    public void taking_more_worlds_than_the_file_holds_says_how_many_it_has()
    {
        Assert.Equal(2, Sample().Take(2).Count);
        Assert.Contains("holds 2 plausible worlds", Assert.Throws<ArgumentOutOfRangeException>(() => Sample().Take(3)).Message);
    }

    [Fact]
    public void a_file_round_trips_through_the_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"worlds-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            Sample().Write(path);
            Assert.Equal(Sample().ToJson(), WorldsFile.Read(path).ToJson());
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
