namespace CampaignSim.Scenarios;

/// <summary>A shipped scenario as listed by <see cref="ScenarioCatalog"/>.</summary>
/// <param name="FileName">File name, e.g. <c>hospital-stewards.yaml</c>.</param>
/// <param name="Path">Full path of the file.</param>
/// <param name="Name">The scenario's <c>name:</c>, or the file name without extension when it has none.</param>
/// <param name="Summary">First line of the scenario's <c>description:</c>, or empty.</param>
public sealed record ScenarioCatalogEntry(string FileName, string Path, string Name, string Summary)
{
    /// <summary>The bare name that resolves to this file, e.g. <c>hospital-stewards</c>.</summary>
    public string ShortName => System.IO.Path.GetFileNameWithoutExtension(FileName);
}
