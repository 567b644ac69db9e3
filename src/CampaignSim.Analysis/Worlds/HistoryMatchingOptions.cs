namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// How history matching samples and narrows the worlds. The defaults follow the literature where it has a convention
/// (the cutoff of 3) and are stated judgements elsewhere, each with its reason.
/// </summary>
public sealed record HistoryMatchingOptions
{
    /// <summary>A candidate is kept when its implausibility on every target is below this: 3 by Pukelsheim's three-sigma rule.</summary>
    public double Cutoff { get; init; } = Implausibility.DefaultCutoff;

    /// <summary>Candidates simulated in each wave: 2,000 covers each parameter's range in strata of a twentieth of a percent.</summary>
    public int CandidatesPerWave { get; init; } = 2000;

    /// <summary>
    /// Most waves run: five. Every wave here is simulated in full, so the bound caps the cost; a match that stops at it says
    /// so (<see cref="WaveStopReason.MaximumWaves"/>), and the report shows how far the box still moved.
    /// </summary>
    public int MaxWaves { get; init; } = 5;

    /// <summary>
    /// Share of the kept range added on each side before the next wave samples it: the kept worlds are a finite sample of
    /// the region not ruled out, whose edges lie beyond the outermost kept values (further where the region tapers, as a
    /// thin corner holds few candidates), and a box cut exactly at them would lose those edges wave after wave. With few
    /// kept candidates k the widening is at least 3/k of the range: a uniform sample of k leaves a gap wider than that at an
    /// end only about one time in twenty. The box may grow back, up to the starting ranges, where kept worlds press against
    /// its edge.
    /// </summary>
    public double Margin { get; init; } = 0.2;

    /// <summary>
    /// The kept set is stable when no end of any parameter's box moves by more than this share of the box's width between
    /// two waves (a share of the current width, not the starting one, so that a narrow region is followed as closely as a
    /// wide one): 5% is finer than any threshold a report states.
    /// </summary>
    public double StabilityTolerance { get; init; } = 0.05;

    /// <summary>
    /// Whether matching stops once the kept set has settled: from the third wave, when neither the share of the wave kept
    /// nor any parameter's distribution among the kept differs from the wave two before by more than sampling explains
    /// (<see cref="KeptSetShift"/>), both waves keeping at least <see cref="MinimumKept"/>. The box rule
    /// (<see cref="StabilityTolerance"/>) alone is rarely met where targets constrain some parameters only loosely: the
    /// outermost kept values of such a parameter move by chance from wave to wave, and the next box with them. On by default.
    /// </summary>
    public bool StopWhenSettled { get; init; } = true;

    /// <summary>
    /// Fewest candidates from which the next wave's box is drawn: the ranges of fewer say little about the region. When
    /// fewer than this meet every target, the box is drawn from this many least implausible candidates (by their largest
    /// implausibility) if <see cref="RefocusOnLeastImplausible"/> is on.
    /// </summary>
    public int MinimumKept { get; init; } = 10;

    /// <summary>
    /// Whether a wave in which too few candidates meet every target narrows the box to the least implausible ones instead
    /// of stopping: a first wave over a wide space can hold almost no plausible candidate even when the plausible region is
    /// not empty, and the least implausible candidates point to where it lies, as an adaptive tolerance does in sequential
    /// approximate Bayesian computation (Del Moral, Doucet and Jasra 2012). The kept worlds always meet every target; a
    /// wave that refocused this way says so (<see cref="WaveReport.RefocusCutoff"/>). On by default.
    /// </summary>
    public bool RefocusOnLeastImplausible { get; init; } = true;

    /// <summary>Seed of the designs: wave w samples a Latin hypercube seeded from it and w.</summary>
    public ulong DesignSeed { get; init; } = 1;

    /// <summary>First seed of every candidate's runs when <see cref="CommonSeeds"/> is on; the root of each candidate's own seed otherwise.</summary>
    public ulong RunSeed { get; init; } = 1;

