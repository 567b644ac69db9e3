namespace CampaignSim.Cli.Output;

/// <summary>Opens a <c>manifest.json</c> for verify: checks that it is a regular file of at most <see cref="ManifestJson.MaxBytes"/>, then parses it.</summary>
public static class ManifestFile
{
    /// <summary>Reads a manifest; a missing or malformed file is a <see cref="UsageException"/> naming the field.</summary>
    public static Manifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{path}: no such manifest (give an output folder of 'compare --out' or its manifest.json)");
        }

        // A named pipe or device would block the read or never end; campaignsim only ever writes a regular file here.
        if (!FileSystemEntry.IsLink(path) && !FileSystemEntry.IsRealFile(path))
        {
            throw new UsageException($"{path}: not a regular file (a named pipe, socket or device); a manifest is the regular file 'compare --out' writes");
        }

        return ManifestJson.Parse(ReadAtMost(path, ManifestJson.MaxBytes), path);
    }

    /// <summary>
    /// The file's bytes, reading no more than <paramref name="limit"/> + 1 of them: a path such as /dev/zero reports no
    /// size and never ends.
    /// </summary>
    private static byte[] ReadAtMost(string path, int limit)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[limit + 1];
        var count = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return count > limit
            ? throw new UsageException($"{path}: larger than {limit / 1024 / 1024} MiB, so not a manifest written by campaignsim")
            : buffer[..count];
    }
}
