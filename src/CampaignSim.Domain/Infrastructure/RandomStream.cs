namespace CampaignSim.Domain.Infrastructure;

/// <summary>
/// Purposes that each get an independent random stream, so that adding a draw to one mechanism does not
/// shift the draws of every other (docs/ODD.md §4, stochasticity).
/// </summary>
public enum RandomStream
{
    /// <summary>Drawing the workforce and its ties.</summary>
    Workforce = 1,
    /// <summary>Committee organizing: whom to contact, recruitment.</summary>
    Organizing = 2,
    /// <summary>The employer's choices: violations, retaliation, meetings.</summary>
    Employer = 3,
    /// <summary>Participation decisions and strike endurance.</summary>
    Participation = 4,
    /// <summary>Union leadership, elections and votes.</summary>
    Union = 5,
    /// <summary>The legal channel: grievances, charges, remedies.</summary>
    Legal = 6,
    /// <summary>Scheduled shocks.</summary>
    Shocks = 7,
    /// <summary>Turnover: who quits, and the new hire who takes her place.</summary>
    Turnover = 8,
    /// <summary>Unlawful conduct and the labour board: whether a meeting carries a threat, whether an unlawful act is charged.</summary>
    Charges = 9,
}
