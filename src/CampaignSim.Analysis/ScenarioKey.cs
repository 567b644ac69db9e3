using System.Reflection;
using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Analysis;

/// <summary>One leaf key of a scenario file, as reached from the root by YAML path, with the record default.</summary>
/// <param name="Path">YAML path with <c>[]</c> for "any item of the list", e.g. <c>workplaces[].employer.hostility</c>.</param>
/// <param name="Type">CLR type of the value (<see cref="double"/>, <see cref="int"/>, <see cref="bool"/>, <see cref="string"/> or an enum).</param>
/// <param name="Default">
/// Value when the key is left out: the property initialiser of the record that holds it, where that record is itself
/// the default of its parent section, or a fresh item for a list item.
/// </param>
/// <param name="Property">The record property that holds it.</param>
/// <param name="InstanceSource">
/// The source of this use of a shared profile field (<see cref="ProfileSourceAttribute"/>), or null for the property's own.
/// </param>
public sealed record ScenarioKey(string Path, Type Type, object? Default, PropertyInfo Property, string? InstanceSource)
{
    /// <summary>The number's or switch's declaration, or null for a label, a choice or a list.</summary>
    public ParameterAttribute? Parameter => Property.GetCustomAttribute<ParameterAttribute>();

    /// <summary>The declaration of a label, a choice or a list, or null for a number or a switch.</summary>
    public SettingAttribute? Setting => Property.GetCustomAttribute<SettingAttribute>();

    /// <summary>Unit in plain words.</summary>
    public string Unit => Type == typeof(bool) ? "true/false" : Parameter?.Unit ?? Setting?.Unit ?? "";

    /// <summary>Where the default comes from, or what the key is for.</summary>
    public string Source => InstanceSource ?? Parameter?.Source ?? Setting?.Source ?? "";

    /// <summary>What is allowed, in words: the declared text, the bounds, a choice's values, or "—" for a switch.</summary>
    public string RangeText
    {
        get
        {
            if (Type == typeof(bool)) return "—";
            if (Parameter is { } p) return p.RangeText ?? $"{ScenarioKeys.Format(p.Min)}–{ScenarioKeys.Format(p.Max)}";
            if (Type.IsEnum && Setting is { Range.Length: 0 }) return string.Join(", ", Enum.GetValues(Type).Cast<Enum>().Select(e => ScenarioKeys.Format(e)));
            return Setting?.Range ?? "";
        }
    }

    /// <summary>The default written as a scenario file would write it (see <see cref="ScenarioKeys.Format"/>).</summary>
    public string DefaultText => ScenarioKeys.Format(Default);
}
