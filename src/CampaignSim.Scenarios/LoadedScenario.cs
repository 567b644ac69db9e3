using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Scenarios;

/// <summary>A validated scenario and where it came from, so a report can name the exact input it ran.</summary>
/// <param name="Scenario">The scenario, with every absent key at its record default.</param>
/// <param name="SourcePath">Full path of the file read (or the name given to <see cref="ScenarioLoader.Parse"/>).</param>
/// <param name="SourceSha256">Lower-case hex SHA-256 of the file's bytes (of the UTF-8 text for <see cref="ScenarioLoader.Parse"/>), before overrides.</param>
/// <param name="Sets">The <c>--set</c> overrides applied, in order.</param>
public sealed record LoadedScenario(Scenario Scenario, string SourcePath, string SourceSha256, IReadOnlyList<string> Sets);
