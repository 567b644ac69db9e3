namespace CampaignSim.Analysis;

/// <summary>
/// A published figure the engine takes as a parameter rather than produces: cited in docs/sources.md and documented on
/// the calibration page, but never a target, because a target on it would only check that the parameter is applied.
/// </summary>
/// <param name="Path">The parameter's path (<c>workplaces[].contract.noStrikeClauseRate</c>).</param>
/// <param name="Figure">The published figure it is set from, with its section of docs/sources.md.</param>
/// <param name="Why">Why a target on it would restate the input.</param>
public sealed record CalibrationInput(string Path, string Figure, string Why);
