using System.Collections.Concurrent;
using CampaignSim.Analysis;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using Marten;

namespace CampaignSim.EventStore.Calibrations;

/// <summary>
/// Simulates a block of a calibration and stores what its targets read (<see cref="CalibrationBlock"/>). Idempotent: a
/// block already stored is skipped, and two processes storing the same block at once collide on its id, so the second
/// transaction fails, is retried and finds it stored.
/// </summary>
public static class SimulateCalibrationHandler
{
    /// <summary>Calibrations read by this process, kept while their blocks come (a calibration never changes once stored).</summary>
    private static readonly ConcurrentDictionary<Guid, Prepared> Known = new();

    /// <summary>Most calibrations kept at once: a history match queues one per wave.</summary>
    private const int MostKnown = 8;

    /// <summary>Handles the message.</summary>
    public static async Task Handle(SimulateCalibration message, IDocumentSession session, CancellationToken cancellation)
    {
        var id = RunIds.CalibrationBlock(message.CalibrationId, message.World, message.FirstReplication);
        if (await session.Query<CalibrationBlock>().AnyAsync(b => b.Id == id, cancellation)) return;
        var prepared = await PreparedAsync(session, message.CalibrationId, cancellation);
        var job = prepared.Stored.Job;
        if (message.World < 0 || message.World >= job.Worlds.Count || message.Count < 1 || message.FirstReplication < 0
            || message.FirstReplication + message.Count > job.Replications)
            throw new EventStoreException($"Calibration {message.CalibrationId} has no block of {message.Count} replications from {message.FirstReplication} in world {message.World}.");
        var samples = Calibration.Simulate(prepared.Targets, prepared.CasesIn(message.World), job.Replications, job.Worlds[message.World].Seed,
            message.FirstReplication, message.Count, maxDegreeOfParallelism: 1, cancellation);
        session.Insert(new CalibrationBlock(id, message.CalibrationId, message.World, samples));
    }

    private static async Task<Prepared> PreparedAsync(IDocumentSession session, Guid calibrationId, CancellationToken cancellation)
    {
        if (Known.TryGetValue(calibrationId, out var known)) return known;
        var stored = await session.LoadAsync<StoredCalibration>(calibrationId, cancellation)
            ?? throw new EventStoreException($"Calibration {calibrationId} is not stored in this database.");
        if (stored.EngineVersion != EngineInfo.Version)
            throw new EventStoreException($"Calibration {calibrationId} was started with engine {stored.EngineVersion}; this is engine {EngineInfo.Version}, whose runs would give other figures.");
        if (Known.Count >= MostKnown) Known.Clear();
        return Known.GetOrAdd(calibrationId, _ => new Prepared(stored, stored.Job.Targets()));
    }

    /// <summary>A stored calibration with its targets resolved and each world's cases built once.</summary>
    private sealed class Prepared(StoredCalibration stored, IReadOnlyList<CalibrationTarget> targets)
    {
        private readonly ConcurrentDictionary<int, IReadOnlyDictionary<string, Scenario>> _cases = new();

        public StoredCalibration Stored => stored;

        public IReadOnlyList<CalibrationTarget> Targets => targets;

        public IReadOnlyDictionary<string, Scenario> CasesIn(int world) => _cases.GetOrAdd(world, stored.Job.CasesIn);
    }
}
