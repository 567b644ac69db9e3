namespace CampaignSim.Domain.OrganizingModels;

/// <summary>The six organizing models, in the order of the spectrum from business to solidarity unionism.</summary>
public static class ModelCatalog
{
    /// <summary>All models.</summary>
    public static IReadOnlyList<OrganizingModel> All { get; } =
    [
        new BusinessUnionism(),
        new MilitantMainstream(),
        new CaucusElectoral(),
        new CaucusGrassroots(),
        new HybridDualCard(),
        new IndependentSolidarity(),
    ];

    /// <summary>All model ids.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(m => m.Id).ToArray();

    /// <summary>The model with an id, or null.</summary>
    public static OrganizingModel? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    /// <summary>The model with an id; throws for an unknown id (callers validate first).</summary>
    public static OrganizingModel Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown organizing model '{id}'. Known: {string.Join(", ", Ids)}.", nameof(id));
}
