using System.Text;
using System.Text.RegularExpressions;

namespace CampaignSim.Reports.Output;

/// <summary>
/// The hidden folders an output is staged in, beside the target: <c>.campaignsim-ID.partial</c> (the new output),
/// <c>.campaignsim-ID.old</c> (the earlier output while it is swapped out) and <c>.campaignsim-ID.lock</c>, which the
/// writing process holds locked and which names the target. A process killed with kill -9 leaves them behind with the
/// lock released; the next output written beside them finishes the job: a staged output is removed, an earlier output
/// goes back to its place if nothing replaced it, or else its files are removed.
/// </summary>
public sealed partial class StagingLock : IDisposable
{
    private const string Prefix = ".campaignsim-";
    private readonly FileStream _lock;

    private StagingLock(string folder, string id, FileStream held)
    {
        Id = id;
        Partial = Path.Combine(folder, $"{Prefix}{id}.partial");
        Old = Path.Combine(folder, $"{Prefix}{id}.old");
        LockPath = Path.Combine(folder, $"{Prefix}{id}.lock");
        _lock = held;
    }

    /// <summary>The id shared by the three names.</summary>
    public string Id { get; }

    /// <summary>Where the new output is written.</summary>
    public string Partial { get; }

    /// <summary>Where the earlier output waits while the new one moves into place.</summary>
    public string Old { get; }

    private string LockPath { get; }

    /// <summary>Takes a new lock in <paramref name="folder"/> for an output that will go to <paramref name="target"/>.</summary>
    public static StagingLock Take(string folder, string target)
    {
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(folder, $"{Prefix}{id}.lock");
        var held = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        held.Write(Encoding.UTF8.GetBytes(target));
        held.Flush();
        return new StagingLock(folder, id, held);
    }

    /// <summary>
    /// Finishes what killed writers left in <paramref name="folder"/>. Folders whose lock is still held belong to a
    /// running process and are left alone. Folders in the naming of earlier versions (<c>.NAME.PID-GUID.partial</c>) are
    /// removed once their process is gone.
    /// </summary>
    public static void CleanUp(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var id in Directory.EnumerateFileSystemEntries(folder, Prefix + "*")
                     .Select(p => StagingName().Match(Path.GetFileName(p)))
                     .Where(m => m.Success).Select(m => m.Groups["id"].Value).Distinct().ToArray())
        {
            CleanUp(folder, id);
        }

        foreach (var legacy in Directory.EnumerateDirectories(folder, ".*.partial"))
        {
            if (LegacyName().Match(Path.GetFileName(legacy)) is { Success: true } m && !IsRunning(int.Parse(m.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                Directory.Delete(legacy, recursive: true);
            }
        }
    }

    /// <summary>Releases the lock and removes its file; the staged folders are the owner's to move or remove first.</summary>
    public void Dispose()
    {
        _lock.Dispose();
        File.Delete(LockPath);
    }

    private static void CleanUp(string folder, string id)
    {
        var lockPath = Path.Combine(folder, $"{Prefix}{id}.lock");
        string? target = null;
        FileStream? released = null;
        try
        {
            if (File.Exists(lockPath))
            {
                released = new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.None);
                using var reader = new StreamReader(released, Encoding.UTF8, leaveOpen: true);
                target = reader.ReadToEnd();
            }
        }
        catch (IOException)
        {
            return;
        }

        using (released)
        {
            var partial = Path.Combine(folder, $"{Prefix}{id}.partial");
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }

            var old = Path.Combine(folder, $"{Prefix}{id}.old");
            if (Directory.Exists(old))
            {
                if (target is { Length: > 0 } && !Path.Exists(target) && Path.GetDirectoryName(target) == Path.GetFullPath(folder))
                {
                    Directory.Move(old, target);
                }
                else
                {
                    OutputInventory.RemoveOurs(old);
                }
            }
        }

        if (!Directory.Exists(Path.Combine(folder, $"{Prefix}{id}.old")))
        {
            File.Delete(lockPath);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^\\.campaignsim-(?<id>[0-9a-f]{32})\\.(partial|old|lock)$")]
    private static partial Regex StagingName();

    [GeneratedRegex("^\\..+\\.(?<pid>[0-9]{1,9})-[0-9a-f]{32}\\.partial$")]
    private static partial Regex LegacyName();
}
