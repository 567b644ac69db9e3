using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios;

/// <summary>
/// The scenarios shipped in the repository's <c>scenarios/</c> folder: lists them and resolves a bare name such as
/// <c>hospital-stewards</c> to its file.
/// </summary>
public sealed class ScenarioCatalog
{
    /// <summary>File that marks the repository root.</summary>
    public const string SolutionFile = "CampaignSim.sln";

    /// <summary>Folder, under the repository root, that holds the shipped scenarios.</summary>
    public const string FolderName = "scenarios";

    /// <summary>Sub-folder of the scenarios folder that holds the calibration case scenarios (docs/calibration.md).</summary>
    public const string CasesFolderName = "cases";

    private static readonly string[] Extensions = [".yaml", ".yml"];

    /// <summary>A catalog of the scenarios in <paramref name="directory"/>.</summary>
    public ScenarioCatalog(string directory)
    {
        Directory = System.IO.Path.GetFullPath(directory);
    }

    /// <summary>Full path of the scenarios folder.</summary>
    public string Directory { get; }

    /// <summary>The calibration cases, <c>scenarios/cases/</c>: each sets up one published situation for <c>calibrate</c>.</summary>
    public ScenarioCatalog Cases => new(System.IO.Path.Combine(Directory, CasesFolderName));

    /// <summary>Where the plausible worlds shipped with the scenarios are kept, relative to the checkout's root.</summary>
    public const string ShippedWorldsPath = "calibration/worlds.json";

    /// <summary>The worlds file shipped beside the scenarios (<see cref="ShippedWorldsPath"/>), or null when there is none.</summary>
    public static string? FindShippedWorlds()
    {
        var catalog = FindShipped();
        if (catalog is null) return null;
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(catalog.Directory.TrimEnd(System.IO.Path.DirectorySeparatorChar))!, ShippedWorldsPath);
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Finds the shipped scenarios by walking up from the application's folder, then from the current directory, to a
    /// folder that holds both <c>CampaignSim.sln</c> and <c>scenarios/</c>, else in the <c>scenarios/</c> folder beside
    /// the application (where the installed tool carries them); null when there is none. A checkout comes first, so
    /// that a scenario edited there is the one used.
    /// </summary>
    public static ScenarioCatalog? FindShipped()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var scenarios = System.IO.Path.Combine(dir.FullName, FolderName);
                if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)) && System.IO.Directory.Exists(scenarios))
                {
                    return new ScenarioCatalog(scenarios);
                }
            }
        }

        var bundled = System.IO.Path.Combine(AppContext.BaseDirectory, FolderName);
        return System.IO.Directory.Exists(bundled) ? new ScenarioCatalog(bundled) : null;
    }

    /// <summary>Like <see cref="FindShipped"/>, but throws a <see cref="ScenarioException"/> saying where it looked.</summary>
    public static ScenarioCatalog Shipped() =>
        FindShipped() ?? throw new ScenarioException(
        [
            new ScenarioError(FolderName, 0, 0, "(file)",
                $"cannot find the shipped scenarios: no folder holding both {SolutionFile} and {FolderName}/ above "
                + $"{AppContext.BaseDirectory} or {System.IO.Directory.GetCurrentDirectory()}, and no {FolderName}/ beside the application"),
        ]);

    /// <summary>The shipped scenarios, by file name. A file that cannot be read is still listed, with the problem as its summary.</summary>
    public IReadOnlyList<ScenarioCatalogEntry> List()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return System.IO.Directory.EnumerateFiles(Directory)
            .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(Describe)
            .ToList();
    }

    /// <summary>
    /// The file for <paramref name="nameOrPath"/>: an existing file path as given, else a shipped scenario by bare name
    /// (<c>hospital-stewards</c>), file name (<c>hospital-stewards.yaml</c>) or name under the scenarios folder
    /// (<c>cases/ctu-2012</c>); null when none matches. A name never resolves to a file outside the scenarios folder.
    /// </summary>
    public string? TryResolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return System.IO.Path.GetFullPath(nameOrPath);
        }

        var inside = Directory.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
        foreach (var name in new[] { nameOrPath.Replace('\\', '/'), System.IO.Path.GetFileName(nameOrPath) }.Distinct())
        {
            foreach (var candidate in Extensions.Select(e => name + e).Prepend(name))
            {
                var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, candidate));
                if (full.StartsWith(inside, StringComparison.Ordinal) && File.Exists(full))
                {
                    return full;
                }
            }
        }

        return null;
    }

    /// <summary>Like <see cref="TryResolve"/>, but throws a <see cref="ScenarioException"/> listing the shipped scenarios.</summary>
    public string Resolve(string nameOrPath)
    {
        if (TryResolve(nameOrPath) is { } found)
        {
            return found;
        }

        var names = List().Select(e => e.ShortName).ToList();
        var suggestion = Schema.Suggestions.DidYouMean(nameOrPath, names);
        throw new ScenarioException(
        [
            new ScenarioError(nameOrPath, 0, 0, "(file)",
                $"no such file, and no shipped scenario of that name; {suggestion}shipped scenarios: {string.Join(", ", names)}"),
        ]);
    }

    private static ScenarioCatalogEntry Describe(string file)
    {
        var fileName = System.IO.Path.GetFileName(file);
        var fallback = System.IO.Path.GetFileNameWithoutExtension(file);
        try
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return new ScenarioCatalogEntry(fileName, file, fallback, "(not a scenario: no top-level mapping)");
            }

            var name = Text(root, "name") is { Length: > 0 } n ? n : fallback;
            var summary = (Text(root, "description") ?? "")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault() ?? "";
            return new ScenarioCatalogEntry(fileName, file, name, summary);
        }
        catch (Exception e) when (e is YamlException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new ScenarioCatalogEntry(fileName, file, fallback, $"(cannot be read: {e.Message})");
        }
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var k } && k == key).Value is YamlScalarNode { Value: var v }
            ? v?.Trim()
            : null;
}
