namespace CampaignSim.Domain.Tactics;

/// <summary>
/// The escalation ladder. Pressures are relative to a full strike (1.0 per week); needed shares follow the
/// organizing rule of thumb that visible actions want a clear majority and a strike a supermajority
/// (sources §4, McAlevey-style structure tests: design parameters, not sourced figures).
/// </summary>
public static class TacticCatalog
{
    private static readonly TacticProfile[] Profiles =
    [
        new(Tactic.Grievance, 0.00, 0.01, 0, 0.05, false),
        new(Tactic.Petition, 0.30, 0.03, 0, 0.20, false),
        new(Tactic.MarchOnTheBoss, 0.35, 0.06, 0, 0.45, false),
        new(Tactic.EnforceOwnPolicy, 0.45, 0.10, 0, 0.50, false),
        new(Tactic.Picket, 0.35, 0.08, 0, 0.35, false),
        new(Tactic.WorkToRule, 0.50, 0.18, 0, 0.45, true),
        new(Tactic.Slowdown, 0.55, 0.25, 0, 0.60, true),
        new(Tactic.SickOut, 0.55, 0.30, 1, 0.65, true),
        new(Tactic.Strike, 0.65, 1.00, 5, 0.80, true),
    ];

    /// <summary>The profile of a tactic.</summary>
    public static TacticProfile Of(Tactic tactic) => Profiles[(int)tactic];

    /// <summary>All rungs, lowest first.</summary>
    public static IReadOnlyList<TacticProfile> Ladder => Profiles;
}
