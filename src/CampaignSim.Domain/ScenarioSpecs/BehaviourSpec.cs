namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>
/// How workers weigh grievance, fear and commitment when deciding to join an action, and how organizing moves them.
/// The threshold rule follows Granovetter (1978) with Epstein-style (2002) grievance-minus-risk adjustments.
/// </summary>
public sealed record BehaviourSpec
{
    /// <summary>How much grievance lowers a worker's threshold (it divides the threshold by 1 + this × grievance + …).</summary>
    [Parameter(0, 2, "threshold per unit of *g*", "assumption: Epstein-style (2002) grievance term, of the order of the threshold mean")]
    public double GrievanceWeight { get; init; } = 0.4;

    /// <summary>How much fear raises the threshold, scaled by the action's risk (it multiplies the threshold by 1 + this × fear × risk).</summary>
    [Parameter(0, 2, "threshold per unit of *f* × risk", "assumption: risk weighs a little more than grievance, as in Epstein's G − R·P rule")]
    public double FearWeight { get; init; } = 0.5;

    /// <summary>How much commitment to the committee lowers the threshold (beside grievance in the divisor).</summary>
    [Parameter(0, 2, "threshold per unit of *c*", "assumption: a committed worker acts well before her coworkers")]
    public double CommitmentWeight { get; init; } = 0.5;

    /// <summary>Threshold penalty for joining an action called by another craft's union.</summary>
    [Parameter(0, 1, "share of ties", "assumption: another craft's call is a step most workers will not take alone")]
    public double CrossCraftPenalty { get; init; } = 0.3;

    /// <summary>Commitment gained from a deep one-on-one, as a share of the distance to the worker's ceiling.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: a few deep one-on-ones move a receptive worker to commitment")]
    public double DeepContactGain { get; init; } = 0.3;

    /// <summary>Commitment gained from a shallow (vote-getting) contact, as a share of the distance to the worker's ceiling.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: a fifth of a deep contact (vote-getting builds little)")]
    public double ShallowContactGain { get; init; } = 0.06;

    /// <summary>Commitment gained from a training, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: half a deep contact")]
    public double TrainingGain { get; init; } = 0.15;

    /// <summary>Commitment at which a worker willing to lead can be recruited onto the committee.</summary>
    [Parameter(0, 1, "commitment", "assumption: above the 0.5 of a card signer")]
    public double CommitteeThreshold { get; init; } = 0.6;

    /// <summary>Share of workers willing to serve on an organizing committee.</summary>
    [Parameter(0, 1, "share 0–1", "assumption, after sources §7 (a committee is 10–15% of the workforce)", PlausibleMin = 0.05, PlausibleMax = 0.3, PlausibleBecause = "around the 10–15% committee rule of thumb (sources §7)")]
    public double LeaderShare { get; init; } = 0.15;

    /// <summary>Weekly decay of commitment where nobody keeps in touch; committee members decay at <c>mechanics.organizing.committeeDecayFactor</c> of it.</summary>
    [Parameter(0, 1, "per week", "assumption: commitment halves in about 70 weeks without contact", PlausibleMax = 0.05, PlausibleBecause = "0.05 a week already halves an uncontacted worker's commitment in about 14 weeks")]
    public double CommitmentDecay { get; init; } = 0.01;

    /// <summary>Weekly return of grievance towards its starting level.</summary>
    [Parameter(0, 1, "per week", "assumption: anger fades over months")]
    public double GrievanceRelaxation { get; init; } = 0.02;

    /// <summary>Weekly return of fear towards its starting level.</summary>
    [Parameter(0, 1, "per week", "assumption: fear after a threat fades within a few months")]
    public double FearRelaxation { get; init; } = 0.05;
}
