using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// One uncertain parameter varied across worlds: its path, how it takes values, and the range sampled. Built from the
/// parameter home (<see cref="ScenarioParameter"/>) with its documented plausible range, so the worlds explore what the
/// sources allow and not the wider range the engine merely accepts.
/// </summary>
/// <param name="Path">The parameter's path in a scenario file.</param>
/// <param name="Kind">Whether it is continuous, a whole number or a switch.</param>
/// <param name="Min">Lowest value sampled.</param>
/// <param name="Max">Highest value sampled.</param>
public sealed record WorldParameter(string Path, WorldValueKind Kind, double Min, double Max)
{
    /// <summary>The plain-language name a committee reads (<see cref="ParameterLabels"/>).</summary>
    public string Label => ParameterLabels.For(Path);

    /// <summary>The parameter over its plausible range, its kind read from the value type it has in a scenario.</summary>
    public static WorldParameter From(ScenarioParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var kind = parameter.ValueType == typeof(bool) ? WorldValueKind.Switch
            : parameter.ValueType == typeof(int) ? WorldValueKind.Whole
            : WorldValueKind.Continuous;
        return kind == WorldValueKind.Switch
            ? new WorldParameter(parameter.Path, kind, 0, 1)
            : new WorldParameter(parameter.Path, kind, parameter.PlausibleMin, parameter.PlausibleMax);
    }

    /// <summary>
    /// The uncertain parameters a history match varies by default: every coefficient of the parameter home
    /// (<see cref="ParameterKind.Coefficient"/>) whose plausible range is wider than one value, over that range. A model's
    /// policy is what the model chooses, not something the record is uncertain about, and a fact of the situation is given
    /// by the scenario; neither is varied. Coefficients inert in the shipped scenarios are kept, as a calibration case may
    /// be the situation in which they act.
    /// </summary>
    public static IReadOnlyList<WorldParameter> Coefficients() => ScenarioParameter.All
        .Where(p => p.Kind == ParameterKind.Coefficient && p.PlausibleMax > p.PlausibleMin)
        .Select(From)
        .ToArray();

    /// <summary>The parameter at a path of the parameter home; throws when there is none.</summary>
    public static WorldParameter From(string path) =>
        From(ScenarioParameter.Find(path) ?? throw new ArgumentException($"'{path}' is not a scenario parameter.", nameof(path)));

    /// <summary>The range sampled.</summary>
    public ParameterRange Range => new(Path, Min, Max);

    /// <summary>The same parameter sampled over another range (a wave's box).</summary>
    public WorldParameter Within(ParameterRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return this with { Min = range.Low, Max = range.High };
    }

    /// <summary>
    /// The value at a point u of [0, 1): linear for a continuous parameter; for a whole number, each whole number from
    /// ⌈min⌉ to ⌊max⌋ takes an equal share of the unit interval; a switch is off below one half and on from it (unless the
    /// range pins it).
    /// </summary>
    public double FromUnit(double u)
    {
        u = Math.Clamp(u, 0, 1);
        switch (Kind)
        {
            case WorldValueKind.Whole:
            {
                var low = Math.Ceiling(Min);
                var count = Math.Floor(Max) - low + 1;
                if (count <= 1) return low;
                return low + Math.Min(count - 1, Math.Floor(u * count));
            }
            case WorldValueKind.Switch:
                if (Min >= ScenarioParameter.SwitchOnFrom) return 1;
                if (Max < ScenarioParameter.SwitchOnFrom) return 0;
                return u < 0.5 ? 0 : 1;
            default:
                return Min + u * (Max - Min);
        }
    }

    /// <summary>
    /// Where a value lies on [0, 1] of this range (the inverse of <see cref="FromUnit"/>, at the middle of a whole
    /// number's or a switch's share), 0.5 when the range is a single value. Used to put parameters of different units on
    /// one footing.
    /// </summary>
    public double ToUnit(double value)
    {
        switch (Kind)
        {
            case WorldValueKind.Whole:
            {
                var low = Math.Ceiling(Min);
                var count = Math.Floor(Max) - low + 1;
                return count <= 1 ? 0.5 : Math.Clamp((value - low + 0.5) / count, 0, 1);
            }
            case WorldValueKind.Switch:
                return Min >= ScenarioParameter.SwitchOnFrom || Max < ScenarioParameter.SwitchOnFrom ? 0.5 : value >= ScenarioParameter.SwitchOnFrom ? 0.75 : 0.25;
            default:
                return Max > Min ? Math.Clamp((value - Min) / (Max - Min), 0, 1) : 0.5;
        }
    }

    /// <summary>A copy of the scenario with this parameter set (every workplace for a workplace parameter).</summary>
    public Scenario Apply(Scenario scenario, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var parameter = ScenarioParameter.Find(Path) ?? throw new InvalidOperationException($"'{Path}' is not a scenario parameter.");
        return parameter.With(scenario, value);
    }

    /// <summary>A copy of the scenario with every varied parameter set to a world's values, in the order of <paramref name="parameters"/>.</summary>
    public static Scenario Apply(Scenario scenario, IReadOnlyList<WorldParameter> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        if (parameters.Count != values.Count)
        {
            throw new ArgumentException($"{values.Count} values for {parameters.Count} parameters.", nameof(values));
        }

        for (var j = 0; j < parameters.Count; j++)
        {
            scenario = parameters[j].Apply(scenario, values[j]);
        }

        return scenario;
    }
}
