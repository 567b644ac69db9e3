namespace CampaignSim.Domain.Tactics;

/// <summary>What a tactic needs, costs and does. All values are assumptions documented in docs/ODD.md.</summary>
/// <param name="Tactic">The tactic.</param>
/// <param name="NeededShare">Share of the workforce a committee wants to see committed before calling it, 0–1.</param>
/// <param name="Pressure">Disruption to the employer per week of full participation, as a share of its full-stoppage cost.</param>
/// <param name="LostPayDays">Days of pay each participant loses per week of the action.</param>
/// <param name="Risk">How exposed participants are, 0–1; scales fear in the threshold and leaders' visibility.</param>
/// <param name="BreachesNoStrikeClause">Whether it counts as a stoppage forbidden by a no-strike clause.</param>
public sealed record TacticProfile(
    Tactic Tactic,
    double NeededShare,
    double Pressure,
    double LostPayDays,
    double Risk,
    bool BreachesNoStrikeClause);
