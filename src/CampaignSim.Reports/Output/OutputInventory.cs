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

    /// <summary>What a named pipe, socket or device among <see cref="Foreign"/> is marked with.</summary>
    public const string SpecialMark = " (not a regular file)";

    /// <summary>Whether the folder holds only unchanged files of ours (or nothing).</summary>
    public bool AllOurs => Changed.Count == 0 && Foreign.Count == 0;

    /// <summary>
    /// Sorts what <paramref name="folder"/> holds. Links are never followed: a link is foreign, and a folder that is
    /// itself a link holds nothing of ours.
    /// </summary>
    public static OutputInventory Of(string folder)
    {
        if (FileSystemEntry.IsLink(folder))
        {
            return new OutputInventory([], [], [Path.GetFileName(folder)], []);
        }

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
                else if (entry is FileInfo && FileSystemEntry.IsSpecial(entry.FullName))
                {
                    // A pipe, socket or device is never opened: a pipe would block the hash for ever.
                    foreign.Add(relative + SpecialMark);
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

    /// <summary>
    /// Whether <paramref name="path"/>, links followed, is a named pipe, socket or device rather than a regular file or a
    /// folder: reading one can block for ever or never end, so a command refuses it instead of opening it.
    /// </summary>
    public static bool IsSpecialFile(string path) => FileSystemEntry.LeadsToSpecial(path);

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The files <paramref name="folder"/>'s record lists, with their recorded SHA-256; empty without a valid record or when the folder is a link.</summary>
    public static IReadOnlyDictionary<string, string> RecordedHashes(string folder) =>
        FileSystemEntry.IsRealDirectory(folder) && ReadRecord(Path.Combine(folder, RecordName)) is { } recorded ? recorded : new Dictionary<string, string>();

    /// <summary>
    /// Deletes the files of ours in <paramref name="folder"/>, then the folders they leave empty. A file is deleted only
    /// when it is a real file, reached through real folders, whose SHA-256 (computed just before) is the one the record
    /// gives; a link is never followed or removed. Anything else stays; returns whether the folder itself is gone.
    /// </summary>
    public static bool RemoveOurs(string folder)
    {
        if (!FileSystemEntry.IsRealDirectory(folder) || ReadRecord(Path.Combine(folder, RecordName)) is not { } recorded)
        {
            return false;
        }

        foreach (var (file, hash) in recorded)
        {
            var path = Path.Combine(folder, file);
            if (FileSystemEntry.IsRealFileBelow(folder, file) && Sha256(path) == hash)
            {
                File.Delete(path);
            }
        }

        File.Delete(Path.Combine(folder, RecordName));
        foreach (var sub in recorded.Keys.SelectMany(Ancestors).Distinct(StringComparer.Ordinal).OrderByDescending(d => d.Length))
        {
            DeleteIfEmpty(Path.Combine(folder, sub));
        }

        return DeleteIfEmpty(folder);
    }

    /// <summary>The relative path of an entry of <see cref="Foreign"/>, without a folder's trailing slash or <see cref="SpecialMark"/>.</summary>
    public static string PathOf(string entry) =>
        (entry.EndsWith(SpecialMark, StringComparison.Ordinal) ? entry[..^SpecialMark.Length] : entry).TrimEnd('/');

    /// <summary>A short list of entries for a message: the first five, and how many more.</summary>
    public static string Sample(IReadOnlyList<string> entries) =>
        string.Join(", ", entries.Take(5)) + (entries.Count > 5 ? $" and {entries.Count - 5} more" : "");

    /// <summary>Deletes <paramref name="folder"/> if it is a real, empty folder (never a link); returns whether nothing is left at its path.</summary>
    internal static bool DeleteIfEmpty(string folder)
    {
        if (FileSystemEntry.IsRealDirectory(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }

        return FileSystemEntry.IsFree(folder);
    }

    /// <summary>The folders a relative, <c>/</c>-separated path lies in: <c>a/b/c</c> gives <c>a</c> and <c>a/b</c>.</summary>
    internal static IEnumerable<string> Ancestors(string relative)
    {
        for (var cut = relative.IndexOf('/'); cut > 0; cut = relative.IndexOf('/', cut + 1))
        {
            yield return relative[..cut];
        }
    }

    /// <summary>The record at <paramref name="path"/>; null when there is none, it is a link, or it is not in the record's format.</summary>
    private static Dictionary<string, string>? ReadRecord(string path)
    {
        if (!FileSystemEntry.IsRealFile(path) || new FileInfo(path).Length > 1 << 20)
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
