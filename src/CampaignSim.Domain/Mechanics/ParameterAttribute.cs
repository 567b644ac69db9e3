namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Declares a parameter: its allowed range, unit and source, and the narrower range a real workplace plausibly has.
/// The scenario loader validates against the allowed range; docs/ODD.md Appendix A and docs/scenarios.md list it;
/// sensitivity screening and sweeps vary it. Every number that shapes behaviour is declared with one, so a range is
/// written once (see <see cref="ScenarioParameter"/>).
/// </summary>
/// <param name="min">Smallest allowed value.</param>
/// <param name="max">Largest allowed value.</param>
/// <param name="unit">Unit in plain words ("share of ties", "weeks").</param>
/// <param name="source">A section of docs/sources.md ("sources §4") with what it gives, or "assumption: " and one sentence of reasoning.</param>
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

    /// <summary>
    /// What kind of number it is: a behavioural coefficient the model assumes (the default), an organizing model's
    /// policy, or a fact of the situation that the scenario describes.
    /// </summary>
    public ParameterKind Kind { get; set; } = ParameterKind.Coefficient;

    /// <summary>
    /// Lowest plausible value, when narrower than the allowed range (sensitivity screening samples from the plausible
    /// range); NaN for the allowed minimum.
    /// </summary>
    public double PlausibleMin { get; set; } = double.NaN;

    /// <summary>Highest plausible value, when narrower than the allowed range; NaN for the allowed maximum.</summary>
    public double PlausibleMax { get; set; } = double.NaN;

    /// <summary>
    /// The allowed range in words when it depends on other keys or has a rule beside its bounds ("1–weeks", "0–1; shares
    /// sum to 1"); null for plain <see cref="Min"/>–<see cref="Max"/>. Shown in the documentation and in messages.
    /// </summary>
    public string? RangeText { get; set; }

    /// <summary>Why the plausible range is narrower than the allowed one (required when it is).</summary>
    public string? PlausibleBecause { get; set; }

    /// <summary>
    /// Why no shipped scenario's event stream moves when this parameter goes to either end of its range (it matters only
    /// in situations none of them has); null for a parameter that moves at least one.
    /// </summary>
    public string? InertInShippedScenarios { get; set; }
}
