using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Analysis;

/// <summary>
/// A numeric scenario parameter screened by <see cref="Sensitivity"/>: its YAML path, the range it is moved over
/// (inside the range documented on its record) and how a value is set on a scenario.
/// </summary>
/// <param name="Path">YAML path, e.g. <c>workplaces[].employer.hostility</c> (workplace keys are set in every workplace).</param>
/// <param name="Min">Lowest value screened.</param>
/// <param name="Max">Highest value screened.</param>
/// <param name="Whole">Whether the key takes whole numbers (values are rounded).</param>
/// <param name="Reason">Why this range: the documented range, or why a narrower part of it.</param>
/// <param name="Set">Sets a value on a scenario.</param>
public sealed record SensitivityParameter(string Path, double Min, double Max, bool Whole, string Reason, Func<Scenario, double, Scenario> Set)
{
    /// <summary>The value at position <paramref name="x"/> (0–1) of the range, rounded for whole-number keys.</summary>
    public double ValueAt(double x)
    {
        var v = Min + x * (Max - Min);
        return Whole ? Math.Round(v, MidpointRounding.AwayFromZero) : v;
    }

    /// <summary>The scenario with this parameter at position <paramref name="x"/> (0–1) of its range.</summary>
    public Scenario Apply(Scenario scenario, double x) => Set(scenario, ValueAt(x));

    /// <summary>A key of every workplace (<c>workplaces[].</c> + <paramref name="key"/>).</summary>
    public static SensitivityParameter Workplace(string key, double min, double max, Func<WorkplaceSpec, double, WorkplaceSpec> set, string reason, bool whole = false) =>
        new("workplaces[]." + key, min, max, whole, reason,
            (s, v) => s with { Workplaces = s.Workplaces.Select(w => set(w, v)).ToArray() });

    /// <summary>A key outside the workplaces (<c>legal.</c>, <c>solidarityUnion.</c>…).</summary>
    public static SensitivityParameter ScenarioWide(string path, double min, double max, Func<Scenario, double, Scenario> set, string reason, bool whole = false) =>
        new(path, min, max, whole, reason, set);

    /// <summary>A coefficient of the mechanics, moved across its whole documented range.</summary>
    public static SensitivityParameter Mechanics(Domain.Mechanics.MechanicsParameter parameter) =>
        new(parameter.Path, parameter.Range.Min, parameter.Range.Max, parameter.ValueType == typeof(int),
            $"documented range {parameter.Range.Min.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}–"
            + $"{parameter.Range.Max.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} ({parameter.Range.Unit})",
            parameter.With);
}
