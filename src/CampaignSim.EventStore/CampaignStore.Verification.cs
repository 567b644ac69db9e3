using System.Text.Json;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.EventStore.Comparisons;
using CampaignSim.EventStore.Runs;
using Marten;

namespace CampaignSim.EventStore;

// Verifying a run: re-simulating its seed and comparing the stream with the one recorded and the one stored.
public sealed partial class CampaignStore
{
    /// <summary>Verifies replication <paramref name="replication"/> of <paramref name="modelId"/> in a comparison.</summary>
    /// <remarks>Reads the run's block directly (and keeps the last block read, so that verifying a comparison's runs in
    /// order reads each block once).</remarks>
    public Task<RunVerification> VerifyRunAsync(string comparisonId, string modelId, int replication, CancellationToken cancellationToken = default) =>
        VerifyAsync(RunIds.Run(comparisonId, modelId, replication), (comparisonId, modelId, replication), cancellationToken);

    /// <summary>
    /// Verifies a run by re-simulating its seed with this engine and comparing event-stream hashes with the hash
    /// recorded when it finished and, when its stream is kept, with the stored events read back. A run made by
    /// another engine version is reported as such and not re-simulated.
    /// </summary>
    /// <exception cref="EventStoreException">No such run.</exception>
    public Task<RunVerification> VerifyRunAsync(Guid runId, CancellationToken cancellationToken = default) =>
        VerifyAsync(runId, null, cancellationToken);

    private Task<RunVerification> VerifyAsync(Guid runId, (string Comparison, string Model, int Replication)? place, CancellationToken cancellationToken) =>
        Guarded(async () =>
        {
            await using var session = Documents.QuerySession();
            var stream = await session.Events.FetchStreamAsync(runId, token: cancellationToken);
            var placement = stream.Count > 0 ? RunStreams.PlacementOf(stream[0]) : null;
            var storedStart = stream.Count > 0 ? stream[0].Data as CampaignStarted : null;
            Comparison? comparison;
            RunRecorded? recorded;
            if (place is { } p || placement is not null && storedStart is not null)
            {
                // The run's place is known (given, or named on its stream's first event): its block is read directly.
                comparison = await session.LoadAsync<Comparison>(place is { } known ? RunIds.Comparison(known.Comparison) : placement!.ComparisonId, cancellationToken);
                recorded = comparison is null ? null : await RecordOfAsync(session, comparison,
                    place?.Model ?? storedStart!.ModelId, place?.Replication ?? placement!.Replication, cancellationToken);
            }
            else
            {
                var found = await RecordOfAsync(session, runId, cancellationToken);
                comparison = found?.Comparison;
                recorded = found?.Run;
            }
            if (recorded is null && stream.Count == 0) throw new EventStoreException($"There is no run {runId} in {Database}.");

            // A stream made by another engine cannot have its workforce re-derived here; it is reported as such below.
            var stored = stream.Count > 0 && storedStart?.EngineVersion is { } made && made == EngineInfo.Version ? RunStreams.Data(stream) : null;
            var scenario = storedStart?.Scenario ?? comparison?.Started.Scenario
                ?? throw new EventStoreException($"Run {runId} has neither a stored stream nor a comparison to take its scenario from.");
            var scenarioHash = storedStart?.ScenarioHash ?? comparison!.Started.ScenarioHash;
            var modelId = storedStart?.ModelId ?? recorded!.ModelId;
            var seed = storedStart?.Seed ?? recorded!.Seed;
            var engine = storedStart?.EngineVersion ?? recorded!.EngineVersion;
            var replication = recorded?.Replication ?? placement?.Replication ?? -1;
            var name = comparison?.Started.Name ?? placement?.Comparison ?? "";
            var storedHash = stored is null ? null : EventJson.StreamHash(stored);
            var recordedHash = recorded?.StreamHash ?? "";

            RunVerification Result(string? resimulated, VerificationStatus status, int? first, string message) =>
                new(runId, name, modelId, replication, seed, stream.Count > 0, engine, EngineInfo.Version,
                    recordedHash, storedHash, resimulated, status, first, message);

            if (engine != EngineInfo.Version)
                return Result(null, VerificationStatus.EngineVersionDiffers, null,
                    $"Run made by engine {engine}; this is engine {EngineInfo.Version}. Its stream can only be re-derived bit-exactly by engine {engine}.");

            var resimulated = CampaignEngine.Run(scenario, modelId, seed, scenarioHash).Events;
            var resimulatedHash = EventJson.StreamHash(resimulated);
            var first = stored is null ? null : FirstDifference(stored, resimulated);
            var problems = new List<string>();
            if (recorded is not null && recordedHash.Length > 0 && recordedHash != resimulatedHash)
                problems.Add($"the re-simulated stream ({resimulatedHash[..12]}…) differs from the hash recorded when the run finished ({recordedHash[..12]}…)");
            if (recorded is not null && recordedHash.Length == 0 && OutcomeDifference(recorded, CampaignState.Fold(resimulated)) is { } difference)
                problems.Add($"the re-simulated run's {difference} differs from the one recorded when the run finished");
            if (storedHash is not null && storedHash != resimulatedHash)
                problems.Add($"the stored stream ({storedHash[..12]}…) differs from the re-simulated one ({resimulatedHash[..12]}…), first at event {first}");
            return problems.Count == 0
                ? Result(resimulatedHash, VerificationStatus.Verified, null,
                    stored is null
                        ? recordedHash.Length > 0
                            ? $"Re-simulating seed {seed} gives the recorded stream ({resimulated.Count} events, hash {resimulatedHash[..12]}…); the stream itself is not kept."
                            : $"Re-simulating seed {seed} gives the recorded outcome and timeline ({resimulated.Count} events); the stream itself is not kept."
                        : $"Stored stream equals the re-simulated one ({resimulated.Count} events, hash {resimulatedHash[..12]}…).")
                : Result(resimulatedHash, VerificationStatus.Mismatch, first, "Mismatch: " + string.Join("; ", problems) + ".");
        }, cancellationToken);

    /// <summary>Which of a recorded run's outcome and timeline differ from those of a re-simulated state, or null.</summary>
    private static string? OutcomeDifference(RunRecorded recorded, CampaignState resimulated)
    {
        static string Json<T>(T value) => JsonSerializer.Serialize(value, EventJson.Options);
        if (Json(recorded.Outcome) != Json(CampaignOutcome.From(resimulated))) return "outcome";
        return Json(recorded.Timeline) != Json(CampaignTimeline.From(resimulated)) ? "weekly timeline" : null;
    }

    private static int? FirstDifference(IReadOnlyList<CampaignEvent> a, IReadOnlyList<CampaignEvent> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            if (EventJson.Serialize(a[i]) != EventJson.Serialize(b[i])) return i;
        return a.Count == b.Count ? null : Math.Min(a.Count, b.Count);
    }
}
