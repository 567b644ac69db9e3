namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Declares a mechanics coefficient's allowed range, unit and source. The scenario loader validates against the range,
/// docs/ODD.md Appendix A and docs/scenarios.md list it, and sensitivity screening and sweeps can vary it.
/// </summary>
/// <param name="min">Smallest allowed value.</param>
/// <param name="max">Largest allowed value.</param>
/// <param name="unit">Unit in plain words ("share of ties", "weeks").</param>
/// <param name="source">A section of docs/sources.md ("sources §4"), a paper, or "assumption: " and the reasoning.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class ParameterAttribute(double min, double max, string unit, string source) : Attribute
{
    /// <summary>Smallest allowed value.</summary>
    public double Min { get; } = min;

    /// <summary>Largest allowed value.</summary>
    public double Max { get; } = max;

    /// <summary>Unit in plain words.</summary>
    public string Unit { get; } = unit;

    /// <summary>Where the default comes from.</summary>
    public string Source { get; } = source;
}
