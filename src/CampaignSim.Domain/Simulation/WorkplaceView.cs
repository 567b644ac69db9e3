using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// What an actor may see when it decides: one workplace's state as folded so far, its organizing model and the
/// scenario. It is read only: the state changes only when the engine folds an event (<see cref="WeekRunner"/>), never
/// inside a decider, and it holds no random stream and no way to record an event; a decider yields the events it
/// decides and draws from the streams it is given.
/// </summary>
internal sealed class WorkplaceView(WorkplaceState state, OrganizingModel model)
{
    /// <summary>The workplace's state.</summary>
    public WorkplaceState W { get; } = state;

    /// <summary>The organizing model used here.</summary>
    public OrganizingModel Model { get; } = model;

    private ModelPosture? _posture;
    private int _postureVersion = -1;

    /// <summary>
    /// The model's posture in the current situation: recomputed whenever an event has been folded since the last read
    /// (the situation changes within a week), kept between reads otherwise.
    /// </summary>
    public ModelPosture Posture
    {
        get
        {
            if (_postureVersion == W.Version && _posture is { } kept) return kept;
            _postureVersion = W.Version;
            return _posture = Model.Posture(W);
        }
    }

    /// <summary>The scenario's mechanics coefficients.</summary>
    public MechanicsSpec M => W.Scenario.Mechanics;

    /// <summary>The workplace as specified.</summary>
    public WorkplaceSpec Spec => W.Spec;

    /// <summary>The scenario.</summary>
    public Scenario Scenario => W.Scenario;

    /// <summary>The current week.</summary>
    public int Week => W.Week;

    /// <summary>Position of the workplace in the scenario (every event names it).</summary>
    public int Index => W.Index;

    /// <summary>The workers.</summary>
    public Workforce Workforce => W.Workforce;

    /// <summary>Extra organizer hours lent by a city-wide committee, and its picket supporters.</summary>
    public CityCommitteeSpec City => Scenario.CityCommittee;

    /// <summary>Share of employed workers the committee can count on: members and deeply contacted workers with at least the counted commitment.</summary>
    public double CommittedShare() => Workforce.CommittedShare(M.Organizing.CountedCommitment);

    /// <summary>Whether the union context splits workers by craft: organizing reaches only the bargaining unit.</summary>
    public bool CraftLimited(ModelPosture p) => !p.Industrial && (W.Union.Present || p.RecognitionDrive);
}
