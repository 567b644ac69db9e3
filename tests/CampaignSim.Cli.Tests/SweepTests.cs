namespace CampaignSim.Cli.Tests;

public class SweepTests
{
    [Fact]
    public void sweep_runs_every_point_with_the_same_seeds_and_writes_tidy_files()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.3:0.9:0.3", "--runs", "8", "--out", "sweep");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("hostility=0.3", result.Stdout);
        Assert.Contains("hostility=0.9", result.Stdout);
        // Each row gives the ranks the model takes in 95% of the resamples beside its rank on the means.
        Assert.Matches(@"point\s+values\s+model\s+rank\s+best in\s+rank range", result.Stdout);
        var csv = File.ReadAllLines(temp["sweep/sweep.csv"]);
        Assert.StartsWith("workplace.employer.hostility,point,model,applicable,rank,score,pBest,rankLow,rankHigh,wageChangePct,wageChangePct_low,wageChangePct_high,", csv[0]);
        Assert.Equal(1 + 3 * 6, csv.Length);
        Assert.StartsWith("0.3,p1,", csv[1]);
        var runs = File.ReadAllLines(temp["sweep/sweep-runs.csv"]);
        Assert.StartsWith("scenario,variant,workplace.employer.hostility,model,replication,seed,", runs[0]);
        Assert.Equal(1 + 3 * 3 * 8, runs.Length);
        foreach (var file in new[] { "report.md", "report.html", "manifest.json" })
        {
            Assert.True(File.Exists(temp[$"sweep/{file}"]), file);
        }

        Assert.Contains("<svg", File.ReadAllText(temp["sweep/report.html"]));
    }

    [Fact]
    public void a_categorical_sweep_takes_words_and_verify_accepts_its_folder()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sweep", "hospital-stewards", "--param", "workplace.union.stance=business,mixed,militant",
            "--models", "business-unionism,militant-mainstream", "--runs", "6", "--out", "stance");

        Assert.True(result.ExitCode == 0, result.ToString());
        var csv = File.ReadAllLines(temp["stance/sweep.csv"]);
        Assert.Equal(["business", "business", "mixed", "mixed", "militant", "militant"], csv.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(csv.Skip(1), l => Assert.Matches(@"^\w+,p\d,[a-z-]+,true,\d,[0-9.E-]+,[0-9.E-]+,\d,\d,", l));

        var verify = Cli.Run(temp.Path, "verify", "stance");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.StartsWith("match: sweep.csv, sweep-runs.csv", verify.Stdout);

        File.WriteAllText(temp["stance/sweep-runs.csv"], File.ReadAllText(temp["stance/sweep-runs.csv"]).Replace(",p2,", ",p9,"));
        var mismatch = Cli.Run(temp.Path, "verify", "stance");
        Assert.Equal(3, mismatch.ExitCode);
        Assert.Contains("mismatch: sweep-runs.csv differs", mismatch.Stdout);
    }

    [Fact]
    public void chosen_combinations_come_from_a_points_file_and_a_bad_line_is_named()
    {
        using var temp = new TempFolder();
        temp.Write("points.csv", "workplace.union.stance,workplace.employer.hostility\nmilitant,0.8\n# a comment\nbusiness,0.2\n");
        var result = Cli.Run(temp.Path, "sweep", "hospital-stewards", "--points", "points.csv", "--models", "business-unionism,militant-mainstream",
            "--runs", "4", "--out", "chosen");

        Assert.True(result.ExitCode == 0, result.ToString());
        var csv = File.ReadAllLines(temp["chosen/sweep.csv"]);
        Assert.StartsWith("workplace.union.stance,workplace.employer.hostility,point,", csv[0]);
        Assert.StartsWith("militant,0.8,p1,", csv[1]);
        Assert.StartsWith("business,0.2,p2,", csv[3]);

        temp.Write("bad.csv", "workplace.union.stance,workplace.employer.hostility\nmilitant\n");
        var bad = Cli.Run(temp.Path, "sweep", "hospital-stewards", "--points", "bad.csv", "--runs", "4");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.csv:2: expected 2 values", bad.Stderr);
        Assert.DoesNotContain("   at ", bad.Stderr);
    }

    [Fact]
    public void a_range_of_words_is_refused_with_the_list_form_named()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "sweep", "hospital-stewards", "--param", "workplace.union.stance=business:militant:1", "--out", "never");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("workplace.union.stance=business,mixed,militant", result.Stderr);
        Assert.False(Directory.Exists(temp["never"]));
    }

    [Fact]
    public void sweep_gives_the_same_bytes_twice()
    {
        using var temp = new TempFolder();
        string[] args = ["sweep", "nonunion-diner", "--param", "workplace.employer.redBaiting=0.2:0.8:0.6", "--runs", "6"];
        var a = Cli.Run(temp.Path, [.. args, "--out", "a"]);
        var b = Cli.Run(temp.Path, [.. args, "--out", "b", "--threads", "1"]);
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        foreach (var file in new[] { "sweep.csv", "sweep-runs.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "a", file)), File.ReadAllBytes(Path.Combine(temp.Path, "b", file)));
        }
    }
}
