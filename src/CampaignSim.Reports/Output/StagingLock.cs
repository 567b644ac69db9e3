using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CampaignSim.Reports.Output;

/// <summary>
/// The hidden entries an output is staged in, beside the target: <c>.campaignsim-ID.partial</c> (the new output),
/// <c>.campaignsim-ID.old</c> (the earlier output while it is swapped out) and <c>.campaignsim-ID.lock</c>, which the
/// writing process holds locked.
/// </summary>
/// <remarks>
/// <para>The lock is the only proof that the other two are campaignsim's, so it records everything cleanup may later
/// touch: its format line, its id, the target, then, each written before the step it announces, a <c>file</c> line for
/// every file about to be created in the staging folder and an <c>old</c> line before the earlier output is moved
/// aside. A folder that merely has a staging name, with no lock in this format beside it, is never touched; nor is any
/// link, wherever it is: a link is never followed, moved or removed.</para>
/// <para>A process killed with kill -9 leaves the entries behind with the lock released; the next output written beside
/// them finishes the job (an empty lock, left by a kill before its header was written, is removed when neither staging
/// name is taken): of a staged output only the files its lock lists (and the folders they leave empty) are
/// removed; an earlier output goes back to its place if nothing replaced it, or else only its files that still have the
/// hash its own record gives are removed (<see cref="OutputInventory.RemoveOurs"/>). Whatever is left is not
/// campaignsim's and stays, and so does the lock, so the same check runs again next time.</para>
/// </remarks>
public sealed partial class StagingLock : IDisposable
{
    /// <summary>The lock file's first line; anything else is not a lock this version wrote.</summary>
    private const string FormatLine = "campaignsim-staging 1";

    /// <summary>A lock longer than this is not one campaignsim wrote (a real one lists a few dozen files).</summary>
    private const int MaxLockBytes = 1 << 20;

    private const string Prefix = ".campaignsim-";
    private readonly FileStream _lock;
    private readonly List<string> _files = [];

    private StagingLock(string folder, string id, FileStream held)
    {
        Partial = PartialPath(folder, id);
        Old = OldPath(folder, id);
        LockPath = LockPathOf(folder, id);
        _lock = held;
    }

    /// <summary>Where the new output is written.</summary>
    public string Partial { get; }

    /// <summary>Where the earlier output waits while the new one moves into place.</summary>
    public string Old { get; }

    private string LockPath { get; }

