namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>
/// A workplace situation to simulate: one or more workplaces, the legal channel and the campaign length.
/// Every default lives on the property initialisers of the scenario records; <c>docs/scenarios.md</c> lists them.
/// </summary>
public sealed record Scenario
{
    /// <summary>Current version of the scenario schema; files declare it as <c>schema:</c>.</summary>
    public const int CurrentSchema = 1;

    /// <summary>Largest number of workers in one workplace.</summary>
    public const int MaxWorkers = 100_000;

    /// <summary>Longest campaign, in weeks (ten years).</summary>
    public const int MaxWeeks = 520;

    /// <summary>Schema version of the file.</summary>
    [Setting("version", "1", "— file-format version")]
    public int Schema { get; init; } = CurrentSchema;

    /// <summary>Short name shown in reports.</summary>
    [Setting("text", "not empty", "— label shown in reports")]
    public string Name { get; init; } = "Unnamed scenario";

    /// <summary>Plain-words description of the situation, shown in reports.</summary>
    [Setting("text", "any", "— label shown in reports")]
    public string Description { get; init; } = "";

    /// <summary>Length of the campaign.</summary>
    [Parameter(1, 520, "weeks", "situation: two years, inside the one to three years campaigns typically run", Kind = ParameterKind.Situation)]
    public int Weeks { get; init; } = 104;

    /// <summary>The workplaces; one in most scenarios, several under a city-wide committee.</summary>
    public IReadOnlyList<WorkplaceSpec> Workplaces { get; init; } = [new WorkplaceSpec()];

    /// <summary>The state's labour-law channel: elections, charges, reinstatement.</summary>
    public LegalSpec Legal { get; init; } = new();

    /// <summary>The solidarity union (dues, trainings) used by dual-card and independent models.</summary>
    public SolidarityUnionSpec SolidarityUnion { get; init; } = new();

    /// <summary>A city-wide committee linking the workplaces, when there are several.</summary>
    public CityCommitteeSpec CityCommittee { get; init; } = new();

    /// <summary>Every coefficient of the mechanics; the defaults unless the scenario sets some.</summary>
    public Mechanics.MechanicsSpec Mechanics { get; init; } = new();
}
