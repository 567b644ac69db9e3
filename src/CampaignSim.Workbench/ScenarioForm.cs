using System.Globalization;
using CampaignSim.Analysis;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Scenarios;

namespace CampaignSim.Workbench;

/// <summary>One form control: a scenario key with its plain label, allowed range and current value.</summary>
/// <param name="Path">The key, as <c>--set</c> takes it.</param>
/// <param name="Label">Plain-language label.</param>
/// <param name="Group">The heading it is shown under.</param>
/// <param name="Kind">number, whole, flag or choice.</param>
/// <param name="Min">Lowest value allowed (number, whole).</param>
/// <param name="Max">Highest value allowed (number, whole), with ranges like "1–weeks" resolved for this scenario.</param>
/// <param name="Step">Slider step.</param>
/// <param name="Choices">Allowed values (choice, flag).</param>
/// <param name="Range">The allowed range in words, as the loader's messages give it, with "weeks" and "workers" replaced by this scenario's numbers.</param>
/// <param name="Value">The value in the scenario as loaded.</param>
public sealed record FormField(string Path, string Label, string Group, string Kind, double? Min, double? Max, double? Step,
    IReadOnlyList<string> Choices, string Range, string Value);

/// <summary>
/// The settings a committee argues about, as form controls. Which keys are shown is chosen here; what each accepts comes
/// from the loader's schema (<see cref="ScenarioField"/>) and its label from <see cref="ParameterLabels"/>.
/// </summary>
public static class ScenarioForm
{
    /// <summary>The controls for a loaded scenario, workplace by workplace, with its current values.</summary>
    public static IReadOnlyList<FormField> For(Scenario scenario)
    {
        var fields = new List<FormField>();
        for (var w = 0; w < scenario.Workplaces.Count; w++)
        {
            // The first workplace uses the short form --set takes (workplace.…); the others are indexed.
            var prefix = w == 0 ? "workplace." : $"workplaces[{w}].";
            var suffix = scenario.Workplaces.Count == 1 ? "" : $" ({scenario.Workplaces[w].Name})";
            fields.AddRange(ForWorkplace(scenario, scenario.Workplaces[w], prefix, suffix));
        }

        return fields;
    }

    private static List<FormField> ForWorkplace(Scenario scenario, WorkplaceSpec workplace, string prefix, string suffix)
    {
        var fields = new List<FormField>();
        void Add(string group, string key, string? label = null)
        {
            var path = prefix + key;
            if (ScenarioField.Describe(path) is not { } field || ScenarioValues.Read(scenario, path) is not { } value)
            {
                return;
            }

            var max = field.RangeText.EndsWith("weeks", StringComparison.Ordinal) ? scenario.Weeks
                : field.RangeText.EndsWith("workers", StringComparison.Ordinal) ? workplace.Workers
                : field.Max;
            var step = field.Kind switch
            {
                "whole" => 1,
                "number" when field.Max - field.Min <= 1 => 0.01,
                "number" => Math.Pow(10, Math.Floor(Math.Log10(((max ?? 1) - (field.Min ?? 0)) / 100))),
                _ => (double?)null,
            };
            // "1–weeks" and "0–workers" read with this scenario's numbers: "1–104", "0–600".
            var range = field.RangeText
                .Replace("–weeks", "–" + Number(scenario.Weeks), StringComparison.Ordinal)
                .Replace("–workers", "–" + Number(workplace.Workers), StringComparison.Ordinal);
            fields.Add(new FormField(path, label ?? ParameterLabels.For("workplace." + key), group + suffix, field.Kind, field.Min, max, step, field.Choices,
                range, value.Trim('"')));
        }

        Add("The union", "union.stance");
        Add("The union", "union.responsiveness", "How quickly the union answers its members");
        Add("The employer", "employer.hostility");
        Add("The employer", "employer.retaliationRate");
        Add("The workers", "workers");
        for (var i = 0; i < workplace.JobClasses.Count; i++)
        {
            var id = workplace.JobClasses[i].Id.Replace('-', ' ');
            Add("The workers", $"jobClasses[{i}].share", $"Share of the workforce: {id}");
            Add("The workers", $"jobClasses[{i}].inBargainingUnit", $"In the bargaining unit: {id}");
        }

        Add("The contract", "contract.expiryWeek");
        Add("The contract", "contract.noStrikeClause");
        Add("The committee", "committee.initialMembers");
        Add("The committee", "committee.hoursPerMemberPerWeek");
        for (var i = 0; i < workplace.Demands.Count; i++)
        {
            var demand = workplace.Demands[i].Id.Replace('-', ' ');
            Add("The demands", $"demands[{i}].wagePct", $"Raise asked for (%): {demand}");
            Add("The demands", $"demands[{i}].grievanceRelief", $"How much winning it eases grievances: {demand}");
        }

        return fields;
    }

    /// <summary>A number as the form and <c>--set</c> write it.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
