namespace CampaignSim.Domain.Mechanics;

/// <summary>How the starting workforce is drawn beside the workplace's own settings (docs/ODD.md §5).</summary>
public sealed record WorkforceMechanics
{
    /// <summary>Stewards per bargaining-unit worker where a mainstream union is present.</summary>
    [Parameter(0, 1, "stewards per worker", "assumption: one steward per 25 unit workers")]
    public double StewardsPerUnitWorker { get; init; } = 0.04;

    /// <summary>Lowest multiple of the job class's wage drawn for a worker.</summary>
    [Parameter(0.1, 2, "factor", "assumption: pay within a job class varies with seniority, about ten percent either way of the class wage")]
    public double WageLow { get; init; } = 0.9;

    /// <summary>Width of the uniform draw of a worker's wage multiple above <see cref="WageLow"/>.</summary>
    [Parameter(0, 2, "factor", "assumption: a band twenty percent wide, from ten below to ten above the class wage")]
    public double WageWidth { get; init; } = 0.2;

    /// <summary>Commitment of a founding committee member.</summary>
    [Parameter(0, 1, "commitment", "assumption: the founding core is committed")]
    public double FoundingCommitment { get; init; } = 0.8;

    /// <summary>Lowest starting commitment of a worker off the committee.</summary>
    [Parameter(0, 1, "commitment", "assumption: before anyone organizes, nobody off the committee is more than barely committed")]
    public double InitialCommitmentLow { get; init; } = 0.05;

    /// <summary>Width of the uniform draw of a worker's starting commitment above <see cref="InitialCommitmentLow"/>.</summary>
    [Parameter(0, 1, "commitment", "assumption: starting commitment spreads over a narrow band, so a few coworkers start a little warmer than others")]
    public double InitialCommitmentWidth { get; init; } = 0.1;
}
