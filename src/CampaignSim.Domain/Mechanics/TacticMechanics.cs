namespace CampaignSim.Domain.Mechanics;

/// <summary>The escalation ladder's profiles, one per tactic (docs/ODD.md Appendix C). Their names and legality are in <see cref="Tactics.TacticCatalog"/>.</summary>
public sealed record TacticMechanics
{
    /// <summary>A grievance taken up by a steward or rep.</summary>
    public TacticProfile Grievance { get; init; } = new() { Availability = 0.9, NeededShare = 0.00, Pressure = 0.01, LostPayDays = 0, Risk = 0.05 };

    /// <summary>A petition signed by coworkers.</summary>
    public TacticProfile Petition { get; init; } = new() { Availability = 0.95, NeededShare = 0.30, Pressure = 0.03, LostPayDays = 0, Risk = 0.20 };

    /// <summary>Coworkers go together to the boss with a demand.</summary>
    public TacticProfile MarchOnTheBoss { get; init; } = new() { Availability = 0.7, NeededShare = 0.35, Pressure = 0.06, LostPayDays = 0, Risk = 0.45 };

    /// <summary>Workers put their own policy into practice together.</summary>
    public TacticProfile EnforceOwnPolicy { get; init; } = new() { Availability = 0.8, NeededShare = 0.45, Pressure = 0.10, LostPayDays = 0, Risk = 0.50 };

    /// <summary>A picket, off the clock.</summary>
    public TacticProfile Picket { get; init; } = new() { Availability = 0.6, NeededShare = 0.35, Pressure = 0.08, LostPayDays = 0, Risk = 0.35 };

    /// <summary>Walking off the job together for a short while (minutes to an hour): a stoppage, so it breaches a no-strike clause.</summary>
    public TacticProfile Walkout { get; init; } = new() { Availability = 0.7, NeededShare = 0.40, Pressure = 0.12, LostPayDays = 0, Risk = 0.55 };

    /// <summary>Doing exactly what the rules say and nothing more.</summary>
    public TacticProfile WorkToRule { get; init; } = new() { Availability = 0.9, NeededShare = 0.50, Pressure = 0.18, LostPayDays = 0, Risk = 0.45 };

    /// <summary>Working slowly together.</summary>
    public TacticProfile Slowdown { get; init; } = new() { Availability = 0.9, NeededShare = 0.55, Pressure = 0.25, LostPayDays = 0, Risk = 0.60 };

    /// <summary>Calling in sick together for a day.</summary>
    public TacticProfile SickOut { get; init; } = new() { Availability = 0.9, NeededShare = 0.55, Pressure = 0.30, LostPayDays = 1, Risk = 0.65 };

    /// <summary>Withholding labour until the demand is met.</summary>
    public TacticProfile Strike { get; init; } = new() { Availability = 1, NeededShare = 0.65, Pressure = 1.00, LostPayDays = 5, Risk = 0.80 };
}
