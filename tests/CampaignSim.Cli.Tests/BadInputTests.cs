namespace CampaignSim.Cli.Tests;

/// <summary>Every kind of bad input exits with code 2, names the problem, shows no stack trace and writes no output folder.</summary>
public class BadInputTests
{
    private const string BadYaml = "schema: 1\nname: broken\nweeks: [1, 2\n";
    private const string UnknownKey = "schema: 1\nname: typo\nwekks: 10\n";
    private const string OutOfRange = "schema: 1\nname: too long\nweeks: 9999\n";
    private static readonly string DeeplyNested = new('[', 34_000);
    private static readonly string Balanced = new string('[', 40_000) + new string(']', 40_000);

    public static TheoryData<string, string?, string[], string> Cases => new()
    {
        { "missing file", null, ["compare", "no-such-dir/missing.yaml"], "no such scenario file" },
        { "bad YAML", BadYaml, ["compare", "scenario.yaml"], "scenario.yaml:4:1" },
        { "unknown key", UnknownKey, ["compare", "scenario.yaml"], "did you mean 'weeks'?" },
        { "out of range", OutOfRange, ["compare", "scenario.yaml"], "must be between 1 and 520" },
        { "unknown model", null, ["compare", "nonunion-diner", "--models", "independent-solidarity,anarcho-syndicalism"], "unknown model 'anarcho-syndicalism'" },
        { "unknown model in run", null, ["run", "nonunion-diner", "--model", "wobblies"], "allowed model ids" },
        { "bad --set path", null, ["compare", "nonunion-diner", "--set", "workplace.employer.hostilty=0.9"], "did you mean 'hostility'?" },
        { "bad --set value", null, ["compare", "nonunion-diner", "--set", "workplace.employer.hostility=7"], "hostility" },
        { "bad --runs", null, ["compare", "nonunion-diner", "--runs", "0"], "from 1 to 100,000" },
        { "too many --runs", null, ["compare", "nonunion-diner", "--runs", "100001"], "from 1 to 100,000" },
        { "bad --seed", null, ["compare", "nonunion-diner", "--seed", "-3"], "--seed" },
        { "bad --weights", null, ["compare", "nonunion-diner", "--weights", "wages=lots"], "wages=lots" },
        { "unknown weight", null, ["compare", "nonunion-diner", "--weights", "glory=1"], "keys: wages, demands, safety, control, cost" },
        { "inapplicable baseline", null, ["compare", "nonunion-diner", "--baseline", "caucus-grassroots"], "does not apply" },
        { "unknown option", null, ["compare", "nonunion-diner", "--fast"], "unknown option '--fast'" },
        { "misspelt option", null, ["compare", "nonunion-diner", "--rnus", "3"], "did you mean '--runs'?" },
        { "misspelt sweep option", null, ["sweep", "nonunion-diner", "--prams", "x=1"], "did you mean '--param'?" },
        { "an option sensitivity has no use for", null, ["sensitivity", "nonunion-diner", "--format", "parquet"], "unknown option '--format'" },
        { "a value given to a flag", null, ["compare", "nonunion-diner", "--force=yes"], "--force takes no value" },
        { "an option given twice", null, ["compare", "nonunion-diner", "--runs", "3", "--runs", "4"], "--runs is given twice" },
        { "--weekly per-run with --db for whatif", null, ["whatif", "nonunion-diner", "--set", "weeks=52", "--weekly", "per-run", "--db", "Host=127.0.0.1;Port=1"], "leave out --db" },
        { "bad --weekly", null, ["compare", "nonunion-diner", "--weekly", "daily"], "'means'" },
        { "--weekly per-run with --db", null, ["compare", "nonunion-diner", "--weekly", "per-run", "--db", "Host=127.0.0.1;Port=1"], "leave out --db" },
        { "--weekly per-run in a sweep", null, ["sweep", "nonunion-diner", "--weekly", "per-run", "--param", "weeks=10,20"], "sweep-runs.csv" },
        { "bad --format", null, ["compare", "nonunion-diner", "--format", "xlsx"], "'csv'" },
        { "--points and --param", null, ["sweep", "nonunion-diner", "--points", "p.csv", "--param", "weeks=10,20"], "not both" },
        { "missing --points file", null, ["sweep", "nonunion-diner", "--points", "none.csv"], "--points 'none.csv': no such file" },
        { "unreachable event store", null, ["compare", "nonunion-diner", "--db", "Host=127.0.0.1;Port=1;Database=nowhere;Username=postgres;Password=hunter2"], "127.0.0.1:1, database \"nowhere\"" },
        { "--store without --db", null, ["compare", "nonunion-diner", "--store", "full"], "give --db CONNECTION" },
        { "bad --store", null, ["compare", "nonunion-diner", "--db", "Host=127.0.0.1;Port=1", "--store", "most"], "full, outcomes or sample:K" },
        { "replay without a database", null, ["replay", "0123456789abcdef0123456789abcdef"], "give --db CONNECTION" },
        { "sweep without --param", null, ["sweep", "nonunion-diner"], "at least one --param" },
        { "bad sweep range", null, ["sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.9:0.2:0.1"], "TO at least FROM" },
        { "bad sweep path", null, ["sweep", "nonunion-diner", "--param", "workplace.employer.hostilty=0.2:0.4:0.1"], "did you mean 'hostility'?" },
        { "sweep value out of range", null, ["sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.5:1.5:0.5"], "hostility" },
        { "unknown shipped name", null, ["compare", "hospital-steward"], "did you mean 'hospital-stewards'?" },
        { "weights that overflow", null, ["compare", "nonunion-diner", "--weights", "wages=1e308,demands=1e308"], "each weight is 0 or from 0.001 to 1,000" },
        { "a weight given twice", null, ["compare", "nonunion-diner", "--weights", "wages=1,wages=2"], "gives 'wages' twice" },
        { "empty weights", null, ["compare", "nonunion-diner", "--weights", ""], "--weights is empty" },
        { "a negative smallest difference", null, ["compare", "nonunion-diner", "--matter", "safety=-2"], "--matter 'safety=-2': 'safety=-2': safety must be a number from 0 to 100 (percentage points of the chance of a firing)" },
        { "a smallest cost difference too large", null, ["compare", "nonunion-diner", "--matter", "cost=2e6"], "cost must be a number from 0 to 100,000 (dollars per worker per year)" },
        { "an unknown criterion in --matter", null, ["whatif", "nonunion-diner", "--set", "weeks=52", "--matter", "firings=1"], "unknown criterion 'firings' (keys: wages, demands, safety, control, cost)" },
        { "a criterion twice in --matter", null, ["sweep", "nonunion-diner", "--param", "weeks=52,104", "--matter", "wages=1,wages=2"], "'wages' is given twice" },
        { "a word for a smallest difference", null, ["compare", "nonunion-diner", "--matter", "wages=lots"], "wages must be a number from 0 to 100 (percentage points of wage rise)" },
        { "empty --matter", null, ["compare", "nonunion-diner", "--matter", ""], "--matter is empty" },
        { "deeply nested scenario", DeeplyNested, ["run", "scenario.yaml", "--model", "independent-solidarity"], "scenario.yaml:1:33: (file): lists and mappings are nested more than 32 levels" },
        { "deeply nested scenario in compare", DeeplyNested, ["compare", "scenario.yaml"], "nested more than 32 levels" },
        { "deeply nested --set", null, ["run", "nonunion-diner", "--model", "independent-solidarity", "--set", "weeks=" + Balanced], "--set:1:1: (override)" },
        { "endless scenario file", null, ["compare", "/dev/zero"], "/dev/zero: (file): is larger than 1 MiB" },
        { "control characters in a scenario name", null, ["compare", "nonunion-diner", "--set", "name=\"\\e[2J\""], "control character U+001B" },
        { "a right-to-left override in a scenario name", null, ["compare", "nonunion-diner", "--set", "name=diner \u202Egnp.exe"], "bidirectional formatting character U+202E at character 7" },
        { "a bidirectional isolate in a scenario name", null, ["run", "nonunion-diner", "--model", "independent-solidarity", "--set", "name=a\u2067b"], "U+2067" },
        { "a right-to-left mark in a description", null, ["compare", "nonunion-diner", "--set", "description=line\u200F"], "U+200F" },
        { "a weight too small to tell from 0", null, ["compare", "nonunion-diner", "--weights", "wages=1e-400"], "wages=1e-400 is out of range; each weight is 0 or from 0.001 to 1,000" },
        { "a negative zero weight", null, ["compare", "nonunion-diner", "--weights", "wages=-0"], "wages=-0 is out of range" },
        { "a weight that rounds up to the smallest", null, ["sweep", "nonunion-diner", "--param", "weeks=20,30", "--weights", "cost=0.00099999999999999999"], "cost=0.00099999999999999999 is out of range" },
        { "a model given twice", null, ["compare", "nonunion-diner", "--models", "business-unionism,business-unionism"], "--models gives 'business-unionism' twice; give each model once" },
        { "a model given twice to sensitivity", null, ["sensitivity", "nonunion-diner", "--models", "independent-solidarity,business-unionism,independent-solidarity"], "gives 'independent-solidarity' twice" },
        { "a sweep too large to finish", null, ["sweep", "nonunion-diner", "--param", "workplace.employer.hostility=0.1:0.9:0.02", "--param", "workplace.union.stance=business,mixed,militant", "--runs", "100000"], "this job would simulate 73,800,000 campaigns (123 points × 100,000 runs × 6 models); one command may simulate at most 20,000,000" },
        { "a screening too large to finish", null, ["sensitivity", "nonunion-diner", "--parameters", "mechanics", "--trajectories", "200", "--runs", "10000"], "one command may simulate at most 20,000,000" },
        { "a robust comparison too large to finish", null, ["compare", "hospital-stewards", "--runs", "100000", "--worlds", "35"], "this job would simulate 21,600,000 campaigns (36 comparisons (the scenario's own values and 35 plausible worlds) × 100,000 runs × 6 models); one command may simulate at most 20,000,000" },
        { "a history match too large to finish", null, ["calibrate", "--worlds", "2000", "--waves", "20", "--runs", "100"], "(2,000 candidates × (20 waves × 13 fitting case and model pairs + 13 validation pairs for the kept worlds) × 100 runs); one command may simulate at most 20,000,000" },
        { "a calibration to distribute with no database", null, ["calibrate", "--runs", "10", "--distributed"], "--distributed puts the runs on a queue in PostgreSQL for 'campaignsim worker' processes; give --db CONNECTION" },
        { "a history match to distribute with no database", null, ["calibrate", "--worlds", "10", "--distributed"], "--distributed puts the runs on a queue in PostgreSQL for 'campaignsim worker' processes; give --db CONNECTION" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void bad_input_exits_2_with_a_message_and_writes_nothing(string name, string? scenarioText, string[] args, string expected)
    {
        using var temp = new TempFolder();
        if (scenarioText is not null)
        {
            temp.Write("scenario.yaml", scenarioText);
        }

        var result = Cli.Run(temp.Path, [.. args, "--out", "out"]);

        Assert.True(result.ExitCode == 2, $"{name}: {result}");
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.False(Directory.Exists(temp["out"]), $"{name}: wrote an output folder");
        Assert.Equal(scenarioText is null ? 0 : 1, Directory.GetFileSystemEntries(temp.Path).Length);
    }

    [Fact]
    public void an_option_at_the_end_without_its_value_is_named_with_its_placeholder()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--runs needs a value: --runs N", result.Stderr);
    }

    [Fact]
    public void control_characters_in_what_is_echoed_never_reach_the_terminal_raw()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "validate", "\u001b[2Jno-such.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\\x1B[2Jno-such.yaml", result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stdout + result.Stderr);
    }

    [Fact]
    public void bidirectional_formatting_characters_in_what_is_echoed_are_shown_escaped()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "validate", "report\u202Edm.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("report\\u202Edm.yaml", result.Stderr);
        Assert.DoesNotContain('\u202E', result.Stdout + result.Stderr);
    }

    [Theory]
    [InlineData("wages=0,demands=1")]
    [InlineData("wages=0.0e7,demands=0.001,safety=1000,control=+0,cost=1E3")]
    public void weights_of_zero_and_at_the_ends_of_the_range_are_accepted(string weights)
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--weights", weights);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void verify_reads_no_more_of_an_endless_file_than_a_manifest_can_be()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");
        using var temp = new TempFolder();

        // A device is refused by name without a byte read; a regular file past the limit is refused by its size.
        var device = Cli.Run(temp.Path, "verify", "/dev/zero");
        File.WriteAllBytes(temp["big.json"], new byte[(1 << 20) + 1]);
        var big = Cli.Run(temp.Path, "verify", "big.json");

        Assert.Equal(2, device.ExitCode);
        Assert.Contains("/dev/zero: not a regular file", device.Stderr);
        Assert.Equal(2, big.ExitCode);
        Assert.Contains("larger than 1 MiB", big.Stderr);
    }

    [Fact]
    public void no_arguments_prints_usage_with_exit_code_2()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: campaignsim <command>", result.Stderr);
    }

    [Fact]
    public void an_unknown_verb_lists_the_verbs()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "simulate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("compare, whatif, run", result.Stderr);
    }
    [Fact]
    public void a_misspelt_verb_gets_a_did_you_mean()
    {
        using var temp = new TempFolder();
        var result = Cli.Run(temp.Path, "comapre", "nonunion-diner");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'compare'?", result.Stderr);
    }

}
