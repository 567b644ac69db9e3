namespace CampaignSim.Domain.Tactics;

/// <summary>
/// A rung of the escalation ladder: what it is called, how a story names it, whether a no-strike clause forbids it,
/// and where its numbers (needed share, pressure, lost pay, risk) sit in the scenario's mechanics.
/// </summary>
/// <param name="Tactic">The tactic.</param>
/// <param name="Name">Plain name for tables ("sick-out").</param>
/// <param name="Phrase">Noun phrase a campaign story uses ("a sick-out").</param>
/// <param name="BreachesNoStrikeClause">Whether it counts as a stoppage forbidden by a no-strike clause.</param>
/// <param name="Profile">
/// Its profile in the mechanics; null for the grievance rung, which the grievance procedure handles (docs/ODD.md §7.3)
/// and no committee calls as an action.
/// </param>
public sealed record TacticDefinition(
    Tactic Tactic,
    string Name,
    string Phrase,
    bool BreachesNoStrikeClause,
    Func<TacticMechanics, TacticProfile>? Profile);
