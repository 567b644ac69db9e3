using System.Runtime.InteropServices;

namespace CampaignSim.Reports.Output;

/// <summary>
/// Looks at a path itself, never at what a link there points to (lstat, not stat). Cleanup asks this before it deletes
/// or moves anything: <see cref="Directory.Exists"/> and <see cref="File.Exists"/> follow a link, so a link named like a
/// staging folder would otherwise lead a delete into someone else's folder (docs/cli.md, "Output folders").
/// <see cref="File.Exists"/> is also true of a named pipe, a socket or a device, which opening or reading can block on
/// for ever (a pipe with no writer) or never finish (<c>/dev/zero</c>): only a regular file is a "real file" here, so
/// nothing else is ever opened, hashed or deleted.
/// </summary>
internal static class FileSystemEntry
{
    /// <summary>The file-type bits of a POSIX mode, and the value of a regular file's.</summary>
    private const int TypeMask = 0xF000, RegularType = 0x8000;

    /// <summary>Bytes for the runtime's stat record (about 130 bytes today; the mode is at offset 4).</summary>
    private const int StatBytes = 512;

    /// <summary>Whether <paramref name="path"/> is a symbolic link (or junction), dangling or not.</summary>
    public static bool IsLink(string path) =>
        new FileInfo(path).LinkTarget is not null || (TryAttributes(path) is { } a && a.HasFlag(FileAttributes.ReparsePoint));

    /// <summary>Whether <paramref name="path"/> is a folder and not a link to one.</summary>
    public static bool IsRealDirectory(string path) => !IsLink(path) && Directory.Exists(path);

    /// <summary>Whether <paramref name="path"/> is a regular file: not a link to one, nor a pipe, socket or device.</summary>
    public static bool IsRealFile(string path) => !IsLink(path) && File.Exists(path) && IsRegular(path);

    /// <summary>Whether <paramref name="path"/> is a named pipe, socket or device: neither a link, a folder nor a regular file.</summary>
    public static bool IsSpecial(string path) => !IsLink(path) && File.Exists(path) && !IsRegular(path);

    /// <summary>Whether what <paramref name="path"/> leads to, following links, is a named pipe, socket or device.</summary>
    public static bool LeadsToSpecial(string path)
    {
        try
        {
            return IsSpecial(IsLink(path) ? File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path : path);
        }
        catch (IOException)
        {
            return false;
        }
    }

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

    /// <summary>
    /// Whether the entry at <paramref name="path"/> (not followed) is a regular file, from its lstat mode as the .NET
    /// runtime's own native library reads it (the call behind <see cref="FileInfo"/>, which does not expose the file
    /// type). Windows has no pipes or devices among files. Should that call be missing, an empty entry is taken for a
    /// special file: a pipe or device reports a size of 0, so at worst an empty file is left alone.
    /// </summary>
    private static bool IsRegular(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            var status = new byte[StatBytes];
            return LStat(path, status) == 0 && (BitConverter.ToInt32(status, 4) & TypeMask) == RegularType;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return new FileInfo(path) is { Exists: true, Length: > 0 };
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int LStat(string path, byte[] status);

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
