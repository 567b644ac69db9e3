namespace CampaignSim.Reports.Output;

/// <summary>
/// Looks at a path itself, never at what a link there points to (lstat, not stat). Cleanup asks this before it deletes
/// or moves anything: <see cref="Directory.Exists"/> and <see cref="File.Exists"/> follow a link, so a link named like a
/// staging folder would otherwise lead a delete into someone else's folder (docs/cli.md, "Output folders").
/// </summary>
internal static class FileSystemEntry
{
    /// <summary>Whether <paramref name="path"/> is a symbolic link (or junction), dangling or not.</summary>
    public static bool IsLink(string path) =>
        new FileInfo(path).LinkTarget is not null || (TryAttributes(path) is { } a && a.HasFlag(FileAttributes.ReparsePoint));

    /// <summary>Whether <paramref name="path"/> is a folder and not a link to one.</summary>
    public static bool IsRealDirectory(string path) => !IsLink(path) && Directory.Exists(path);

    /// <summary>Whether <paramref name="path"/> is a file and not a link to one.</summary>
    public static bool IsRealFile(string path) => !IsLink(path) && File.Exists(path);

    /// <summary>Whether nothing at all is at <paramref name="path"/>: no file, no folder and no link, not even a dangling one.</summary>
    public static bool IsFree(string path) => !IsLink(path) && !Path.Exists(path);

    /// <summary>
    /// Whether <paramref name="relative"/> (<c>/</c>-separated) reaches a real file below <paramref name="root"/> through
    /// real folders only: no step of the way is a link.
    /// </summary>
    public static bool IsRealFileBelow(string root, string relative)
    {
        var path = root;
        var steps = relative.Split('/');
        for (var i = 0; i < steps.Length - 1; i++)
        {
            path = Path.Combine(path, steps[i]);
            if (!IsRealDirectory(path))
            {
                return false;
            }
        }

        return IsRealFile(Path.Combine(path, steps[^1]));
    }

    private static FileAttributes? TryAttributes(string path)
    {
        try
        {
            return File.GetAttributes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
