namespace CampaignSim.Domain.Mechanics;

/// <summary>The mainstream union's leadership: how its politics shape staff effort, and what a change at the top does (docs/ODD.md §7.4, §7.5, §7.8).</summary>
public sealed record LeadershipMechanics
{
    /// <summary>Share of the assigned staff organizers' hours a militant leadership actually puts into organizing.</summary>
    [Parameter(0, 1, "share of staff hours", "assumption: a militant leadership lends its staff fully")]
    public double StaffEffortMilitant { get; init; } = 1.0;

    /// <summary>Share of staff hours a mixed leadership puts into organizing.</summary>
    [Parameter(0, 1, "share of staff hours", "assumption: a mixed leadership lends them with reservations")]
    public double StaffEffortMixed { get; init; } = 0.75;

    /// <summary>Share of staff hours a business-union leadership puts into organizing.</summary>
    [Parameter(0, 1, "share of staff hours", "assumption: a business union lends staff to organizing half-heartedly")]
    public double StaffEffortBusiness { get; init; } = 0.5;

    /// <summary>Hostility to unofficial action of a leadership the caucus has won (at most this).</summary>
    [Parameter(0, 1, "hostility", "assumption: a reform leadership backs action on the floor (CORE, sources §6)")]
    public double CaucusHostilityCap { get; init; } = 0.1;

    /// <summary>Responsiveness to grievances of a leadership the caucus has won (at least this).</summary>
    [Parameter(0, 1, "probability", "assumption: a reform leadership pursues members' grievances")]
    public double CaucusResponsivenessFloor { get; init; } = 0.8;

    /// <summary>Hostility to unofficial action of a conservative leadership that takes office (at least this).</summary>
    [Parameter(0, 1, "hostility", "assumption: an old guard opposes action outside official channels")]
    public double ConservativeHostilityFloor { get; init; } = 0.8;

    /// <summary>Responsiveness to grievances of a conservative leadership that takes office (at most this).</summary>
    [Parameter(0, 1, "probability", "assumption: an old guard that takes office lets grievances drop")]
    public double ConservativeResponsivenessCap { get; init; } = 0.4;

    /// <summary>Committee size a caucus needs to disaffiliate when a conservative leadership takes office.</summary>
    [Parameter(1, 1000, "members", "assumption: a caucus needs a core to leave and carry on")]
    public int DisaffiliationCommittee { get; init; } = 3;
}
