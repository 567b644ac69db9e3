namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The settings of PRIM (Friedman and Fisher 1999), with the defaults of the EMA Workbench's scenario-discovery
/// implementation (Kwakkel 2017) where it has them.
/// </summary>
public sealed record PrimOptions
{
    /// <summary>Share of the box's worlds each peel removes: 0.05, patient peeling as Friedman and Fisher advise and the EMA Workbench uses.</summary>
    public double PeelAlpha { get; init; } = 0.05;

    /// <summary>Share of the box's worlds each paste adds back: 0.05, as in the EMA Workbench.</summary>
    public double PasteAlpha { get; init; } = 0.05;

    /// <summary>Peeling stops before the box would hold less than this share of all worlds: 0.05, as in the EMA Workbench.</summary>
    public double MassMin { get; init; } = 0.05;

    /// <summary>
    /// Most parameters a box may restrict: three. A condition on more parameters is one a committee cannot check against
    /// what it knows (Bryant and Lempert 2010 judge boxes by interpretability as well as coverage and density); once three
    /// are restricted, peeling continues only on those.
    /// </summary>
    public int MaxDimensions { get; init; } = 3;

    /// <summary>
    /// Largest quasi-p-value a restriction of the chosen box may have (Bryant and Lempert 2010; the EMA Workbench reports
    /// them): the chance that the box's cases would be at least as many as they are if the restriction were lifted and
    /// its worlds held cases at the density of the wider box (a one-sided binomial test). A restriction above it could
    /// come from chance, as "below 0.997" on a range of 0–1 does; it is lifted, the least significant first, and the box's
    /// coverage and density are those of the simplified box. 0.05, the conventional level.
    /// </summary>
    public double MaxQuasiPValue { get; init; } = 0.05;

    /// <summary>
    /// Label permutations of the search-wide test (0: no test). The quasi-p-values test each restriction of the one box
    /// found, not the search that found it: over dozens of parameters, peeling finds some box in worlds whose winners are
    /// chance. The test shuffles which worlds are cases, runs the whole search on each shuffle, and counts how often a
    /// shuffle's box is at least as good (coverage × density) as the box found: the share, (1 + count) / (1 + this), is
    /// the box's search-wide p-value, which answers for every parameter and cut the search could have chosen (a max-statistic
    /// permutation test, as for a family of tests; Westfall and Young 1993). 199, so that the p-value moves in steps of 0.005.
    /// </summary>
    public int SearchPermutations { get; init; } = 199;

    /// <summary>Largest search-wide p-value (<see cref="SearchPermutations"/>) at which a box is stated; above it no condition is. 0.05.</summary>
    public double MaxSearchPValue { get; init; } = 0.05;

    /// <summary>Throws when an option is out of its range.</summary>
    public void Validate()
    {
        if (!(PeelAlpha > 0 && PeelAlpha < 0.5)) throw new ArgumentOutOfRangeException(nameof(PeelAlpha), PeelAlpha, "From above 0 to below 0.5.");
        if (!(PasteAlpha > 0 && PasteAlpha < 0.5)) throw new ArgumentOutOfRangeException(nameof(PasteAlpha), PasteAlpha, "From above 0 to below 0.5.");
        if (!(MassMin > 0 && MassMin < 1)) throw new ArgumentOutOfRangeException(nameof(MassMin), MassMin, "From above 0 to below 1.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDimensions, 1, nameof(MaxDimensions));
        if (!(MaxQuasiPValue > 0 && MaxQuasiPValue <= 1)) throw new ArgumentOutOfRangeException(nameof(MaxQuasiPValue), MaxQuasiPValue, "From above 0 to 1.");
        ArgumentOutOfRangeException.ThrowIfNegative(SearchPermutations, nameof(SearchPermutations));
        if (!(MaxSearchPValue > 0 && MaxSearchPValue <= 1)) throw new ArgumentOutOfRangeException(nameof(MaxSearchPValue), MaxSearchPValue, "From above 0 to 1.");
    }
}
