using System.Text;
using CampaignSim.Cli.Arguments;

namespace CampaignSim.Cli.Running;

/// <summary>
/// Writes an output folder all or nothing: files go into a hidden staging folder beside the target, which is moved
/// into place only when every file is written. Bad input or a failure leaves the target as it was.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private bool _committed;

    private OutputFolder(string target, string staging)
    {
        _target = target;
        Staging = staging;
    }

    /// <summary>The staging folder files are written into.</summary>
    public string Staging { get; }

    /// <summary>
    /// Checks, before any work, that <paramref name="target"/> can be written: it is not a file, and if it is a
    /// non-empty folder it holds one of <paramref name="markers"/> (so it is an earlier output, safe to replace).
    /// </summary>
    public static void CheckTarget(string target, params string[] markers)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new UsageException("--out needs a folder path");
        }

        if (File.Exists(target))
        {
            throw new UsageException($"--out '{target}' is a file; give a folder path (it is created if missing)");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            && !markers.Any(m => File.Exists(Path.Combine(target, m))))
        {
            throw new UsageException(
                $"--out '{target}' is a folder that is not empty and holds no {string.Join(" or ", markers)}; "
                + "campaignsim replaces only its own earlier outputs. Choose a new or empty folder.");
        }
    }

    /// <summary>Starts writing an output for <paramref name="target"/>.</summary>
    public static OutputFolder Begin(string target)
    {
        var full = Path.GetFullPath(target);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
        var anchor = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)) ?? full;
        while (!Directory.Exists(anchor))
        {
            anchor = Path.GetDirectoryName(anchor) ?? throw new UsageException($"--out '{target}': no existing folder above it");
        }

        var staging = Path.Combine(anchor, $".{name}.{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        Directory.CreateDirectory(staging);
        return new OutputFolder(full, staging);
    }

    /// <summary>Writes a UTF-8 text file (no byte-order mark) into the staging folder.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    /// <summary>Writes a file into the staging folder.</summary>
    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Moves the staging folder into place, replacing an earlier output at the target.</summary>
    public void Commit()
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(_target))!;
        Directory.CreateDirectory(parent);
        string? old = null;
        if (Directory.Exists(_target))
        {
            old = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(_target))}.{Environment.ProcessId}-{Guid.NewGuid():N}.old");
            Directory.Move(_target, old);
        }

        try
        {
            Directory.Move(Staging, _target);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, _target);
            }

            throw;
        }

        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            try
            {
                Directory.Delete(Staging, recursive: true);
            }
            catch (IOException)
            {
                // Leaving a hidden .partial folder behind is better than hiding the original failure.
            }
        }
    }
}
