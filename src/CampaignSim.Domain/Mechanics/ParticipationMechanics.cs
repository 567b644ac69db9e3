namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Who joins an action and who stays out: the threshold modifiers beside the workplace's behaviour weights, the
/// willingness floor, strike endurance and spontaneous wildcats (docs/ODD.md §7.10, §7.11).
/// </summary>
public sealed record ParticipationMechanics
{
    /// <summary>Multiplier on the fear term of the threshold when the action is unprotected.</summary>
    [Parameter(1, 5, "factor", "assumption: unprotected action risks discipline, so fear weighs more")]
    public double UnprotectedFearFactor { get; init; } = 1.5;

    /// <summary>Threshold added by a week's lost pay for an uncommitted worker (scaled by days lost / working days).</summary>
    [Parameter(0, 1, "share of ties per week of pay", "assumption: a week's lost pay is a real cost for the uncommitted")]
    public double LostPayWeight { get; init; } = 0.1;

    /// <summary>Threshold added per unit of red-baiting stigma against an unfamiliar organization.</summary>
    [Parameter(0, 1, "share of ties", "assumption: red-baiting lands on unfamiliar organizations")]
    public double StigmaWeight { get; init; } = 0.2;

    /// <summary>Threshold added by a hostile leadership the worker trusts, when the action is unofficial (times hostility and trust).</summary>
    [Parameter(0, 1, "share of ties", "assumption: loyalty to officers who condemn the action")]
    public double LoyaltyWeight { get; init; } = 0.3;

    /// <summary>Net willingness below which a worker stays out whatever her coworkers do.</summary>
    [Parameter(-1, 1, "willingness", "assumption; Epstein 2002's rebellion threshold T = 0.1 is of the same order (sources §5)")]
    public double WillingnessFloor { get; init; } = 0.15;

    /// <summary>Weight of grievance in willingness for a worker with no commitment.</summary>
    [Parameter(0, 2, "willingness per unit of grievance", "assumption: grievance, amplified by commitment, is the reason to act (Epstein 2002, sources §5)")]
    public double WillingnessGrievance { get; init; } = 0.5;

    /// <summary>How much commitment amplifies grievance in willingness (a committed worker acts on a smaller grievance).</summary>
    [Parameter(0, 2, "willingness per unit of grievance × commitment", "assumption: commitment turns a grievance into readiness to act")]
    public double WillingnessCommitment { get; init; } = 1.0;

    /// <summary>Weight of fear × risk in willingness for a protected action.</summary>
    [Parameter(0, 2, "willingness per unit of fear × risk", "assumption: fear scaled by the action's risk holds a worker back")]
    public double WillingnessFearProtected { get; init; } = 0.5;

    /// <summary>Weight of fear × risk in willingness for an unprotected action.</summary>
    [Parameter(0, 2, "willingness per unit of fear × risk", "assumption: unprotected action risks discipline")]
    public double WillingnessFearUnprotected { get; init; } = 0.8;

    /// <summary>Fear at or above which a committee member does not start an action she calls.</summary>
    [Parameter(0, 1, "fear", "assumption: a terrified leader does not step forward")]
    public double InitiatorFearLimit { get; init; } = 0.9;

    /// <summary>Visibility an action adds to a participant, times its risk and her exposure (a leader 1, others 1 − crowd share).</summary>
    [Parameter(0, 1, "visibility", "assumption: safety in numbers for ordinary participants")]
    public double ActionVisibility { get; init; } = 0.5;

    /// <summary>Commitment an action adds to each participant, as a share of the distance to 1.</summary>
    [Parameter(0, 1, "share of the distance to 1", "assumption: acting together builds commitment")]
    public double ActionCommitment { get; init; } = 0.05;

    /// <summary>Weekly chance scale that a striker goes back, times (1 − commitment) and (base + fear).</summary>
    [Parameter(0, 1, "probability per week", "assumption: the least committed and most afraid go back first")]
    public double StrikerReturnRate { get; init; } = 0.12;

    /// <summary>Base of the fear factor in a striker's chance of going back.</summary>
    [Parameter(0, 2, "factor", "assumption: even the unafraid feel the lost pay")]
    public double StrikerReturnFearBase { get; init; } = 0.5;

    /// <summary>A strike collapses when fewer than this share of its starting strikers are still out.</summary>
    [Parameter(0, 1, "share of starting strikers", "assumption: a strike that has lost most of its strength ends")]
    public double StrikeCollapseShare { get; init; } = 0.4;

    /// <summary>Longest strike before strikers settle for what is on the table.</summary>
    [Parameter(1, 104, "weeks", "assumption; most strikes are far shorter (sources §4)")]
    public int MaxStrikeWeeks { get; init; } = 12;

    /// <summary>Weeks without any action on the floor before a wildcat can happen.</summary>
    [Parameter(1, 52, "weeks", "assumption: anger boils over where nobody else is acting")]
    public int WildcatQuietWeeks { get; init; } = 4;

    /// <summary>Grievance an informal leader (willing to lead, off the committee) needs before she walks out on her own.</summary>
    [Parameter(0, 1, "grievance", "assumption: only the angriest start something unplanned")]
    public double WildcatLeaderGrievance { get; init; } = 0.75;

    /// <summary>Weeks after a provocation in her department (a violation, a firing) during which an informal leader may walk out.</summary>
    [Parameter(0, 52, "weeks", "assumption: a walkout answers something that just happened (sources §4: the Edmonton walkout answered forced overtime)")]
    public int WildcatProvocationWeeks { get; init; } = 2;

    /// <summary>Weekly chance that a provoked, angry informal leader tries to start a walkout.</summary>
    [Parameter(0, 1, "probability per week", "assumption; calibrated against sources §4: 1–3% of union workplaces see a stoppage in a year")]
    public double WildcatChance { get; init; } = 0.004;

    /// <summary>Grievance a coworker the informal leader knows needs to go first with her.</summary>
    [Parameter(0, 1, "grievance", "assumption: a coworker goes first with the leader only when she is nearly as angry")]
    public double WildcatJoinGrievance { get; init; } = 0.6;

    /// <summary>Fewest workers (the leader included) who must go first for a walkout to start; fewer, and nobody walks out.</summary>
    [Parameter(1, 100, "workers", "assumption: nobody walks out alone")]
    public int WildcatMinStarters { get; init; } = 3;

    /// <summary>Picket supporters from a city-wide committee, per unit of its picket support, as a share of the workforce.</summary>
    [Parameter(0, 1, "share of the workforce", "assumption: supporters from other workplaces add a little pressure")]
    public double CityPicketSupportShare { get; init; } = 0.1;
}
