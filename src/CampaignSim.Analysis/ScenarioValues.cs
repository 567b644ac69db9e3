using System.Collections;
using System.Globalization;
using System.Reflection;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis;

/// <summary>
/// Reads one value of a loaded scenario by its <c>--set</c> path (<c>workplace.union.stance</c>, <c>workplaces[1].workers</c>,
/// <c>weeks</c>), so that data files can name the value a run actually used, whatever the file or the override said.
/// </summary>
public static class ScenarioValues
{
    private const string WorkplaceAlias = "workplace";

    /// <summary>
    /// The value as a scenario file writes it (<c>0.7</c>, <c>militant</c>, <c>true</c>), or null when the path names no
    /// single value (a section, a list, an index past the end).
    /// </summary>
    public static string? Read(Scenario scenario, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (path == WorkplaceAlias || path.StartsWith(WorkplaceAlias + ".", StringComparison.Ordinal))
        {
            path = "workplaces[0]" + path[WorkplaceAlias.Length..];
        }

        object? current = scenario;
        foreach (var segment in path.Split('.'))
        {
            if (current is null)
            {
                return null;
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var property = current.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            current = property.GetValue(current);
            if (bracket >= 0)
            {
                if (current is not IList list || !segment.EndsWith(']')
                    || !int.TryParse(segment[(bracket + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= list.Count)
                {
                    return null;
                }

                current = list[index];
            }
        }

        return current is null || ScenarioKeys.IsRecord(current.GetType()) || current is IEnumerable and not string
            ? null
            : current is string text ? text : ScenarioKeys.Format(current);
    }
}
