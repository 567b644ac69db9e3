using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis;

/// <summary>
/// Every leaf key of a scenario file, found by walking the scenario records by reflection: a property whose type is
/// another scenario record is a section, a list of scenario records is a list (its items start from the item record's
/// defaults), anything else is a value. Keys are the camelCase property names (or a section's <see cref="KeyNameAttribute"/>),
/// as the loader reads them; a field a section omits (<see cref="OmitsAttribute"/>) is not a key there.
/// </summary>
public static class ScenarioKeys
{
    /// <summary>All leaf keys in declaration order, starting from <see cref="Scenario"/>.</summary>
    public static IReadOnlyList<ScenarioKey> All { get; } = Walk(new Scenario(), "").ToArray();

    /// <summary>The key with a path, or null.</summary>
    public static ScenarioKey? Find(string path) => All.FirstOrDefault(k => k.Path == path);

    /// <summary>Whether a type is one of the scenario records (a section or a list item).</summary>
    public static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(Scenario).Assembly && type.GetMethod("<Clone>$") is not null;

    /// <summary>
    /// A value as a scenario file writes it: numbers in invariant round-trip form (<c>0.6</c>, <c>104</c>), <c>true</c>/<c>false</c>,
    /// enums in kebab-case (<c>small-world</c>), text in double quotes, and <c>null</c>.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        Enum e => Kebab(e.ToString()),
        IEnumerable<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static IEnumerable<ScenarioKey> Walk(object record, string prefix, PropertyInfo? section = null)
    {
        var sources = section?.GetCustomAttributes<ProfileSourceAttribute>().ToArray() ?? [];
        var omitted = section?.GetCustomAttributes<OmitsAttribute>().Select(o => o.Field).ToArray() ?? [];
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || omitted.Contains(property.Name))
            {
                continue;
            }

            var path = prefix + ScenarioParameter.KeyOf(property);
            var type = property.PropertyType;
            if (IsRecord(type))
            {
                foreach (var key in Walk(property.GetValue(record)!, path + ".", property))
                {
                    yield return key;
                }
            }
            else if (ItemType(type) is { } item)
            {
                foreach (var key in Walk(Activator.CreateInstance(item)!, path + "[]."))
                {
                    yield return key;
                }
            }
            else
            {
                var source = sources.FirstOrDefault(s => s.Field == property.Name)?.Source;
                yield return new ScenarioKey(path, Nullable.GetUnderlyingType(type) ?? type, property.GetValue(record), property, source);
            }
        }
    }

    private static Type? ItemType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType)
        {
            return null;
        }

        var item = type.GetGenericArguments()[0];
        return IsRecord(item) ? item : null;
    }

    private static string Kebab(string pascal) => Separated(pascal, '-');

    /// <summary>A camelCase or PascalCase name in lower case with <paramref name="separator"/> between its words.</summary>
    internal static string Separated(string name, char separator)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append(separator);
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
