namespace CampaignSim.Domain.Tactics;

/// <summary>The escalation ladder, lowest rung first (docs/ODD.md Appendix C). A test checks it lists every <see cref="Tactic"/> in order.</summary>
public static class TacticCatalog
{
    private static readonly TacticDefinition[] Definitions =
    [
        new(Tactic.Grievance, "grievance", "a group grievance", false, null),
        new(Tactic.Petition, "petition", "a petition", false, m => m.Petition),
        new(Tactic.MarchOnTheBoss, "march on the boss", "a march on the boss", false, m => m.MarchOnTheBoss),
        new(Tactic.EnforceOwnPolicy, "enforcing the workers' own policy", "enforcing the workers' own policy", false, m => m.EnforceOwnPolicy),
        new(Tactic.Picket, "picket", "a picket", false, m => m.Picket),
        new(Tactic.Walkout, "walkout", "a walkout", true, m => m.Walkout),
        new(Tactic.WorkToRule, "work-to-rule", "a work-to-rule", true, m => m.WorkToRule),
        new(Tactic.Slowdown, "slowdown", "a slowdown", true, m => m.Slowdown),
        new(Tactic.SickOut, "sick-out", "a sick-out", true, m => m.SickOut),
        new(Tactic.Strike, "strike", "a strike", true, m => m.Strike),
    ];

    /// <summary>The definition of a tactic.</summary>
    public static TacticDefinition Of(Tactic tactic) => Definitions[(int)tactic];

    /// <summary>A tactic's profile under a scenario's mechanics; the grievance rung has none (it is never called as an action).</summary>
    public static TacticProfile Profile(MechanicsSpec mechanics, Tactic tactic) =>
        Definitions[(int)tactic].Profile?.Invoke(mechanics.Tactics)
        ?? throw new InvalidOperationException("A grievance goes through the grievance procedure; it is not called as an action.");

    /// <summary>All rungs, lowest first.</summary>
    public static IReadOnlyList<TacticDefinition> Ladder => Definitions;
}
