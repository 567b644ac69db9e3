using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Analysis;

/// <summary>
/// Finds targets that restate an input. A target whose published figure is a parameter's value (the share of contracts
/// with a no-strike clause against a clause drawn with probability 0.94) passes whatever the model does, and counts as
/// evidence it is not. Two checks: the parameters a target's measure reads through (<see cref="CalibrationTarget.Inputs"/>)
/// must not equal the figure, and every other parameter that does equal it must be reviewed
/// (<see cref="CalibrationTarget.Coincidences"/>).
/// </summary>
public static class CalibrationEchoes
{
    /// <summary>Relative distance within which a parameter's value counts as equal to a published figure (0.42 against 13/31).</summary>
    public const double RelativeClose = 0.005;

    /// <summary>The step of a round assumption: a value that is a multiple of it was chosen, not read from a source.</summary>
    public const double RoundStep = 0.05;

    /// <summary>
    /// Whether a parameter value restates a published figure in a unit: equal within <see cref="RelativeClose"/>, taken as
    /// it is, or read in the target's unit: a percentage as a share (94 for 0.94), a share as a percentage, weeks as days.
    /// </summary>
    public static bool Restates(double value, double published, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        double[] readings = unit switch
        {
            "share" => [value, value / 100],
            "%" => [value, value * 100],
            "days" => [value, value * 7],
            _ => [value],
        };
        return readings.Any(r => Math.Abs(r - published) <= RelativeClose * Math.Max(Math.Abs(published), 1e-9));
    }

    /// <summary>Problems with a target's declared inputs in its case: an unknown path, or an input equal to the published figure.</summary>
    public static IReadOnlyList<string> InputProblems(CalibrationTarget target, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new List<string>();
        foreach (var path in target.Inputs)
        {
            var parameter = ScenarioParameter.Find(path);
            if (parameter is null)
            {
                problems.Add($"{target.Id}: input '{path}' is not a parameter");
                continue;
            }

            var value = parameter.GetNumber(scenario);
            if (Restates(value, target.Published, target.Unit))
                problems.Add($"{target.Id}: its published figure {target.Published:0.###} restates the input {path} = {value:0.###}; the measure reads the parameter back");
        }

        return problems;
    }

    /// <summary>
    /// Every parameter whose value in the case restates the published figure and looks derived from a published figure:
    /// its source cites a section of docs/sources.md that the target cites, or its value is not a round assumption (neither
    /// a multiple of <see cref="RoundStep"/> nor a single significant digit, as 0.94 and 0.42 are not). Round assumptions
    /// such as 0.5, 0.25 or 0.06 equal many published figures by chance and are left out, as are whole numbers (a count, a
    /// week or a switch).
    /// </summary>
    public static IReadOnlyList<(string Path, double Value)> Matches(CalibrationTarget target, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(scenario);
        var cited = Sections(target.Source);
        return ScenarioParameter.All
            .Select(p => (p.Path, p.Source, Value: p.GetNumber(scenario)))
            .Where(p => p.Value != Math.Round(p.Value) && Restates(p.Value, target.Published, target.Unit)
                        && (Sections(p.Source).Overlaps(cited) || !IsRound(p.Value)))
            .Select(p => (p.Path, p.Value))
            .ToArray();
    }

    /// <summary>Whether a value is a round assumption: a multiple of <see cref="RoundStep"/> or a single significant digit (0.06, 0.003).</summary>
    public static bool IsRound(double value)
    {
        if (value == 0) return true;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))));
        return Whole(value / RoundStep) || Whole(value / scale);
    }

    private static bool Whole(double x) => Math.Abs(x - Math.Round(x)) < 1e-9;

    /// <summary>The numbers of the sections of docs/sources.md a text cites (1 for §1a, 8 for §8).</summary>
    private static HashSet<string> Sections(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"§(\d+)").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Problems with a target's review of coincidences: a parameter that restates the figure and is neither an input
    /// (reported by <see cref="InputProblems"/>) nor reviewed, or a reviewed coincidence that no longer holds.
    /// </summary>
    public static IReadOnlyList<string> ReviewProblems(CalibrationTarget target, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(scenario);
        var matches = Matches(target, scenario).Where(m => !target.Inputs.Contains(m.Path)).ToArray();
        var problems = new List<string>();
        foreach (var (path, value) in matches.Where(m => !target.Coincidences.ContainsKey(m.Path)))
            problems.Add($"{target.Id}: {path} = {value:0.###} equals the published figure {target.Published:0.###}; list it as an input, or review it as a coincidence and say why the measure does not read it back");
        foreach (var path in target.Coincidences.Keys.Where(k => matches.All(m => m.Path != k)))
            problems.Add($"{target.Id}: the reviewed coincidence {path} no longer equals the published figure; remove it from the review");
        return problems;
    }
}
