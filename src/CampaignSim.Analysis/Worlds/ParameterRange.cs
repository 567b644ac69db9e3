namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The range of one varied parameter: the plausible range a design starts from, the box a wave samples, or the spread of
/// the worlds a wave kept. Reports show the range before and after each wave side by side, so the record carries the path
/// to keep the two lists matched by name rather than by position.
/// </summary>
/// <param name="Path">The parameter's path (<see cref="Domain.Mechanics.ScenarioParameter.Path"/>).</param>
/// <param name="Low">Lowest value.</param>
/// <param name="High">Highest value.</param>
public sealed record ParameterRange(string Path, double Low, double High)
{
    /// <summary>High minus low.</summary>
    public double Width => High - Low;

    /// <summary>Whether a value lies in the range, bounds included.</summary>
    public bool Contains(double value) => value >= Low && value <= High;
}
