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
    /// same share of the support it counts to turn out again, relaxing towards all of it with this time constant.
    /// </summary>
    [Parameter(1, 260, "weeks", "assumption: a committee remembers a flop for months; structure tests (sources §4) make the last turnout the evidence for the next step")]
    public double TurnoutMemoryWeeks { get; init; } = 26;
}
