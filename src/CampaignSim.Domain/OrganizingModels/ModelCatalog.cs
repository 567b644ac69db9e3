using System.Reflection;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// The six organizing models, in the order of the spectrum from business to solidarity unionism: the order of their
/// policy sections in <see cref="ModelMechanics"/>, each model being the class that declares its policy record. Adding
/// a model is its own file (the class and its nested <c>Policy</c>) and one section there.
/// </summary>
public static class ModelCatalog
{
    /// <summary>All models.</summary>
    public static IReadOnlyList<OrganizingModel> All { get; } = typeof(ModelMechanics)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => (OrganizingModel)Activator.CreateInstance(p.PropertyType.DeclaringType!)!)
        .ToArray();

    /// <summary>All model ids.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(m => m.Id).ToArray();

    /// <summary>The model with an id, or null.</summary>
    public static OrganizingModel? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    /// <summary>The model with an id; throws for an unknown id (callers validate first).</summary>
    public static OrganizingModel Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown organizing model '{id}'. Known: {string.Join(", ", Ids)}.", nameof(id));
}
