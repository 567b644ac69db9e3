namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// What a tactic needs, does and costs. Pressures are relative to a full strike (1.0 per week); needed shares follow
/// the organizing rule of thumb that visible actions want a clear majority and a strike a supermajority (sources §4,
/// McAlevey-style structure tests: design parameters, not sourced figures). Each tactic's defaults are set in
/// <see cref="TacticMechanics"/>.
/// </summary>
public sealed record TacticProfile
{
    /// <summary>Share of the workforce a committee wants to see committed before calling it.</summary>
    [Parameter(0, 1, "share of workers", "assumption: set per tactic, below")]
    public double NeededShare { get; init; }

    /// <summary>Disruption to the employer per week of full participation, as a share of a full stoppage's cost.</summary>
    [Parameter(0, 2, "share of a full stoppage", "assumption: set per tactic, below")]
    public double Pressure { get; init; }

    /// <summary>Days of pay each participant loses per week of the action.</summary>
    [Parameter(0, 5, "days per week", "assumption: set per tactic, below")]
    public double LostPayDays { get; init; }

    /// <summary>
    /// Share of workers at work and within reach when the action happens (shifts, leave, part-time schedules): each
    /// worker is there with this probability; whoever called it is. A strike reaches everyone; a march on the boss only
    /// the shift on the floor.
    /// </summary>
    [Parameter(0, 1, "share of workers", "assumption: set per tactic, below")]
    public double Availability { get; init; } = 1;

    /// <summary>How exposed participants are; scales fear in the threshold and leaders' visibility.</summary>
    [Parameter(0, 1, "exposure", "assumption: set per tactic, below")]
    public double Risk { get; init; }
}
