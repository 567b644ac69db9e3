namespace CampaignSim.Domain.Mechanics;

/// <summary>When a committee calls an action: its pace and what it needs first (docs/ODD.md §7.10).</summary>
public sealed record ActionMechanics
{
    /// <summary>Committee members needed before the committee calls any action.</summary>
    [Parameter(1, 1000, "members", "assumption: nobody acts alone")]
    public int MinCommitteeToAct { get; init; } = 2;

    /// <summary>Weeks a committee needs between actions to prepare the next one.</summary>
    [Parameter(1, 52, "weeks", "assumption: a committee needs a few weeks to prepare the next action")]
    public int WeeksBetweenActions { get; init; } = 3;

    /// <summary>Weeks after a refusal before the committee presses the same demand again.</summary>
    [Parameter(0, 52, "weeks", "assumption: about a month to regroup")]
    public int WeeksAfterRefusal { get; init; } = 4;

    /// <summary>
    /// Weeks over which a committee forgets how far short of its count the last action on a demand fell: it expects the
    /// same share of the support it counts to turn out again, relaxing towards all of it with this time constant. A rung
    /// refused <see cref="RefusalsBeforeChange"/> times for a demand is avoided for as long after the last refusal.
    /// </summary>
    [Parameter(1, 260, "weeks", "assumption: a committee remembers a flop for months; structure tests (sources §4) make the last turnout the evidence for the next step")]
    public double TurnoutMemoryWeeks { get; init; } = 26;

    /// <summary>Weeks added to the wait before the next action for each defeat in a row since the last win.</summary>
    [Parameter(0, 26, "weeks per defeat", "assumption: after a refusal a committee takes longer to regroup, the lull after an outburst that protest models show (Kim and Hanneman 2011, sources §5)")]
    public double LullWeeksPerDefeat { get; init; } = 2;

    /// <summary>Defeats in a row after which the committee rests from actions and only organizes.</summary>
    [Parameter(1, 20, "defeats", "assumption: a committee refused three times running stops calling actions for a while rather than march into a fourth")]
    public int DefeatsBeforeRest { get; init; } = 3;

    /// <summary>Weeks a committee rests from actions after a run of defeats.</summary>
    [Parameter(0, 104, "weeks", "assumption: a season of one-on-ones before the committee tries again")]
    public int RestWeeks { get; init; } = 12;

    /// <summary>Refusals of the same demand at the same rung after which the committee will not call that rung for it again.</summary>
    [Parameter(1, 10, "refusals", "assumption: a committee refused twice with the same action changes tactic, target or demand rather than repeat it a third time, until it has forgotten the refusals (turnoutMemoryWeeks)")]
    public int RefusalsBeforeChange { get; init; } = 2;
}
