namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// One parameter's restriction in a discovered box: a lower bound, an upper bound or both. Bounds lie halfway between the
/// last world left out and the first kept in, so that a whole number reads "at least 4" and a switch "on" rather than a
/// fraction of either.
/// </summary>
/// <param name="Parameter">The parameter's position in the list of varied parameters.</param>
/// <param name="Path">The parameter's path.</param>
/// <param name="Kind">How it takes values.</param>
/// <param name="Lower">The lower bound, or null when the box is open below.</param>
/// <param name="Upper">The upper bound, or null when the box is open above.</param>
public sealed record BoxLimit(int Parameter, string Path, WorldValueKind Kind, double? Lower, double? Upper)
{
    /// <summary>The parameter's plain-language name (<see cref="ParameterLabels"/>).</summary>
    public string Label => ParameterLabels.For(Path);

    /// <summary>Whether a value satisfies the restriction.</summary>
    public bool Contains(double value) => (Lower is not { } low || value >= low) && (Upper is not { } high || value <= high);
}
