namespace CampaignSim.Testing;

/// <summary>A fresh folder under the system temp folder, deleted after the test.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "campaignsim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>Full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file inside the folder and returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = this[relative];
        File.WriteAllText(path, text);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere leaves the folder for the system's temp cleaner; the test result stands.
        }
    }
}
