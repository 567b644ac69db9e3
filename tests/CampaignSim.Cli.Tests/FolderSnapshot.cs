using System.Security.Cryptography;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// Every entry under a folder with what it is (a folder, a link and where it points, or a file and its SHA-256),
/// walked without following a link, so a test can show that nothing outside an output folder changed.
/// </summary>
public static class FolderSnapshot
{
    /// <summary>The sorted entries under <paramref name="root"/>, leaving out the relative paths in <paramref name="skip"/> and everything below them.</summary>
    public static string[] Of(string root, params string[] skip)
    {
        var lines = new List<string>();
        Walk(new DirectoryInfo(root), "");
        return [.. lines.Order(StringComparer.Ordinal)];

        void Walk(DirectoryInfo folder, string prefix)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                var relative = prefix + entry.Name;
                if (skip.Contains(relative, StringComparer.Ordinal))
                {
                    continue;
                }

                if (entry.LinkTarget is { } target)
                {
                    lines.Add($"{relative} -> {target}");
                }
                else if (entry is DirectoryInfo sub)
                {
                    lines.Add(relative + "/");
                    Walk(sub, relative + "/");
                }
                else
                {
                    lines.Add($"{relative} {Sha256(entry.FullName)}");
                }
            }
        }
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