    /// <summary>
    /// Takes a new lock in <paramref name="folder"/> for an output that will go to <paramref name="target"/>, and
    /// creates the empty staging folder. The names are fresh: an id is used only when nothing has any of its names.
    /// </summary>
    public static StagingLock Take(string folder, string target)
    {
        while (true)
        {
            var id = Guid.NewGuid().ToString("N");
            if (!FileSystemEntry.IsFree(PartialPath(folder, id)) || !FileSystemEntry.IsFree(OldPath(folder, id)))
            {
                continue;
            }

            // The header is ready before the file exists and goes out in one write: a kill between the two leaves an
            // empty lock, which nothing vouches for, so that moment is kept as short as two system calls.
            var header = Encoding.UTF8.GetBytes($"{FormatLine}\nid {id}\ntarget {JsonSerializer.Serialize(target)}\n");
            FileStream held;
            try
            {
                held = new FileStream(LockPathOf(folder, id), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!FileSystemEntry.IsFree(LockPathOf(folder, id)))
            {
                continue;
            }

            var stagingLock = new StagingLock(folder, id, held);
            try
            {
                stagingLock.Append(header);
                Directory.CreateDirectory(stagingLock.Partial);
                if (!FileSystemEntry.IsRealDirectory(stagingLock.Partial))
                {
                    throw new IOException($"{stagingLock.Partial} was replaced while it was created");
                }
            }
            catch
            {
                stagingLock.Dispose();
                throw;
            }

            return stagingLock;
        }
    }

    /// <summary>
    /// Records that <paramref name="relativePath"/> (<c>/</c>-separated) is about to be created in the staging folder,
    /// before it is, so that cleanup after a kill knows the file is ours.
    /// </summary>
    public void AnnounceFile(string relativePath)
    {
        _files.Add(relativePath);
        Append($"file {JsonSerializer.Serialize(relativePath)}\n");
    }

    /// <summary>Records that the earlier output is about to be moved to <see cref="Old"/>.</summary>
    public void AnnounceOld() => Append("old\n");

    /// <summary>
    /// Removes the staged files this process announced, then the folders they leave empty, never following a link.
    /// Returns whether the staging folder is gone.
    /// </summary>
    public bool RemovePartial() => RemoveStaged(Partial, _files);

    /// <summary>
    /// Finishes what killed writers left in <paramref name="folder"/>: each lock in this version's format that no
    /// running process holds. Anything else with a staging name is left alone, and so are the hidden
    /// <c>.NAME.PID-GUID.partial</c> folders of versions before it, which no lock vouches for.
    /// </summary>
    public static void CleanUp(string folder)
    {
        if (!FileSystemEntry.IsRealDirectory(folder))
        {
            return;
        }

        foreach (var id in Directory.EnumerateFileSystemEntries(folder, Prefix + "*.lock")
                     .Select(p => LockName().Match(Path.GetFileName(p)))
                     .Where(m => m.Success).Select(m => m.Groups["id"].Value).ToArray())
        {
            CleanUp(folder, id);
        }
    }

    /// <summary>
    /// Releases the lock. Its file is removed when neither staging name holds anything any more; otherwise it stays, so
    /// the next output written beside it can finish the job.
    /// </summary>
    public void Dispose()
    {
        _lock.Dispose();
        if (FileSystemEntry.IsFree(Partial) && FileSystemEntry.IsFree(Old) && FileSystemEntry.IsRealFile(LockPath))
        {
            File.Delete(LockPath);
        }
    }

    private void Append(string text) => Append(Encoding.UTF8.GetBytes(text));

    private void Append(byte[] bytes)
    {
        _lock.Write(bytes);
        _lock.Flush(flushToDisk: false);
    }

    private static void CleanUp(string folder, string id)
    {
        var lockPath = LockPathOf(folder, id);
        if (!FileSystemEntry.IsRealFile(lockPath))
        {
            return;
        }

        FileStream released;
        try
        {
            released = new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        using (released)
        {
            // An empty lock: its writer was killed between creating it and writing its header (under load, a moment long
            // enough to hit), so it announced nothing and created nothing; with neither staging name taken it goes.
            if (released.Length == 0)
            {
                released.Dispose();
                if (FileSystemEntry.IsFree(PartialPath(folder, id)) && FileSystemEntry.IsFree(OldPath(folder, id)))
                {
                    File.Delete(lockPath);
                }

                return;
            }

            if (released.Length > MaxLockBytes || Read(released, id) is not { } record)
            {
                return;
            }

            var partial = PartialPath(folder, id);
            if (FileSystemEntry.IsRealDirectory(partial))
            {
                RemoveStaged(partial, record.Files);
            }

            var old = OldPath(folder, id);
            if (record.SwappedOut && FileSystemEntry.IsRealDirectory(old))
            {
                if (FileSystemEntry.IsFree(record.Target) && Path.GetDirectoryName(record.Target) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))
                {
                    Directory.Move(old, record.Target);
                }
                else
                {
                    OutputInventory.RemoveOurs(old);
                }
            }
        }

        if (FileSystemEntry.IsFree(PartialPath(folder, id)) && FileSystemEntry.IsFree(OldPath(folder, id)))
        {
            File.Delete(lockPath);
        }
    }

    /// <summary>Reads a lock in this version's format for <paramref name="id"/>; null for anything else.</summary>
    private static StagingLockRecord? Read(Stream stream, string id)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = reader.ReadToEnd();
        var lines = text.Split('\n');

        // A kill can cut the last line short; the step it announced had not begun, so that line is dropped.
        var complete = lines[..^1];
        if (complete.Length < 3 || complete[0] != FormatLine || complete[1] != $"id {id}" || !complete[2].StartsWith("target ", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var target = JsonSerializer.Deserialize<string>(complete[2]["target ".Length..]);
            if (target is null || !Path.IsPathFullyQualified(target))
            {
                return null;
            }

            var files = new List<string>();
            var swappedOut = false;
            foreach (var line in complete[3..])
            {
                if (line == "old")
                {
                    swappedOut = true;
                }
                else if (line.StartsWith("file ", StringComparison.Ordinal)
                         && JsonSerializer.Deserialize<string>(line["file ".Length..]) is { } file && IsPlainRelative(file))
                {
                    files.Add(file);
                }
                else
                {
                    return null;
                }
            }

            return new StagingLockRecord(target, files, swappedOut);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes the listed files that are real files reached through real folders below <paramref name="staging"/>, then
    /// the listed files' folders that are left empty, deepest first, then <paramref name="staging"/> itself if empty.
    /// </summary>
    private static bool RemoveStaged(string staging, IReadOnlyList<string> files)
    {
        if (!FileSystemEntry.IsRealDirectory(staging))
        {
            return FileSystemEntry.IsFree(staging);
        }

        foreach (var file in files.Where(f => FileSystemEntry.IsRealFileBelow(staging, f)))
        {
            File.Delete(Path.Combine(staging, file));
        }

        foreach (var sub in files.SelectMany(OutputInventory.Ancestors).Distinct(StringComparer.Ordinal).OrderByDescending(d => d.Length))
        {
            OutputInventory.DeleteIfEmpty(Path.Combine(staging, sub));
        }

        return OutputInventory.DeleteIfEmpty(staging);
    }

    private static bool IsPlainRelative(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && path.Split('/').All(s => s is not ("" or "." or ".."));

    private static string PartialPath(string folder, string id) => Path.Combine(folder, $"{Prefix}{id}.partial");

    private static string OldPath(string folder, string id) => Path.Combine(folder, $"{Prefix}{id}.old");

    private static string LockPathOf(string folder, string id) => Path.Combine(folder, $"{Prefix}{id}.lock");

    [GeneratedRegex("^\\.campaignsim-(?<id>[0-9a-f]{32})\\.lock$")]
    private static partial Regex LockName();
}
