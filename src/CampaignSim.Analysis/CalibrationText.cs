using System.Globalization;
using System.Text.RegularExpressions;
using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Analysis;

/// <summary>
/// The prose of a calibration target (<see cref="CalibrationTarget.WhenMissed"/>) as a template whose simulated numbers
/// are filled in by the calibration run. A number typed into prose about a simulation goes stale the first time the
/// engine changes, and no test notices; here every simulated number is a placeholder, and a number left in the text
/// must be a published figure the target itself cites.
/// </summary>
public static partial class CalibrationText
{
    /// <summary>
    /// Prefix of a placeholder for a parameter's value in the target's case: <c>{param:PATH}</c> as a plain number, or
    /// <c>{param:PATH|UNIT}</c> formatted in a unit (<c>|share</c> shows 0.7 as 70.0%).
    /// </summary>
    public const string ParameterPrefix = "param:";

    /// <summary>Separates a parameter placeholder's path from the unit it is shown in.</summary>
    public const char UnitSeparator = '|';

    /// <summary>Prefix of a placeholder for the parameter settings of a counterfactual diagnostic.</summary>
    public const string SettingsPrefix = "set:";

    /// <summary>The placeholders of a template, in order, without braces.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToArray();
    }

    /// <summary>
    /// What is wrong with a target's template: a placeholder that names no diagnostic or parameter, or a number typed
    /// outside a placeholder that does not appear in the target's source, tolerance reason or measure (where published
    /// figures and definitions are cited). Empty when it is sound.
    /// </summary>
    public static IReadOnlyList<string> Problems(CalibrationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var problems = new List<string>();
        var keys = target.Diagnostics.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var texts = new[] { target.WhenMissed }.Concat(target.Diagnostics.Select(d => d.Description));
        foreach (var text in texts)
        {
            foreach (var p in Placeholders(text))
            {
                if (p.StartsWith(ParameterPrefix, StringComparison.Ordinal))
                {
                    if (ScenarioParameter.Find(ParameterPath(p)) is null) problems.Add($"{{{p}}} names no parameter");
                }
                else if (p.StartsWith(SettingsPrefix, StringComparison.Ordinal))
                {
                    var key = p[SettingsPrefix.Length..];
                    if (target.Diagnostics.FirstOrDefault(d => d.Key == key) is not { Settings.Count: > 0 })
                        problems.Add($"{{{p}}} names no counterfactual diagnostic");
                }
                else if (!keys.Contains(p))
                {
                    problems.Add($"{{{p}}} names no diagnostic");
                }
            }

            var cited = NumbersIn(string.Join(' ', target.Source, target.ToleranceReason, target.Measure)).ToHashSet(StringComparer.Ordinal);
            foreach (var number in NumbersIn(Placeholder().Replace(text, " ")))
            {
                if (!cited.Contains(number)) problems.Add($"the number {number} is typed, not computed by the run, and is not a published figure the target cites");
            }
        }

        return problems;
    }

    /// <summary>The numbers written in a text (digits with an optional decimal part), as written.</summary>
    public static IEnumerable<string> NumbersIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Number().Matches(text).Select(m => m.Value);
    }

    /// <summary>Fills a template from a result: diagnostics' values, the case's parameter values, counterfactual settings.</summary>
    /// <exception cref="InvalidOperationException">A placeholder names nothing the result has.</exception>
    public static string Render(string template, CalibrationResult result)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(result);
        return Placeholder().Replace(template, m =>
        {
            var p = m.Groups[1].Value;
            if (p.StartsWith(ParameterPrefix, StringComparison.Ordinal))
            {
                var parameter = ScenarioParameter.Find(ParameterPath(p))
                                ?? throw new InvalidOperationException($"{result.Target.Id}: {{{p}}} names no parameter");
                var separator = p.IndexOf(UnitSeparator, StringComparison.Ordinal);
                return separator < 0 ? Plain(parameter.GetNumber(result.Scenario)) : Value(parameter.GetNumber(result.Scenario), p[(separator + 1)..]);
            }

            if (p.StartsWith(SettingsPrefix, StringComparison.Ordinal))
            {
                var diagnostic = result.Target.Diagnostics.FirstOrDefault(d => d.Key == p[SettingsPrefix.Length..])
                                 ?? throw new InvalidOperationException($"{result.Target.Id}: {{{p}}} names no diagnostic");
                return Settings(diagnostic);
            }

            var d = result.Target.Diagnostics.FirstOrDefault(x => x.Key == p);
            if (d is null || !result.Diagnostics.TryGetValue(p, out var estimate))
                throw new InvalidOperationException($"{result.Target.Id}: {{{p}}} names no diagnostic");
            return Value(estimate.Value, d.Unit);
        });
    }

    /// <summary>A counterfactual's settings as text: <c>`PATH` = VALUE</c>, joined with "and".</summary>
    public static string Settings(CalibrationDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return string.Join(" and ", diagnostic.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"`{s.Key}` = {Plain(s.Value)}"));
    }

    /// <summary>A value in its unit as the page shows it: a share as a percentage, days and weeks whole.</summary>
    public static string Value(double v, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!double.IsFinite(v)) return "no value";
        return unit switch
        {
            "share" => Invariant($"{v * 100:F1}%"),
            "days" or "weeks" => Invariant($"{v:F0} {(Math.Round(v) == 1 ? unit[..^1] : unit)}"),
            "%" => Invariant($"{v:F1}%"),
            _ => Invariant($"{v:F1} {unit}"),
        };
    }

    /// <summary>A distance in a unit: points for shares and percentages.</summary>
    public static string Distance(double v, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit switch
        {
            "share" => Points(v * 100),
            "%" => Points(v),
            _ => Invariant($"{v:0.#} {(Math.Round(v, 1) == 1 ? unit[..^1] : unit)}"),
        };
    }

    private static string Points(double v) => Invariant($"{v:0.#} {(Math.Round(v, 1) == 1 ? "point" : "points")}");

    private static string ParameterPath(string placeholder)
    {
        var path = placeholder[ParameterPrefix.Length..];
        var separator = path.IndexOf(UnitSeparator, StringComparison.Ordinal);
        return separator < 0 ? path : path[..separator];
    }

    private static string Plain(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{([a-zA-Z0-9:\.\-\[\]|]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
