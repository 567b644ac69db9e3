using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Simulation;

/// <summary>The state of a whole run: the fold of its events.</summary>
public sealed class CampaignState
{
    /// <summary>The first event of the run.</summary>
    public CampaignStarted? Start { get; private set; }

    private WorkplaceState[] _workplaces = [];

    /// <summary>The workplaces.</summary>
    public IReadOnlyList<WorkplaceState> Workplaces => _workplaces;

    /// <summary>The current week.</summary>
    public int Week { get; private set; }

    /// <summary>Whether the run has ended.</summary>
    public bool Ended { get; private set; }

    /// <summary>Number of events folded.</summary>
    public int EventCount { get; private set; }

    /// <summary>Folds events from scratch.</summary>
    public static CampaignState Fold(IEnumerable<CampaignEvent> events)
    {
        var state = new CampaignState();
        foreach (var e in events) state.Apply(e);
        return state;
    }

    /// <summary>Folds one event.</summary>
    public void Apply(CampaignEvent e)
    {
        EventCount++;
        switch (e)
        {
            case CampaignStarted s:
                Begin(s);
                return;
            case WeekPassed w:
                Week = w.Week;
                foreach (var wp in _workplaces) wp.Apply(w);
                return;
            case CampaignEnded end:
                Week = end.Week;
                Ended = true;
                foreach (var wp in _workplaces) wp.Apply(end);
                return;
        }
        if (Start is null) throw new InvalidOperationException($"Event {e.GetType().Name} came before CampaignStarted.");
        _workplaces[WorkplaceOf(e)].Apply(e);
    }

    // Its own method, so that the lambda's closure is allocated for this event only, not for every event folded.
    private void Begin(CampaignStarted s)
    {
        if (Start is not null) throw new InvalidOperationException("A run has exactly one CampaignStarted event.");
        Start = s;
        _workplaces = s.Scenario.Workplaces
            .Select((w, i) => new WorkplaceState(i, w, s.WorkplaceModels[i], s.Scenario))
            .ToArray();
    }

    /// <summary>A digest of the whole state (all workplaces).</summary>
    public string Digest() => string.Join(":", Workplaces.Select(w => w.Digest())) + $":{Week}:{Ended}";

    private static int WorkplaceOf(CampaignEvent e) =>
        e is IWorkplaceEvent w ? w.Workplace : throw new InvalidOperationException($"Event {e.GetType().Name} names no workplace.");
}
