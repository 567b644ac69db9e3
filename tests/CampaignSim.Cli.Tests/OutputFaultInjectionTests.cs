using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CampaignSim.Testing;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// Hostile and unlucky entries beside an <c>--out</c> folder, for every command that writes one: links at the hidden
/// staging names that point at someone's folder, real folders that merely have such names, an <c>--out</c> that is
/// itself a link, and named pipes in and beside it, which must never be opened. In each case nothing outside
/// <c>--out</c> may change (docs/cli.md, "Output folders").
/// </summary>
[Trait("Stage", "FaultInjection")]
public sealed partial class OutputFaultInjectionTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string IdA = "00000000000000000000000000000000";
    private const string IdB = "3123456789abcdef0123456789abcdef";
    private const string IdC = "4123456789abcdef0123456789abcdef";
    private const string IdD = "5123456789abcdef0123456789abcdef";

    /// <summary>A pid above Linux's largest (2^22), so no process ever has it.</summary>
    private const string DeadPid = "987654321";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Stored = new(StringComparer.Ordinal);

    /// <summary>Every command that takes --out; <see cref="every_command_that_writes_an_output_folder_is_covered"/> keeps the list complete.</summary>
    public static TheoryData<string> Verbs => ["compare", "whatif", "run", "sweep", "sensitivity", "calibrate", "replay"];

    [Fact]
    public void every_command_that_writes_an_output_folder_is_covered()
    {
        using var temp = new TempFolder();
        var help = Cli.Run(temp.Path, "--help").Stdout;
        var commands = CommandLine().Matches(help).Select(m => m.Groups[1].Value).ToArray();

        var withOut = commands.Where(c => Cli.Run(temp.Path, c, "--help").Stdout.Contains("  --out ", StringComparison.Ordinal));

        Assert.True(commands.Length >= 10, help);
        Assert.Equal(Verbs.Select(v => v.Data).Order(), withOut.Order());
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void links_at_the_staging_names_are_never_followed(string verb)
    {
        using var temp = new TempFolder();
        var victim = EarlierOutput(temp, "victim", withUserFile: true);
        Directory.CreateDirectory(temp["work"]);
        Link(temp, $"work/.campaignsim-{IdA}.old", victim);
        Link(temp, $"work/.campaignsim-{IdB}.partial", victim);
        Link(temp, $"work/.campaignsim-{IdC}.lock", Path.Combine(victim, "report.md"));
        Link(temp, $"work/.notes.{DeadPid}-{IdD}.partial", victim);
        Link(temp, $"work/.campaignsim-{IdD}.old", victim);
        Link(temp, $"work/.campaignsim-{IdD}.partial", victim);
        temp.Write($"work/.campaignsim-{IdD}.lock", ForgedLock(IdD, temp["work/out"], "report.md", "data/runs.csv"));
        var before = FolderSnapshot.Of(temp.Path, "work/out");

        var result = Cli.Run(temp["work"], Args(verb, "out"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, FolderSnapshot.Of(temp.Path, "work/out"));
        Assert.True(File.Exists(temp["work/out/campaignsim-files.sha256"]), result.ToString());
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void folders_that_only_look_like_staging_folders_are_left_alone(string verb)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["work"]);
        Directory.CreateDirectory(temp[$"work/.campaignsim-{IdB}.partial"]);
        temp.Write($"work/.campaignsim-{IdB}.partial/user.txt", "mine");
        Directory.CreateDirectory(temp[$"work/.notes.{DeadPid}-{IdC}.partial"]);
        temp.Write($"work/.notes.{DeadPid}-{IdC}.partial/user.txt", "mine too");
        EarlierOutput(temp, $"work/.campaignsim-{IdA}.old", withUserFile: false);
        EarlierOutput(temp, $"work/.campaignsim-{IdD}.old", withUserFile: true);
        temp.Write($"work/.campaignsim-{IdD}.lock", temp["work/out"]);
        var before = FolderSnapshot.Of(temp.Path, "work/out");

        var result = Cli.Run(temp["work"], Args(verb, "out"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, FolderSnapshot.Of(temp.Path, "work/out"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void an_out_folder_that_is_a_link_is_refused_and_what_it_points_at_is_left_alone(string verb)
    {
        using var temp = new TempFolder();
        var victim = EarlierOutput(temp, "victim", withUserFile: false);
        Directory.CreateDirectory(temp["work"]);
        Link(temp, "work/out", victim);
        var before = FolderSnapshot.Of(temp.Path);

        var result = Cli.Run(temp["work"], Args(verb, "out"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--out 'out' is a symbolic link", result.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void an_earlier_output_replaced_by_the_command_loses_only_its_own_files(string verb)
    {
        using var temp = new TempFolder();
        var victim = EarlierOutput(temp, "victim", withUserFile: true);
        Directory.CreateDirectory(temp["work"]);
        Assert.Equal(0, Cli.Run(temp["work"], Args(verb, "out")).ExitCode);
        Link(temp, "work/out/elsewhere", victim);
        temp.Write("work/out/notes.txt", "keep me");
        var before = FolderSnapshot.Of(temp.Path, "work/out");

        var result = Cli.Run(temp["work"], [.. Args(verb, "out"), "--force"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, FolderSnapshot.Of(temp.Path, "work/out"));
        Assert.Equal(victim, new FileInfo(temp["work/out/elsewhere"]).LinkTarget);
        Assert.Equal("keep me", File.ReadAllText(temp["work/out/notes.txt"]));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void a_named_pipe_in_or_beside_the_out_folder_is_never_opened_or_removed(string verb)
    {
        using var temp = new TempFolder();
        EarlierOutput(temp, "work/out", withUserFile: false);
        MakePipe(temp["work/out/pipe"]);
        MakePipe(temp[$"work/.campaignsim-{IdD}.lock"]);

        // A pipe with no writer blocks whoever opens it: hashing it, or reading it as a lock, would hang the command
        // (and SIGTERM with it, the thread being stuck in open).
        var forced = Cli.Run(temp["work"], [.. Args(verb, "out"), "--force"]);

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.True(IsPipe(temp["work/out/pipe"]));
        Assert.True(IsPipe(temp[$"work/.campaignsim-{IdD}.lock"]));
    }

    [Fact]
    public void verify_refuses_a_manifest_that_is_a_named_pipe_instead_of_waiting_on_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["out"]);
        MakePipe(temp["out/manifest.json"]);

        var byFolder = Cli.Run(temp.Path, "verify", "out");
        var byFile = Cli.Run(temp.Path, "verify", "out/manifest.json");

        foreach (var result in new[] { byFolder, byFile })
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("not a regular file", result.Stderr);
            Assert.DoesNotContain("   at ", result.Stderr);
        }

        Assert.True(IsPipe(temp["out/manifest.json"]));
    }

    [Fact]
    public void a_listed_file_or_the_record_replaced_by_a_named_pipe_is_refused_by_name_even_with_force()
    {
        using var temp = new TempFolder();
        var first = Cli.Run(temp.Path, Args("compare", "out"));
        Assert.True(first.ExitCode == 0, first.ToString());
        File.Delete(temp["out/report.md"]);
        MakePipe(temp["out/report.md"]);

        MakePipe(temp["out/pipe"]);

        var refused = Cli.Run(temp.Path, Args("compare", "out"));
        var forced = Cli.Run(temp.Path, [.. Args("compare", "out"), "--force"]);
        File.Delete(temp["out/campaignsim-files.sha256"]);
        MakePipe(temp["out/campaignsim-files.sha256"]);
        var withoutRecord = Cli.Run(temp.Path, [.. Args("compare", "out"), "--force"]);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("files campaignsim did not write (pipe (not a regular file), report.md (not a regular file))", refused.Stderr);
        Assert.True(forced.ExitCode == 2, forced.ToString());
        Assert.Contains("holds report.md (not a regular file), which campaignsim did not write but would write now", forced.Stderr);
        Assert.True(withoutRecord.ExitCode == 2, withoutRecord.ToString());
        Assert.Contains("campaignsim-files.sha256 (not a regular file)", withoutRecord.Stderr);
        Assert.True(IsPipe(temp["out/report.md"]));
        Assert.True(IsPipe(temp["out/campaignsim-files.sha256"]));
        Assert.DoesNotContain("   at ", refused.Stderr + forced.Stderr + withoutRecord.Stderr);
    }

    [Fact]
    public void verify_reports_a_data_file_replaced_by_a_named_pipe_instead_of_reading_it()
    {
        using var temp = new TempFolder();
        var first = Cli.Run(temp.Path, Args("compare", "out"));
        Assert.True(first.ExitCode == 0, first.ToString());
        File.Delete(temp["out/runs.csv"]);
        MakePipe(temp["out/runs.csv"]);

        var verify = Cli.Run(temp.Path, "verify", "out");

        Assert.True(verify.ExitCode == 3, verify.ToString());
        Assert.Contains("runs.csv in", verify.Stdout);
        Assert.Contains("is not a regular file (a pipe, socket or device), so it is not read", verify.Stdout);
    }

    /// <summary>The command line of <paramref name="verb"/> at its smallest, writing to <paramref name="outDir"/>.</summary>
    private string[] Args(string verb, string outDir) => verb switch
    {
        "compare" => ["compare", "nonunion-diner", "--runs", "2", "--out", outDir],
        "whatif" => ["whatif", "nonunion-diner", "--set", "weeks=30", "--runs", "2", "--out", outDir],
        "run" => ["run", "nonunion-diner", "--model", "independent-solidarity", "--out", outDir],
        "sweep" => ["sweep", "nonunion-diner", "--param", "weeks=20,30", "--runs", "2", "--out", outDir],
        "sensitivity" => ["sensitivity", "nonunion-diner", "--trajectories", "2", "--runs", "2", "--out", outDir],
        "calibrate" => ["calibrate", "--runs", "10", "--out", outDir],
        "replay" => ["replay", StoredComparison(), "--db", postgres.ConnectionString, "--out", outDir],
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "no command line for this verb"),
    };

    /// <summary>A comparison stored once per database, for <c>replay</c>.</summary>
    private string StoredComparison() => Stored.GetOrAdd(postgres.ConnectionString, cs => new Lazy<string>(() =>
    {
        using var temp = new TempFolder();
        var stored = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--db", cs, "--store", "outcomes");
        return StoredAs().Match(stored.Stdout) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(stored.ToString());
    })).Value;

    /// <summary>A folder as campaignsim writes one (files listed with their hashes), with a file of the user's when asked.</summary>
    private static string EarlierOutput(TempFolder temp, string relative, bool withUserFile)
    {
        var folder = temp[relative];
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.WriteAllText(Path.Combine(folder, "report.md"), "# An earlier report\n");
        File.WriteAllText(Path.Combine(folder, "data/runs.csv"), "model,run\nx,1\n");
        File.WriteAllText(Path.Combine(folder, "campaignsim-files.sha256"), string.Concat(
            new[] { "report.md", "data/runs.csv" }.Select(f => $"{FolderSnapshot.Sha256(Path.Combine(folder, f))}  {f}\n")));
        if (withUserFile)
        {
            File.WriteAllText(Path.Combine(folder, "thesis.txt"), "years of work");
        }

        return folder;
    }

    /// <summary>A lock file in campaignsim's own format, as someone with write access to the folder could forge one.</summary>
    private static string ForgedLock(string id, string target, params string[] files) =>
        $"campaignsim-staging 1\nid {id}\ntarget \"{target}\"\n" + string.Concat(files.Select(f => $"file \"{f}\"\n")) + "old\n";

    private static void Link(TempFolder temp, string relative, string pointsTo) => File.CreateSymbolicLink(temp[relative], pointsTo);

    /// <summary>Makes a named pipe (mkfifo) at <paramref name="path"/>.</summary>
    private static void MakePipe(string path) => Assert.Equal(0, Tool("mkfifo", path));

    /// <summary>Whether <paramref name="path"/> is still a named pipe (test -p; never opens it).</summary>
    private static bool IsPipe(string path) => Tool("test", "-p", path) == 0;

    private static int Tool(string name, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(name) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"could not run {name}");
        process.WaitForExit();
        return process.ExitCode;
    }

    [GeneratedRegex("^  ([a-z]+) {2,}", RegexOptions.Multiline)]
    private static partial Regex CommandLine();

    [GeneratedRegex("Stored as comparison ([0-9a-zA-Z-]+)")]
    private static partial Regex StoredAs();
}
