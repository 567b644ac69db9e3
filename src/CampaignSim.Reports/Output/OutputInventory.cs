using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CampaignSim.Reports.Output;

/// <summary>
/// What an existing output folder holds, sorted by whose it is. campaignsim records every file it writes, with its
/// SHA-256, in <see cref="RecordName"/> (the format of <c>sha256sum</c>, so <c>sha256sum -c</c> checks it too); a file
/// is ours only when it is listed there and still has the recorded hash.
/// </summary>
/// <param name="Unchanged">Files campaignsim wrote, unchanged since (relative paths, <c>/</c>-separated); the record itself included.</param>
/// <param name="Changed">Files campaignsim wrote that have been edited since.</param>
/// <param name="Foreign">Files and folders campaignsim did not write.</param>
/// <param name="Recorded">Every file the record lists, present or not.</param>
public sealed partial record OutputInventory(IReadOnlyList<string> Unchanged, IReadOnlyList<string> Changed, IReadOnlyList<string> Foreign, IReadOnlyList<string> Recorded)
{
    /// <summary>The file in every output folder that lists what campaignsim wrote there.</summary>
    public const string RecordName = "campaignsim-files.sha256";

    /// <summary>Whether the folder holds only unchanged files of ours (or nothing).</summary>
    public bool AllOurs => Changed.Count == 0 && Foreign.Count == 0;

    /// <summary>Sorts what <paramref name="folder"/> holds. Links are never followed: a link is foreign.</summary>
    public static OutputInventory Of(string folder)
    {
        var recorded = ReadRecord(Path.Combine(folder, RecordName));
        var unchanged = new List<string>();
        var changed = new List<string>();
        var foreign = new List<string>();
        if (recorded is not null)
        {
            unchanged.Add(RecordName);
        }

        var ownedFolders = (recorded?.Keys.AsEnumerable() ?? []).SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        Walk(new DirectoryInfo(folder), "");
        return new OutputInventory(unchanged, changed, foreign, recorded?.Keys.ToArray() ?? []);

        void Walk(DirectoryInfo directory, string prefix)
        {
            foreach (var entry in directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = prefix + entry.Name;
                if (entry.LinkTarget is not null)
                {
                    foreign.Add(relative);
                }
                else if (entry is DirectoryInfo sub)
                {
                    if (ownedFolders.Contains(relative))
                    {
                        Walk(sub, relative + "/");
                    }
                    else
                    {
                        foreign.Add(relative + "/");
                    }
                }
                else if (relative == RecordName && recorded is not null)
                {
                    continue;
                }
                else if (recorded is not null && recorded.TryGetValue(relative, out var hash))
                {
                    (Sha256(entry.FullName) == hash ? unchanged : changed).Add(relative);
                }
                else
                {
                    foreign.Add(relative);
                }
            }
        }
    }

    /// <summary>The record's text for <paramref name="files"/>: one <c>sha256  path</c> line each.</summary>
    public static string Record(IEnumerable<(string Path, string Sha256)> files) =>
        string.Concat(files.Select(f => $"{f.Sha256}  {f.Path}\n"));

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// Deletes the files of ours in <paramref name="folder"/>, then the folders they leave empty. Anything else stays;
    /// returns whether the folder itself is gone.
    /// </summary>
    public static bool RemoveOurs(string folder)
    {
        var inventory = Of(folder);
        foreach (var file in inventory.Unchanged.Where(f => f != RecordName))
        {
            File.Delete(Path.Combine(folder, file));
        }

        File.Delete(Path.Combine(folder, RecordName));
        foreach (var sub in inventory.Recorded.SelectMany(Ancestors).Distinct().OrderByDescending(d => d.Length))
        {
            DeleteIfEmpty(Path.Combine(folder, sub));
        }

        return DeleteIfEmpty(folder);
    }

    /// <summary>A short list of entries for a message: the first five, and how many more.</summary>
    public static string Sample(IReadOnlyList<string> entries) =>
        string.Join(", ", entries.Take(5)) + (entries.Count > 5 ? $" and {entries.Count - 5} more" : "");

    private static bool DeleteIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }

        return !Directory.Exists(folder);
    }

    private static IEnumerable<string> Ancestors(string relative)
    {
        for (var cut = relative.IndexOf('/'); cut > 0; cut = relative.IndexOf('/', cut + 1))
        {
            yield return relative[..cut];
        }
    }

    private static Dictionary<string, string>? ReadRecord(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length > 1 << 20)
        {
            return null;
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllText(path, Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var match = RecordLine().Match(line);
            if (!match.Success || match.Groups["path"].Value.Split('/').Any(s => s is "" or "." or ".."))
            {
                return null;
            }

            entries[match.Groups["path"].Value] = match.Groups["hash"].Value;
        }

        return entries;
    }

    [GeneratedRegex("^(?<hash>[0-9a-f]{64})  (?<path>[^\\n]+)$")]
    private static partial Regex RecordLine();
}
