using CampaignSim.Scenarios;

namespace CampaignSim.Workbench;

/// <summary>The shipped scenarios the page offers; only these files are ever read by name.</summary>
public sealed class ScenarioLibrary(ScenarioCatalog? catalog)
{
    /// <summary>The shipped scenarios, or none when the catalog cannot be found.</summary>
    public IReadOnlyList<ScenarioCatalogEntry> Entries { get; } = catalog?.List() ?? [];

    /// <summary>The entry of a short name (<c>hospital-stewards</c>); unknown names are a 404 with the names that exist.</summary>
    public ScenarioCatalogEntry Find(string name) =>
        Entries.FirstOrDefault(e => e.ShortName == name)
        ?? throw new BadInputException($"no shipped scenario '{name}'; {Scenarios.Schema.Suggestions.DidYouMean(name, Entries.Select(e => e.ShortName))}"
            + $"shipped: {string.Join(", ", Entries.Select(e => e.ShortName))}", 404);
}
