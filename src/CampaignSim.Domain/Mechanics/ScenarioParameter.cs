using System.Globalization;
using System.Reflection;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// One number of a scenario that shapes what happens, found by walking the scenario records for properties declared
/// with a <see cref="ParameterAttribute"/>: its path (<c>mechanics.organizing.deepContactHours</c>,
/// <c>legal.contractProtection</c>, <c>workplaces[].employer.hostility</c>), default, allowed and plausible range, unit,
/// kind and source, and how to read it from or set it on a scenario. The parameter listing, the schema's ranges, the
/// generated documentation, sweeps and sensitivity screening all read this one list, so a range is written once.
/// Lists of items (job classes, demands, shocks) are the scenario's own description and are not walked.
/// </summary>
public sealed class ScenarioParameter
{
    /// <summary>Prefix of the workplace parameters' paths.</summary>
    public const string WorkplacePrefix = "workplaces[]";

    /// <summary>A number set on a switch turns it on from this value up.</summary>
    public const double SwitchOnFrom = 0.5;

    private readonly PropertyInfo[] _chain;

    private ScenarioParameter(string path, ParameterScope scope, PropertyInfo[] chain, object defaultValue, ParameterAttribute range,
        ProfileSourceAttribute? instance)
    {
        Path = path;
        Scope = scope;
        _chain = chain;
        Default = defaultValue;
        Range = range;
        Source = instance?.Source ?? range.Source;
        InertInShippedScenarios = instance?.InertInShippedScenarios ?? range.InertInShippedScenarios;
    }

    /// <summary>Every parameter: the scenario's own, the workplaces', then the mechanics', each in declaration order.</summary>
    public static IReadOnlyList<ScenarioParameter> All { get; } = Build();

    /// <summary>The coefficients and model policies of the mechanics (<c>mechanics.*</c>).</summary>
    public static IReadOnlyList<ScenarioParameter> Mechanics { get; } = All.Where(p => p.Scope == ParameterScope.Mechanics).ToArray();

    /// <summary>Path in a scenario file; workplace parameters start with <c>workplaces[].</c>.</summary>
    public string Path { get; }

    /// <summary>Where it sits.</summary>
    public ParameterScope Scope { get; }

    /// <summary>The property that holds it.</summary>
    public PropertyInfo Property => _chain[^1];

    /// <summary>Value type: double, int or bool.</summary>
    public Type ValueType => Property.PropertyType;

    /// <summary>Default value (a double, int or bool).</summary>
    public object Default { get; }

    /// <summary>Allowed range, unit, kind, plausible range and the record-level source.</summary>
    public ParameterAttribute Range { get; }

    /// <summary>Where the default comes from, for this instance (a profile's own source when it has one).</summary>
    public string Source { get; }

    /// <summary>Why it moves no event stream of the shipped scenarios (it matters only in situations none of them has), or null.</summary>
    public string? InertInShippedScenarios { get; }

    /// <summary>A coefficient, a model's policy (everything under <c>mechanics.models</c>) or a fact of the situation.</summary>
    public ParameterKind Kind => Path.StartsWith("mechanics.models.", StringComparison.Ordinal) ? ParameterKind.Policy : Range.Kind;

    /// <summary>Lowest plausible value.</summary>
    public double PlausibleMin => double.IsNaN(Range.PlausibleMin) ? Range.Min : Range.PlausibleMin;

    /// <summary>Highest plausible value.</summary>
    public double PlausibleMax => double.IsNaN(Range.PlausibleMax) ? Range.Max : Range.PlausibleMax;

    /// <summary>Whether the plausible range is narrower than the allowed one.</summary>
    public bool Narrowed => PlausibleMin > Range.Min || PlausibleMax < Range.Max;

    /// <summary>The parameter with a path, or null; <c>workplace.</c> is accepted for <c>workplaces[].</c>.</summary>
    public static ScenarioParameter? Find(string path)
    {
        if (path.StartsWith("workplace.", StringComparison.Ordinal)) path = WorkplacePrefix + path["workplace".Length..];
        return All.FirstOrDefault(p => p.Path == path);
    }

