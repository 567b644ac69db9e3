using System.Reflection;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// One coefficient of the mechanics, found by walking <see cref="MechanicsSpec"/>: its scenario path
/// (<c>mechanics.organizing.deepContactHours</c>), default, range, unit and source, and how to read or set it on a
/// scenario. Used by the parameter listing, sensitivity screening and the documentation checks.
/// </summary>
public sealed class MechanicsParameter
{
    private readonly PropertyInfo[] _chain;

    private MechanicsParameter(string path, PropertyInfo[] chain, object defaultValue, ParameterAttribute range)
    {
        Path = path;
        _chain = chain;
        Default = defaultValue;
        Range = range;
    }

    /// <summary>Every parameter, in declaration order.</summary>
    public static IReadOnlyList<MechanicsParameter> All { get; } = Walk(new MechanicsSpec(), "mechanics", []).ToArray();

    /// <summary>Scenario path, e.g. <c>mechanics.participation.willingnessFloor</c>.</summary>
    public string Path { get; }

    /// <summary>The record that declares it (e.g. <see cref="OrganizingMechanics"/>).</summary>
    public Type DeclaringRecord => _chain[^1].DeclaringType!;

    /// <summary>The property that holds it.</summary>
    public PropertyInfo Property => _chain[^1];

    /// <summary>Value type: double, int or bool.</summary>
    public Type ValueType => Property.PropertyType;

    /// <summary>Default value (a double, int or bool).</summary>
    public object Default { get; }

    /// <summary>Allowed range, unit and source.</summary>
    public ParameterAttribute Range { get; }

    /// <summary>The parameter with a path, or null.</summary>
    public static MechanicsParameter? Find(string path) => All.FirstOrDefault(p => p.Path == path);

    /// <summary>The value in a scenario.</summary>
    public object Get(Scenario scenario)
    {
        object value = scenario.Mechanics;
        foreach (var property in _chain)
        {
            value = property.GetValue(value)!;
        }

        return value;
    }

    /// <summary>A copy of the scenario with this parameter set (a number is rounded for a whole-number parameter).</summary>
    public Scenario With(Scenario scenario, double value)
    {
        object converted = ValueType == typeof(int) ? (int)Math.Round(value) : ValueType == typeof(bool) ? value >= 0.5 : value;
        return scenario with { Mechanics = (MechanicsSpec)Set(scenario.Mechanics, 0, converted) };
    }

    private object Set(object record, int depth, object value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        var property = _chain[depth];
        property.SetValue(copy, depth == _chain.Length - 1 ? value : Set(property.GetValue(record)!, depth + 1, value));
        return copy;
    }

    private static IEnumerable<MechanicsParameter> Walk(object record, string prefix, PropertyInfo[] chain)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null)
            {
                continue;
            }

            var path = prefix + "." + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var value = property.GetValue(record)!;
            PropertyInfo[] next = [.. chain, property];
            if (property.GetCustomAttribute<ParameterAttribute>() is { } range)
            {
                yield return new MechanicsParameter(path, next, value, range);
                continue;
            }

            foreach (var inner in Walk(value, path, next))
            {
                yield return inner;
            }
        }
    }
}
