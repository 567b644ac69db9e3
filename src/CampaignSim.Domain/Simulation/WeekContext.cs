using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// What the deciding mechanics of one workplace see: its state, its model, its random streams and the recorder that
/// appends an event, folds it at once (so later decisions in a week see earlier ones) and then lets the actors react
/// to it (<see cref="CampaignWeek.React"/>).
/// </summary>
internal sealed class WeekContext
{
    private readonly Action<CampaignEvent> _record;

    public WeekContext(WorkplaceState state, OrganizingModel model, ulong seed, Action<CampaignEvent> record)
    {
        W = state;
        Model = model;
        _record = record;
        Organizing = RandomSource.For(seed, RandomStream.Organizing, state.Index);
        Employer = RandomSource.For(seed, RandomStream.Employer, state.Index);
        Participation = RandomSource.For(seed, RandomStream.Participation, state.Index);
        Union = RandomSource.For(seed, RandomStream.Union, state.Index);
        Legal = RandomSource.For(seed, RandomStream.Legal, state.Index);
        Shocks = RandomSource.For(seed, RandomStream.Shocks, state.Index);
    }

    public WorkplaceState W { get; }
    public OrganizingModel Model { get; }
    public Pcg32 Organizing { get; }
    public Pcg32 Employer { get; }
    public Pcg32 Participation { get; }
    public Pcg32 Union { get; }
    public Pcg32 Legal { get; }
    public Pcg32 Shocks { get; }

    /// <summary>The scenario's mechanics coefficients.</summary>
    public MechanicsSpec M => W.Scenario.Mechanics;

    public WorkplaceSpec Spec => W.Spec;
    public Scenario Scenario => W.Scenario;
    public int Week => W.Week;
    public int Index => W.Index;

    /// <summary>The workers.</summary>
    public Workers.Workforce Workforce => W.Workforce;

    /// <summary>Extra organizer hours lent by a city-wide committee, and its picket supporters.</summary>
    public CityCommitteeSpec City => Scenario.CityCommittee;

    /// <summary>The model's posture in the current situation (recomputed on each call: the situation changes within a week).</summary>
    public ModelPosture Posture => Model.Posture(W);

    /// <summary>Records an event, folds it, and lets the actors that react to it decide at once.</summary>
    public void Emit(CampaignEvent e)
    {
        _record(e);
        CampaignWeek.React(this, e);
    }

    /// <summary>Share of employed workers the committee can count on: members and deeply contacted workers with at least the counted commitment.</summary>
    public double CommittedShare() => Workforce.CommittedShare(M.Organizing.CountedCommitment);

    /// <summary>Whether the union context splits workers by craft: organizing reaches only the bargaining unit.</summary>
    public bool CraftLimited(ModelPosture p) => !p.Industrial && (W.Union.Present || p.RecognitionDrive);
}
