namespace CampaignSim.Domain.Scenarios;

/// <summary>
/// How workers weigh grievance, fear and commitment when deciding to join an action, and how organizing moves them.
/// The threshold rule follows Granovetter (1978) with Epstein-style (2002) grievance-minus-risk adjustments.
/// </summary>
public sealed record BehaviourSpec
{
    /// <summary>How much grievance lowers a worker's threshold, 0–2. Assumption: 0.4.</summary>
    public double GrievanceWeight { get; init; } = 0.4;

    /// <summary>How much fear raises the threshold, scaled by the action's risk, 0–2. Assumption: 0.5.</summary>
    public double FearWeight { get; init; } = 0.5;

    /// <summary>How much commitment to the committee lowers the threshold, 0–2. Assumption: 0.5.</summary>
    public double CommitmentWeight { get; init; } = 0.5;

    /// <summary>Threshold penalty for joining an action called by another craft's union, 0–1. Assumption: 0.3.</summary>
    public double CrossCraftPenalty { get; init; } = 0.3;

    /// <summary>Commitment gained from a deep one-on-one, as a share of the distance to 1, 0–1. Assumption: 0.3.</summary>
    public double DeepContactGain { get; init; } = 0.3;

    /// <summary>Commitment gained from a shallow (vote-getting) contact, 0–1. Assumption: 0.06.</summary>
    public double ShallowContactGain { get; init; } = 0.06;

    /// <summary>Commitment gained from a training, 0–1. Assumption: 0.15.</summary>
    public double TrainingGain { get; init; } = 0.15;

    /// <summary>Commitment at which a worker can be recruited onto the committee, 0–1. Assumption: 0.6.</summary>
    public double CommitteeThreshold { get; init; } = 0.6;

    /// <summary>
    /// Share of workers willing to serve on an organizing committee, 0–1. Assumption: 0.15, after the organizing
    /// rule of thumb that a committee is 10–15% of the workforce (sources §7).
    /// </summary>
    public double LeaderShare { get; init; } = 0.15;

    /// <summary>Weekly decay of commitment, 0–1; committee members decay at <c>mechanics.organizing.committeeDecayFactor</c> of it. Assumption: 0.01.</summary>
    public double CommitmentDecay { get; init; } = 0.01;

    /// <summary>Weekly return of grievance towards its starting level, 0–1. Assumption: 0.02.</summary>
    public double GrievanceRelaxation { get; init; } = 0.02;

    /// <summary>Weekly return of fear towards its starting level, 0–1. Assumption: 0.05.</summary>
    public double FearRelaxation { get; init; } = 0.05;
}
