using System.Text;

namespace CampaignSim.Reports.Output;

/// <summary>
/// Writes an output folder all or nothing, and never touches a file campaignsim did not write.
/// </summary>
/// <remarks>
/// <para><see cref="Prepare"/> runs before any work: it refuses a target that is a file, that cannot be created or
/// written, or that holds files campaignsim did not write (or has edited files of ours), unless <c>--force</c> was
/// given; and it creates the hidden staging folder beside the target, so a destination that cannot be written is found
/// before the runs, not after. A target that is a link is refused: campaignsim never writes, moves or deletes through a
/// link.</para>
/// <para><see cref="Commit"/> records every file with its SHA-256 in <see cref="OutputInventory.RecordName"/> and moves the
/// staged folder into place: a target that is missing, empty or holds only unchanged files of ours is swapped whole
/// (two renames); with <c>--force</c>, the new files are moved in one by one, unchanged files of ours from before are
/// removed, and everything else stays. Bad input, an error, Ctrl+C or SIGTERM leave the target as it was; a kill -9
/// leaves hidden staging entries that the next output written beside them cleans up, as far as their lock vouches for
/// them (<see cref="StagingLock"/>).</para>
/// </remarks>
public sealed class OutputFolder : IDisposable
{
    /// <summary>HResult of an <see cref="IOException"/> for ENOSPC on Linux.</summary>
    private const int DiskFull = 28;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _shown;
    private readonly bool _force;
    private readonly StagingLock _lock;
    private readonly List<string> _files = [];
    private bool _committed;

    private OutputFolder(string target, string shown, bool force, StagingLock stagingLock)
    {
        _target = target;
        _shown = shown;
        _force = force;
        _lock = stagingLock;
    }

    /// <summary>The staging folder files are written into.</summary>
    public string Staging => _lock.Partial;

    /// <summary>
    /// Checks that <paramref name="target"/> can receive an output and starts staging it. With <paramref name="force"/>,
    /// a folder holding other files is accepted; their names must not clash with <paramref name="names"/>, the top-level
    /// files and folders the command writes.
    /// </summary>
    /// <exception cref="OutputException">The target is a file, cannot be written, or holds files that are not ours.</exception>
    public static OutputFolder Prepare(string target, bool force, params string[] names)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new OutputException("--out needs a folder path");
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var shown = target.TrimEnd('/', '\\');
        if (FileSystemEntry.IsLink(full))
        {
            throw LinkRefused(full, shown);
        }

        if (File.Exists(full))
        {
            throw new OutputException($"--out '{shown}' is a file; give a folder path (it is created if missing)");
        }

        // Staging goes into the nearest folder that exists, so a bad command line creates no folders; the target's
        // own parent is created only when the output is committed.
        var anchor = Path.GetDirectoryName(full) ?? throw new OutputException($"--out '{shown}': give a folder below the file-system root");
        while (!Directory.Exists(anchor))
        {
            if (File.Exists(anchor))
            {
                throw new OutputException($"--out '{shown}' cannot be created: {anchor} is a file, not a folder");
            }

            anchor = Path.GetDirectoryName(anchor) ?? throw new OutputException($"--out '{shown}': no existing folder above it");
        }

        if (Directory.Exists(full))
        {
            Refuse(full, shown, force, names);
        }

        try
        {
            StagingLock.CleanUp(anchor);
            var stagingLock = StagingLock.Take(anchor, full);
            if (force && Directory.Exists(full))
            {
                File.Delete(WriteProbe(full));
            }

            return new OutputFolder(full, shown, force, stagingLock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(shown, e);
        }
    }

