using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// Runs one workplace's steps. A step is a decider's sequence of events; the runner records and folds each event as
/// the step yields it, so the step sees the consequences of its own earlier decisions, and collects the reactions the
/// event triggers (<see cref="CampaignWeek.ReactionsTo"/>) in a queue. Only when the step has finished are the
/// reactions run, first in, first out, each one a step whose own events queue further reactions behind it. No step
/// therefore loops over state that another actor changes under it, and the order is fixed: the step's events, then its
/// reactions in the order they were triggered.
/// </summary>
internal sealed class WeekRunner(WorkplaceView view, RandomStreams random, Action<CampaignEvent> record)
{
    private readonly Queue<IEnumerable<CampaignEvent>> _reactions = new();

    /// <summary>What the workplace's deciders see.</summary>
    public WorkplaceView View { get; } = view;

    /// <summary>The workplace's random streams.</summary>
    public RandomStreams Random { get; } = random;

    /// <summary>Runs a step, then every reaction it sets off.</summary>
    public void Run(IEnumerable<CampaignEvent> step)
    {
        Fold(step);
        while (_reactions.TryDequeue(out var reaction)) Fold(reaction);
    }

    private void Fold(IEnumerable<CampaignEvent> step)
    {
        // A step with nothing to do answers [] (the one shared empty array): nothing to walk.
        if (ReferenceEquals(step, Array.Empty<CampaignEvent>())) return;
        foreach (var e in step)
        {
            record(e);
            // Most events set nothing off: they are passed over without starting an enumerator of their (empty) reactions.
            if (!CampaignWeek.SetsOff(e)) continue;
            foreach (var reaction in CampaignWeek.ReactionsTo(e, View, Random)) _reactions.Enqueue(reaction);
        }
    }
}