    /// <summary>
    /// Whether every candidate runs with the same seeds (common random numbers): two candidates then differ only by their
    /// parameters, not by their dice, so the ruling between them is sharper. On by default.
    /// </summary>
    public bool CommonSeeds { get; init; } = true;

    /// <summary>
    /// Whether a cheap emulator screens each wave after the first: a quadratic regression per target, fitted to every
    /// candidate simulated so far, rules out proposals whose predicted implausibility (with the emulator's own residual
    /// variance added to the denominator) is at or above the cutoff, so that simulations go to candidates that may be kept.
    /// Every kept world is still simulated. Off by default: the simulated waves are the reference, and the screen is a speed-up.
    /// </summary>
    public bool Emulator { get; init; }

    /// <summary>Most proposals drawn per wave when the emulator screens, as a multiple of <see cref="CandidatesPerWave"/>.</summary>
    public int EmulatorProposalFactor { get; init; } = 10;

    /// <summary>
    /// Which targets constrain each parameter, by path (a parameter absent or with no target is constrained by none). With
    /// <see cref="Recombine"/> on, parameters that share a target, directly or through other parameters, form one block
    /// (a connected set of parameters and the targets that constrain them), as Vernon, Goldstein and Bower (2010) treat each
    /// output's active inputs.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ConstrainedBy { get; init; }

    /// <summary>
    /// Whether the waves after the first propose candidates that recombine blocks (<see cref="ConstrainedBy"/>): each
    /// block's values are copied from a candidate simulated earlier that met every target of that block, whatever it
    /// did on the others, and perturbed a little (<see cref="RecombineJitter"/>); parameters no target constrains are drawn
    /// from the wave's Latin hypercube. Where the targets constrain nearly separate blocks, a candidate that meets all of
    /// them is the product of rare events under independent sampling (one target met by one candidate in twenty, a
    /// dozen targets), while the recombined candidates meet each block's targets as often as the blocks are separate.
    /// Every candidate is still simulated whole and kept only when it meets every target; a block no earlier candidate
    /// met is drawn from the hypercube. Off by default.
    /// </summary>
    public bool Recombine { get; init; }

    /// <summary>
    /// The perturbation of a recombined block's values: a multivariate normal step whose covariance is this share, squared,
    /// of the block's covariance among the candidates that met its targets, kept inside each parameter's plausible range,
    /// as the perturbation kernel of sequential Monte Carlo approximate Bayesian computation (Beaumont et al. 2009 use twice
    /// the covariance; a quarter of the spread here, as the regions are thin and every candidate is confirmed by
    /// simulation). A block its targets hold on a ridge moves along the ridge. 0 copies the values unchanged.
    /// </summary>
    public double RecombineJitter { get; init; } = 0.25;

    /// <summary>Largest number of candidates simulated at once; null uses every core. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Throws when an option is out of its range.</summary>
    public void Validate()
    {
        if (!(Cutoff > 0) || double.IsInfinity(Cutoff)) throw new ArgumentOutOfRangeException(nameof(Cutoff), Cutoff, "The cutoff must be a positive number.");
        ArgumentOutOfRangeException.ThrowIfLessThan(CandidatesPerWave, 1, nameof(CandidatesPerWave));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWaves, 1, nameof(MaxWaves));
        if (!(Margin >= 0) || double.IsInfinity(Margin)) throw new ArgumentOutOfRangeException(nameof(Margin), Margin, "The margin must be 0 or more.");
        if (!(StabilityTolerance >= 0) || double.IsInfinity(StabilityTolerance)) throw new ArgumentOutOfRangeException(nameof(StabilityTolerance), StabilityTolerance, "The tolerance must be 0 or more.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumKept, 2, nameof(MinimumKept));
        ArgumentOutOfRangeException.ThrowIfLessThan(EmulatorProposalFactor, 1, nameof(EmulatorProposalFactor));
        if (!(RecombineJitter >= 0) || double.IsInfinity(RecombineJitter)) throw new ArgumentOutOfRangeException(nameof(RecombineJitter), RecombineJitter, "The jitter must be 0 or more.");
    }
}
