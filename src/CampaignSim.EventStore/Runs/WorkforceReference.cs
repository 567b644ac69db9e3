namespace CampaignSim.EventStore.Runs;

/// <summary>
/// How a run stream stores the engine's <c>WorkforceAssembled</c> event (stored name <c>workforce-derived</c>): not
/// the workforce itself (every worker's profile and social ties, about 360 bytes of JSON per worker: 216 KB of the
/// hospital scenario's 436 KB per run) but what re-derives and checks it. The engine draws the workforce from the
/// run's seed and scenario alone, both recorded in the stream's first event, so reading the stream re-runs the
/// engine for that seed, model and scenario and takes its workforce of this workplace; the hash proves it is the
/// one the run had.
/// </summary>
/// <param name="Week">The event's week (0).</param>
/// <param name="Workplace">The workplace whose workforce it is.</param>
/// <param name="Workers">How many workers it has (for readers of the raw table).</param>
/// <param name="Hash">Lower-case hex SHA-256 of the original event's canonical JSON (<c>EventJson.Serialize</c>).</param>
public sealed record WorkforceReference(int Week, int Workplace, int Workers, string Hash);
