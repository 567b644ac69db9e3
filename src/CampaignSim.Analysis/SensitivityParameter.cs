using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;

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

    /// <summary>
    /// A parameter moved across its plausible range (its documented range unless the parameter narrows it, with the
    /// reason), in every workplace for a workplace parameter.
    /// </summary>
    public static SensitivityParameter From(ScenarioParameter parameter) =>
        new(parameter.Path, parameter.PlausibleMin, parameter.PlausibleMax, parameter.ValueType == typeof(int),
            parameter.Narrowed
                ? $"part of {Number(parameter.Range.Min)}–{Number(parameter.Range.Max)}: {parameter.Range.PlausibleBecause}"
                : $"documented range {Number(parameter.Range.Min)}–{Number(parameter.Range.Max)} ({parameter.Range.Unit})",
            parameter.With);

    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
