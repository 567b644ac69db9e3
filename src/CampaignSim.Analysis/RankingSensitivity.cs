namespace CampaignSim.Analysis;

/// <summary>How often moving one parameter changed the ranking of the organizing models.</summary>
/// <param name="Parameter">Parameter path.</param>
/// <param name="Steps">Steps that moved it (one per trajectory).</param>
/// <param name="TopModelChanges">Steps after which a different model ranked first.</param>
/// <param name="OrderChanges">Steps after which the order of the models changed anywhere.</param>
public sealed record RankingSensitivity(string Parameter, int Steps, int TopModelChanges, int OrderChanges);
