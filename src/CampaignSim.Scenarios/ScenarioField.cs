using System.Text.RegularExpressions;
using CampaignSim.Scenarios.Schema;

namespace CampaignSim.Scenarios;

/// <summary>
/// What one scenario key accepts, read from the same schema the loader checks files against, so a form built from it
/// offers exactly the values a file may hold.
/// </summary>
/// <param name="Path">The path as asked for (<c>workplace.employer.hostility</c>, <c>workplaces[0].demands[1].wagePct</c>).</param>
/// <param name="Kind">number, whole, flag, choice or text.</param>
/// <param name="TypeText">The kind in words, as the loader's messages say it.</param>
/// <param name="RangeText">The allowed range in words ("0–1", "1–weeks"), or empty.</param>
/// <param name="Min">Lowest value for number and whole, else null.</param>
/// <param name="Max">Highest value for number and whole, else null.</param>
/// <param name="Choices">The allowed values of a choice, else empty.</param>
public sealed partial record ScenarioField(string Path, string Kind, string TypeText, string RangeText, double? Min, double? Max, IReadOnlyList<string> Choices)
{
    /// <summary>The field a path names, or null when the path names no single value.</summary>
    public static ScenarioField? Describe(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var walk = path.StartsWith("workplace.", StringComparison.Ordinal) ? "workplaces[0]" + path["workplace".Length..] : path;
        IRecordSchema schema = ScenarioSchema.Root;
        var segments = walk.Split('.');
        for (var s = 0; s < segments.Length; s++)
        {
            var match = Segment().Match(segments[s]);
            if (!match.Success || schema.Find(match.Groups["key"].Value) is not { } field)
            {
                return null;
            }

            var last = s == segments.Length - 1;
            var indexed = match.Groups["index"].Success;
            if (field.Shape == FieldShape.Value)
            {
                return last && !indexed ? Of(path, field) : null;
            }

            if (last || field.Shape == FieldShape.List && !indexed || field.Shape == FieldShape.Section && indexed)
            {
                return null;
            }

            schema = field.Child!;
        }

        return null;
    }

    private static ScenarioField Of(string path, IFieldSchema field)
    {
        var type = field.GetType();
        var generic = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (generic == typeof(NumberField<>))
        {
            return new(path, "number", field.TypeText, field.RangeText, (double)type.GetProperty("Min")!.GetValue(field)!, (double)type.GetProperty("Max")!.GetValue(field)!, []);
        }

        if (generic == typeof(WholeField<>))
        {
            return new(path, "whole", field.TypeText, field.RangeText, (int)type.GetProperty("Min")!.GetValue(field)!, (int)type.GetProperty("Max")!.GetValue(field)!, []);
        }

        if (generic == typeof(FlagField<>))
        {
            return new(path, "flag", field.TypeText, "", null, null, ["true", "false"]);
        }

        if (generic == typeof(ChoiceField<,>))
        {
            var names = (IReadOnlyList<string>)type.GetProperty("Names", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            return new(path, "choice", field.TypeText, "", null, null, names);
        }

        return new(path, "text", field.TypeText, field.RangeText, null, null, []);
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z]+)(\[(?<index>[0-9]+)\])?$")]
    private static partial Regex Segment();
}
