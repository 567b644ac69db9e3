namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// What one wave of history matching did: the box it sampled, how many candidates it proposed, screened out with the
/// emulator, simulated and kept, the spread of the kept worlds and the box the next wave samples, which targets ruled out
/// how many candidates, and which targets constrain which parameters.
/// </summary>
/// <param name="Wave">The wave, from 1.</param>
/// <param name="Box">The ranges this wave sampled (the plausible ranges in wave 1).</param>
/// <param name="Proposed">Candidates drawn from the design (more than simulated when the emulator screened).</param>
/// <param name="ScreenedOut">Candidates the emulator judged implausible and that were therefore not simulated.</param>
/// <param name="Simulated">Candidates simulated.</param>
/// <param name="Kept">Candidates below the cutoff on every target.</param>
/// <param name="KeptRanges">Each parameter's lowest and highest value among the kept candidates (the box when none were kept).</param>
/// <param name="RefocusCutoff">The largest implausibility among the candidates the next box was drawn from: the cutoff when enough
/// candidates met every target; above it when the box was drawn from the least implausible candidates
/// (<see cref="HistoryMatchingOptions.RefocusOnLeastImplausible"/>); infinite when no box could be drawn.</param>
/// <param name="Refocused">Candidates the next box was drawn from (0 when none could be).</param>
/// <param name="NextBox">The box the next wave samples: the refocused candidates' ranges widened by the margin, inside this wave's box.</param>
/// <param name="Rulings">For each target, the candidates it ruled out.</param>
/// <param name="Constraints">For each target and parameter, how the target's implausibility depends on the parameter.</param>
public sealed record WaveReport(
    int Wave,
    IReadOnlyList<ParameterRange> Box,
    int Proposed,
    int ScreenedOut,
    int Simulated,
    int Kept,
    IReadOnlyList<ParameterRange> KeptRanges,
    double RefocusCutoff,
    int Refocused,
    IReadOnlyList<ParameterRange> NextBox,
    IReadOnlyList<TargetRuling> Rulings,
    IReadOnlyList<TargetConstraint> Constraints)
{
    /// <summary>
    /// Candidates simulated with at least one block recombined from earlier candidates that met the block's targets
    /// (<see cref="HistoryMatchingOptions.Recombine"/>); 0 in the first wave and when recombination is off.
    /// </summary>
    public int Recombined { get; init; }

    /// <summary>
    /// How far the kept candidates moved from those of the wave two before (null in the first two waves and when either
    /// wave kept fewer than <see cref="HistoryMatchingOptions.MinimumKept"/>).
    /// </summary>
    public KeptSetShift? Shift { get; init; }

    /// <summary>
    /// The strongest target–parameter links of the wave, by the contrast of the share ruled out across the parameter's
    /// range, then by the size of the correlation: the pairs a report lists under "which targets constrain which parameters".
    /// </summary>
    public IReadOnlyList<TargetConstraint> Strongest(int count) => Constraints
        .OrderByDescending(c => Math.Round(c.Contrast, 9))
        .ThenByDescending(c => Math.Abs(c.Correlation))
        .ThenBy(c => c.TargetId, StringComparer.Ordinal)
        .ThenBy(c => c.Path, StringComparer.Ordinal)
        .Take(count)
        .ToArray();
}