    /// <summary>The key a property is written under: its <see cref="KeyNameAttribute"/>, else its camelCase name.</summary>
    public static string KeyOf(PropertyInfo property) =>
        property.GetCustomAttribute<KeyNameAttribute>()?.Name ?? char.ToLowerInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>The value in a scenario (for a workplace parameter, the first workplace's).</summary>
    public object Get(Scenario scenario)
    {
        object value = Scope == ParameterScope.Workplace ? scenario.Workplaces[0] : scenario;
        foreach (var property in _chain)
        {
            value = property.GetValue(value)!;
        }

        return value;
    }

    /// <summary>The value as a number (a switch is 0 or 1).</summary>
    public double GetNumber(Scenario scenario) => Get(scenario) switch
    {
        bool b => b ? 1 : 0,
        var v => Convert.ToDouble(v, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A copy of the scenario with this parameter set (in every workplace for a workplace parameter); a number is rounded
    /// for a whole-number parameter, and a switch is on from one half.
    /// </summary>
    public Scenario With(Scenario scenario, double value)
    {
        object converted = ValueType == typeof(int)
            ? (int)Math.Round(value, MidpointRounding.AwayFromZero)
            : ValueType == typeof(bool) ? value >= SwitchOnFrom : value;
        return Scope == ParameterScope.Workplace
            ? scenario with { Workplaces = scenario.Workplaces.Select(w => (WorkplaceSpec)Set(w, 0, converted)).ToArray() }
            : (Scenario)Set(scenario, 0, converted);
    }

    private object Set(object record, int depth, object value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        var property = _chain[depth];
        property.SetValue(copy, depth == _chain.Length - 1 ? value : Set(property.GetValue(record)!, depth + 1, value));
        return copy;
    }

    private static ScenarioParameter[] Build()
    {
        var scenario = new Scenario();
        var all = new List<ScenarioParameter>();
        all.AddRange(Walk(scenario, "", ParameterScope.Scenario, [], null, skipMechanics: true));
        all.AddRange(Walk(new WorkplaceSpec(), WorkplacePrefix + ".", ParameterScope.Workplace, [], null, skipMechanics: true));
        var mechanics = typeof(Scenario).GetProperty(nameof(Scenario.Mechanics))!;
        all.AddRange(Walk(scenario.Mechanics, "mechanics.", ParameterScope.Mechanics, [mechanics], null, skipMechanics: false));
        return all.ToArray();
    }

    private static IEnumerable<ScenarioParameter> Walk(object record, string prefix, ParameterScope scope, PropertyInfo[] chain,
        IReadOnlyList<ProfileSourceAttribute>? profileSources, bool skipMechanics, IReadOnlyList<OmitsAttribute>? omitted = null)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || (skipMechanics && property.PropertyType == typeof(MechanicsSpec))
                || omitted?.Any(o => o.Field == property.Name) == true)
            {
                continue;
            }

            var path = prefix + KeyOf(property);
            PropertyInfo[] next = [.. chain, property];
            if (property.GetCustomAttribute<ParameterAttribute>() is { } range)
            {
                var instance = profileSources?.FirstOrDefault(s => s.Field == property.Name);
                yield return new ScenarioParameter(path, scope, next, property.GetValue(record)!, range, instance);
                continue;
            }

            var type = property.PropertyType;
            if (!type.IsClass || type == typeof(string) || type.IsGenericType || type.IsArray || property.GetValue(record) is not { } section)
            {
                continue;
            }

            var sources = property.GetCustomAttributes<ProfileSourceAttribute>().ToArray();
            var omits = property.GetCustomAttributes<OmitsAttribute>().ToArray();
            foreach (var inner in Walk(section, path + ".", scope, next, sources.Length > 0 ? sources : null, skipMechanics, omits))
            {
                yield return inner;
            }
        }
    }
}