    /// <summary>Writes a UTF-8 text file (no byte-order mark) into the staging folder.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    /// <summary>Writes a file into the staging folder.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(Stage(relativePath), bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(_shown, e);
        }
    }

    /// <summary>Writes a file into the staging folder as <paramref name="write"/> produces it (a file too large to build in memory).</summary>
    public void WriteStreamed(string relativePath, Action<Stream> write)
    {
        using var stream = OpenWrite(relativePath);
        try
        {
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(_shown, e);
        }
    }

    /// <summary>Opens a file in the staging folder for writing as it goes (a file too large to build in memory).</summary>
    public Stream OpenWrite(string relativePath)
    {
        try
        {
            return new FileStream(Stage(relativePath), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(_shown, e);
        }
    }

    /// <summary>Records the files and moves them into place.</summary>
    public void Commit()
    {
        try
        {
            var record = OutputInventory.Record(_files.Select(f => (f, OutputInventory.Sha256(Path.Combine(Staging, f)))));
            _lock.AnnounceFile(OutputInventory.RecordName);
            File.WriteAllText(Path.Combine(Staging, OutputInventory.RecordName), record, Utf8);
            if (FileSystemEntry.IsLink(_target))
            {
                throw LinkRefused(_target, _shown);
            }

            if (FileSystemEntry.IsFree(_target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_target)!);
                Directory.Move(Staging, _target);
            }
            else if (OutputInventory.Of(_target) is { AllOurs: true })
            {
                Swap();
            }
            else
            {
                Refuse(_target, _shown, _force, [.. _files, OutputInventory.RecordName]);
                Merge();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(_shown, e);
        }

        _committed = true;
    }

    /// <summary>Removes the staged files unless they were committed, and releases the staging lock.</summary>
    public void Dispose()
    {
        try
        {
            if (!_committed)
            {
                _lock.RemovePartial();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The lock file stays while the staging folder does, so the next output written here removes the files;
            // hiding the original failure behind this one would help no one.
        }

        _lock.Dispose();
    }

    /// <summary>
    /// Announces a file to the staging lock before it exists, so that a kill at any moment leaves it provably ours, and
    /// returns its path in the staging folder, its folder created.
    /// </summary>
    private string Stage(string relativePath)
    {
        var relative = relativePath.Replace('\\', '/');
        _lock.AnnounceFile(relative);
        _files.Add(relative);
        var path = Path.Combine(Staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static void Refuse(string full, string shown, bool force, IReadOnlyList<string> names)
    {
        var inventory = OutputInventory.Of(full);
        if (!force && !inventory.AllOurs)
        {
            var problems = new List<string>();
            if (inventory.Foreign.Count > 0)
            {
                problems.Add($"files campaignsim did not write ({OutputInventory.Sample(inventory.Foreign)})");
            }

            if (inventory.Changed.Count > 0)
            {
                problems.Add($"files of an earlier output that were edited since ({OutputInventory.Sample(inventory.Changed)})");
            }

            throw new OutputException($"--out '{shown}' holds {string.Join(" and ", problems)}, so it is left as it is. "
                + "Choose a new or empty folder, or give --force to write into this one: it replaces only the files campaignsim "
                + $"wrote there (listed in {OutputInventory.RecordName}), edited or not, and keeps every other file.");
        }

        // A foreign entry clashes when it has the name of a file to be written or of a folder one goes into: a link at
        // either would lead the write elsewhere.
        var clashes = inventory.Foreign
            .Where(f => names.Any(n => n == OutputInventory.PathOf(f) || n.StartsWith(OutputInventory.PathOf(f) + "/", StringComparison.Ordinal)))
            .ToArray();
        if (clashes.Length > 0)
        {
            throw new OutputException($"--out '{shown}' holds {OutputInventory.Sample(clashes)}, which campaignsim did not write but would "
                + "write now; it never overwrites such a file, even with --force. Move it away or choose another folder.");
        }
    }

    /// <summary>The target holds only unchanged files of ours: swap the folders, then remove the earlier files.</summary>
    private void Swap()
    {
        _lock.AnnounceOld();
        Directory.Move(_target, _lock.Old);
        try
        {
            Directory.Move(Staging, _target);
        }
        catch
        {
            Directory.Move(_lock.Old, _target);
            throw;
        }

        OutputInventory.RemoveOurs(_lock.Old);
    }

    /// <summary>
    /// With --force: move the new files in one by one, remove the unchanged files of ours from before that the new output
    /// does not have, keep the rest. A file of ours edited since is no longer provably ours: it is replaced only by a new
    /// file of the same name, never removed.
    /// </summary>
    private void Merge()
    {
        var recorded = OutputInventory.RecordedHashes(_target);
        foreach (var file in _files)
        {
            var destination = Path.Combine(_target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(Staging, file), destination, overwrite: true);
        }

        var stale = recorded.Keys.Except([.. _files, OutputInventory.RecordName], StringComparer.Ordinal).ToArray();
        foreach (var file in stale)
        {
            var path = Path.Combine(_target, file);
            if (FileSystemEntry.IsRealFileBelow(_target, file) && OutputInventory.Sha256(path) == recorded[file])
            {
                File.Delete(path);
            }
        }

        foreach (var sub in stale.SelectMany(OutputInventory.Ancestors).Distinct(StringComparer.Ordinal).OrderByDescending(d => d.Length))
        {
            OutputInventory.DeleteIfEmpty(Path.Combine(_target, sub));
        }

        File.Move(Path.Combine(Staging, OutputInventory.RecordName), Path.Combine(_target, OutputInventory.RecordName), overwrite: true);
        _lock.RemovePartial();
    }

    private static string WriteProbe(string folder)
    {
        var probe = Path.Combine(folder, $".campaignsim-probe-{Guid.NewGuid():N}");
        File.WriteAllBytes(probe, []);
        return probe;
    }

    private static OutputException LinkRefused(string full, string shown) =>
        new($"--out '{shown}' is a symbolic link (to {new FileInfo(full).LinkTarget}); campaignsim never writes, moves or deletes "
            + "through a link, so it is left as it is. Give the folder itself as --out.");

    private static OutputException CannotWrite(string shown, Exception e)
    {
        var reason = e.HResult == DiskFull || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            ? "the disk is full"
            : e.Message.ReplaceLineEndings(" ").TrimEnd('.');
        return new OutputException($"--out '{shown}' cannot be written: {reason}. Nothing was written there.", e);
    }
}
