namespace CampaignSim.Analysis;

/// <summary>One leaf key of a scenario file, as reached from the root by YAML path, with the record default.</summary>
/// <param name="Path">YAML path with <c>[]</c> for "any item of the list", e.g. <c>workplaces[].employer.hostility</c>.</param>
/// <param name="Type">CLR type of the value (<see cref="double"/>, <see cref="int"/>, <see cref="bool"/>, <see cref="string"/> or an enum).</param>
/// <param name="Default">
/// Value when the key is left out: the property initialiser of the record that holds it, where that record is itself
/// the default of its parent section, or a fresh item for a list item.
/// </param>
public sealed record ScenarioKey(string Path, Type Type, object? Default)
{
    /// <summary>The default written as a scenario file would write it (see <see cref="ScenarioKeys.Format"/>).</summary>
    public string DefaultText => ScenarioKeys.Format(Default);
}
