using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Running;

/// <summary>
/// Resolves the scenario argument, a file path or the bare name of a shipped scenario, and loads it with the
/// <c>--set</c> overrides. Problems surface as <see cref="ScenarioException"/> with file, line and column.
/// </summary>
public static class ScenarioInput
{
    /// <summary>
    /// The file the argument names: an existing path as given, else a shipped scenario of that name (<c>cases/NAME</c>
    /// names a calibration case).
    /// </summary>
    public static string Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath) || Directory.Exists(nameOrPath))
        {
            return nameOrPath;
        }

        if (ScenarioCatalog.FindShipped() is not { } catalog)
        {
            return nameOrPath;
        }

        if (catalog.TryResolve(nameOrPath) is { } shipped)
        {
            return shipped;
        }

        var looksLikePath = nameOrPath.Contains('/') || nameOrPath.Contains('\\') || IsYamlFileName(nameOrPath);
        return looksLikePath ? nameOrPath : catalog.Resolve(nameOrPath);
    }

    /// <summary>Resolves and loads the scenario.</summary>
    public static LoadedScenario Load(string nameOrPath, IReadOnlyList<string> sets) =>
        ScenarioLoader.Load(Resolve(nameOrPath), sets);

    private static bool IsYamlFileName(string text) =>
        text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
