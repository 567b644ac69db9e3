namespace CampaignSim.Domain.Tactics;

/// <summary>Tactics on the escalation ladder (docs/ODD.md Appendix C), lowest rung first.</summary>
public enum Tactic
{
    /// <summary>A grievance taken up by a steward or rep.</summary>
    Grievance,
    /// <summary>A petition signed by coworkers.</summary>
    Petition,
    /// <summary>Coworkers go together to the boss with a demand.</summary>
    MarchOnTheBoss,
    /// <summary>Workers put their own policy into practice together.</summary>
    EnforceOwnPolicy,
    /// <summary>A picket (off the clock).</summary>
    Picket,
    /// <summary>Walking off the job together for a short while.</summary>
    Walkout,
    /// <summary>Doing exactly what the rules say and nothing more.</summary>
    WorkToRule,
    /// <summary>Working slowly together.</summary>
    Slowdown,
    /// <summary>Calling in sick together for a day.</summary>
    SickOut,
    /// <summary>A strike of a set length (a day to a few days), announced as such: a demonstration of strength, not a siege.</summary>
    DemonstrationStrike,
    /// <summary>Withholding labour until the demand is met.</summary>
    Strike,
}
