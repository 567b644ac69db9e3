using System.Diagnostics;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// --out never deletes or overwrites a file campaignsim did not write, finds an unwritable destination before the
/// runs, and a kill -9 at any moment loses no user file and leaves no staging folder after the next run.
/// </summary>
public class OutputSafetyTests
{
    [Fact]
    public void a_folder_of_the_users_files_is_refused_and_left_as_it_was()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["d/photos"]);
        temp.Write("d/manifest.json", "{}");
        temp.Write("d/thesis.txt", "thesis");

        var refused = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--out", "d");
        var forced = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--out", "d", "--force");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("did not write (manifest.json, photos/, thesis.txt)", refused.Stderr);
        Assert.Contains("--force", refused.Stderr);
        Assert.Equal("", refused.Stdout);
        Assert.True(forced.ExitCode == 2, forced.ToString());
        Assert.Contains("holds manifest.json, which campaignsim did not write but would write now", forced.Stderr);
        Assert.Equal(["manifest.json", "photos", "thesis.txt"], Entries(temp["d"]));
        Assert.Equal("{}", File.ReadAllText(temp["d/manifest.json"]));
        Assert.Equal(["d"], Entries(temp.Path));
    }

    [Fact]
    public void run_refuses_a_folder_that_holds_a_story_md_it_did_not_write()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["book"]);
        temp.Write("book/story.md", "my story");
        temp.Write("book/chapter2.md", "chapter two");

        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "book");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["chapter2.md", "story.md"], Entries(temp["book"]));
        Assert.Equal("my story", File.ReadAllText(temp["book/story.md"]));
    }

    [Fact]
    public void force_replaces_only_the_files_campaignsim_wrote_and_keeps_the_rest()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--out", "d").ExitCode);
        temp.Write("d/notes.txt", "keep me");

        var refused = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "d");
        var forced = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "d", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(["campaignsim-files.sha256", "events.jsonl", "notes.txt", "story.md"], Entries(temp["d"]));
        Assert.Equal("keep me", File.ReadAllText(temp["d/notes.txt"]));
        Assert.Equal(["d"], Entries(temp.Path));
    }

    [Fact]
    public void an_edited_file_of_an_earlier_output_is_replaced_only_with_force()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--out", "d").ExitCode);
        File.AppendAllText(temp["d/report.md"], "\nmy comments\n");

        var refused = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--out", "d");
        var forced = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "3", "--out", "d", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("edited since (report.md)", refused.Stderr);
        Assert.Equal(0, forced.ExitCode);
        Assert.DoesNotContain("my comments", File.ReadAllText(temp["d/report.md"]));
        Assert.Equal(1 + 3 * 3, File.ReadAllLines(temp["d/runs.csv"]).Length);
    }

    [Fact]
    public void a_destination_that_cannot_be_created_is_refused_before_any_run()
    {
        using var temp = new TempFolder();
        temp.Write("a-file", "not a folder");

        var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--out", "a-file/out");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("a-file is a file, not a folder", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void a_full_disk_is_exit_2_with_a_clear_message_and_no_partial_folder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["small"]);
        using (var mount = Process.Start("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", temp["small"]]))
        {
            mount!.WaitForExit();
            Assert.SkipWhen(mount.ExitCode != 0, "needs permission to mount a small tmpfs");
        }

        try
        {
            var result = Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "50", "--out", "small/out");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("cannot be written: the disk is full", result.Stderr);
            Assert.Empty(Entries(temp["small"]));
        }
        finally
        {
            using var unmount = Process.Start("umount", [temp["small"]]);
            unmount!.WaitForExit();
        }
    }

    [Fact]
    public void a_folder_name_of_250_characters_can_be_written()
    {
        using var temp = new TempFolder();
        var name = new string('n', 250);

        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", name);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([name], Entries(temp.Path));
    }

    [Fact]
    public void a_kill_at_any_moment_loses_no_user_file_and_the_next_run_leaves_no_staging_folder()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "compare", "nonunion-diner", "--runs", "2", "--out", "d").ExitCode);
        temp.Write("d/thesis.txt", "thesis");
        var args = new[] { "compare", "nonunion-diner", "--runs", "400", "--out", "d", "--force" };

        foreach (var delay in new[] { 400, 1000, 1600, 2200 })
        {
            Cli.KillAfter(temp.Path, args, TimeSpan.FromMilliseconds(delay));

            Assert.Equal("thesis", File.ReadAllText(temp["d/thesis.txt"]));
        }

        var last = Cli.Run(temp.Path, args);

        Assert.True(last.ExitCode == 0, last.ToString());
        Assert.Equal(["d"], Entries(temp.Path));
        Assert.Equal("thesis", File.ReadAllText(temp["d/thesis.txt"]));
        Assert.Equal(1 + 3 * 400, File.ReadAllLines(temp["d/runs.csv"]).Length);
    }

    [Fact]
    public void staging_folders_left_by_a_killed_process_are_removed_by_the_next_output()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp[$".campaignsim-{Id}.partial/before"]);
        temp.Write($".campaignsim-{Id}.partial/report.md", "half");
        temp.Write($".campaignsim-{Id}.partial/before/runs.csv", "model,run\n");
        temp.Write($".campaignsim-{Id}.lock", KilledLock(temp["out"], "report.md", "before/runs.csv", "summary.json"));

        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["out"], Entries(temp.Path));
    }

    [Fact]
    public void an_empty_lock_left_by_a_kill_before_its_header_is_removed_but_a_staging_folder_beside_it_keeps_it()
    {
        using var temp = new TempFolder();
        const string other = "fedcba9876543210fedcba9876543210";
        temp.Write($".campaignsim-{Id}.lock", "");
        temp.Write($".campaignsim-{other}.lock", "");
        Directory.CreateDirectory(temp[$".campaignsim-{other}.partial"]);
        temp.Write($".campaignsim-{other}.partial/user.txt", "mine");

        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$".campaignsim-{other}.lock", $".campaignsim-{other}.partial", "out"], Entries(temp.Path));
    }

    [Fact]
    public void cleanup_removes_only_the_files_the_killed_process_announced_in_its_lock()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp[$".campaignsim-{Id}.partial"]);
        temp.Write($".campaignsim-{Id}.partial/report.md", "half");
        temp.Write($".campaignsim-{Id}.partial/user.txt", "mine");
        temp.Write($".campaignsim-{Id}.lock", KilledLock(temp["out"], "report.md"));

        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$".campaignsim-{Id}.lock", $".campaignsim-{Id}.partial", "out"], Entries(temp.Path));
        Assert.Equal(["user.txt"], Entries(temp[$".campaignsim-{Id}.partial"]));
    }

    [Fact]
    public void an_earlier_output_swapped_out_when_the_process_was_killed_goes_back_into_place()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "earlier").ExitCode);
        Directory.Move(temp["earlier"], temp[$".campaignsim-{Id}.old"]);
        temp.Write($".campaignsim-{Id}.lock", KilledLock(temp["earlier"]) + "old\n");

        var result = Cli.Run(temp.Path, "run", "nonunion-diner", "--model", "independent-solidarity", "--out", "other");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["earlier", "other"], Entries(temp.Path));
        Assert.True(File.Exists(temp["earlier/story.md"]));
    }

    [Fact]
    public void calibrate_never_overwrites_a_calibration_page_of_the_users_own()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["cal"]);
        temp.Write("cal/calibration.md", "# Calibration\n\nmy own notes\n");
        temp.Write("thesis.md", "my thesis");

        var refused = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--out", "cal");
        var forced = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--out", "cal", "--force");
        var file = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--out", "thesis.md");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("did not write (calibration.md)", refused.Stderr);
        Assert.True(forced.ExitCode == 2, forced.ToString());
        Assert.Contains("holds calibration.md, which campaignsim did not write but would write now", forced.Stderr);
        Assert.True(file.ExitCode == 2, file.ToString());
        Assert.Contains("--out 'thesis.md' is a file; --out names a folder", file.Stderr);
        Assert.Contains("'campaignsim calibrate --out docs --force' regenerates docs/calibration.md", file.Stderr);
        Assert.Equal("# Calibration\n\nmy own notes\n", File.ReadAllText(temp["cal/calibration.md"]));
        Assert.Equal("my thesis", File.ReadAllText(temp["thesis.md"]));
        Assert.Equal(["cal", "thesis.md"], Entries(temp.Path));
    }

    [Fact]
    public void calibrate_with_force_writes_into_a_folder_of_other_files_and_replaces_only_its_own()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["docs"]);
        temp.Write("docs/ideas.md", "ideas");

        var first = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--out", "docs", "--force");
        var written = File.ReadAllText(temp["docs/calibration.md"]);
        var again = Cli.Run(temp.Path, "calibrate", "--runs", "12", "--out", "docs", "--force");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Wrote docs/: calibration.md", first.Stdout);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.NotEqual(written, File.ReadAllText(temp["docs/calibration.md"]));
        Assert.Equal(["calibration.md", "campaignsim-files.sha256", "ideas.md"], Entries(temp["docs"]));
        Assert.Equal("ideas", File.ReadAllText(temp["docs/ideas.md"]));
        Assert.Equal(["docs"], Entries(temp.Path));
    }

    [Fact]
    public void the_committed_calibration_page_is_recorded_so_its_command_can_replace_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["docs"]);
        foreach (var name in new[] { "calibration.md", "campaignsim-files.sha256", "sources.md" })
        {
            File.Copy(Path.Combine(Cli.RepositoryRoot, "docs", name), temp[$"docs/{name}"]);
        }

        var committed = $"{FolderSnapshot.Sha256(temp["docs/calibration.md"])}  calibration.md\n";

        var result = Cli.Run(temp.Path, "calibrate", "--runs", "10", "--out", "docs", "--force");

        Assert.Equal(committed, File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "docs", "campaignsim-files.sha256")));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("10 replications per model", File.ReadAllText(temp["docs/calibration.md"]));
        Assert.Equal(File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "docs", "sources.md")), File.ReadAllText(temp["docs/sources.md"]));
    }

    /// <summary>A staging id as campaignsim makes them.</summary>
    private const string Id = "0123456789abcdef0123456789abcdef";

    /// <summary>The lock a process killed while staging an output for <paramref name="target"/> leaves, having announced <paramref name="files"/>.</summary>
    private static string KilledLock(string target, params string[] files) =>
        $"campaignsim-staging 1\nid {Id}\ntarget \"{target}\"\n" + string.Concat(files.Select(f => $"file \"{f}\"\n"));

    private static string[] Entries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
