namespace CampaignSim.Cli.Tests;

public class SweepTests
{
    [Fact]
    public void sweep_runs_every_point_with_the_same_seeds_and_writes_a_tidy_csv()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.3:0.9:0.3", "--runs", "8", "--out", "sweep");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("hostility=0.3", result.Stdout);
        Assert.Contains("hostility=0.9", result.Stdout);
        var csv = File.ReadAllLines(Path.Combine(temp.Path, "sweep", "sweep.csv"));
        Assert.StartsWith("workplaces[0].employer.hostility,model,applicable,rank,score,wageChangePct", csv[0].Replace("workplace.", "workplaces[0]."));
        Assert.Equal(1 + 3 * 6, csv.Length);
        Assert.True(File.Exists(Path.Combine(temp.Path, "sweep", "report.md")));
    }

    [Fact]
    public void sweep_gives_the_same_numbers_twice()
    {
        using var temp = new TempFolder();
        string[] args = ["sweep", "nonunion-diner", "--param", "workplace.employer.redBaiting=0.2:0.8:0.6", "--runs", "6"];
        var a = Cli.Run(temp.Path, [.. args, "--out", "a"]);
        var b = Cli.Run(temp.Path, [.. args, "--out", "b", "--threads", "1"]);
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "a", "sweep.csv")), File.ReadAllBytes(Path.Combine(temp.Path, "b", "sweep.csv")));
    }
}
