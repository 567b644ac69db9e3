namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Every coefficient of the simulation's mechanics, grouped by mechanism: the scenario's <c>mechanics</c> section.
/// Defaults are the model's calibrated assumptions; a scenario, <c>--set</c>, a sweep or a sensitivity screening can
/// change any of them within its documented range (docs/ODD.md Appendix A).
/// </summary>
public sealed record MechanicsSpec
{
    /// <summary>Committee hours, contacts, recruitment, trainings, burnout and openness.</summary>
    public OrganizingMechanics Organizing { get; init; } = new();

    /// <summary>When the committee calls an action.</summary>
    public ActionMechanics Actions { get; init; } = new();

    /// <summary>Threshold modifiers, willingness, strike endurance and wildcats.</summary>
    public ParticipationMechanics Participation { get; init; } = new();

    /// <summary>Violations, messaging, retaliation, discipline and concessions.</summary>
    public EmployerMechanics Employer { get; init; } = new();

    /// <summary>Offers, strike votes and contract strikes.</summary>
    public BargainingMechanics Bargaining { get; init; } = new();

    /// <summary>Remedies, direct action and first-contract timing.</summary>
    public LegalMechanics Legal { get; init; } = new();

    /// <summary>Officer, certification and decertification votes; card signing.</summary>
    public ElectionMechanics Elections { get; init; } = new();

    /// <summary>The leadership's staff effort and changes at the top.</summary>
    public LeadershipMechanics Leadership { get; init; } = new();

    /// <summary>How attitudes respond to events.</summary>
    public ReactionMechanics Reactions { get; init; } = new();

    /// <summary>How the starting workforce is drawn.</summary>
    public WorkforceMechanics Workforce { get; init; } = new();

    /// <summary>The escalation ladder's profiles.</summary>
    public TacticMechanics Tactics { get; init; } = new();

    /// <summary>The committee identities' profiles.</summary>
    public IdentityMechanics Identities { get; init; } = new();

    /// <summary>The organizing models' policy numbers, keyed by model id.</summary>
    public ModelMechanics Models { get; init; } = new();
}
