using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>A hand-built workplace state for mechanism tests: given this state, when a mechanism decides, then these events.</summary>
internal sealed class Given
{
    private Given(CampaignState state, WeekRunner runner, List<CampaignEvent> decided)
    {
        State = state;
        Runner = runner;
        Decided = decided;
    }

    public CampaignState State { get; }
    internal WeekRunner Runner { get; }
    public List<CampaignEvent> Decided { get; }
    public WorkplaceState State0 => State.Workplaces[0];

    /// <summary>What the workplace's deciders see.</summary>
    internal WorkplaceView View => Runner.View;

    /// <summary>The workplace's random streams (seed 1).</summary>
    internal RandomStreams Random => Runner.Random;

    /// <summary>Runs a decider's step as the engine does: each event folded as it is yielded, then the reactions it sets off.</summary>
    internal void Run(IEnumerable<CampaignEvent> step) => Runner.Run(step);

    /// <summary>Records events as if a step had yielded them: folded, and their reactions run.</summary>
    public void Apply(params CampaignEvent[] events) => Runner.Run(events);

    /// <summary>An ordinary worker: middling grievance and fear, no commitment, in the bargaining unit's class 0.</summary>
    public static WorkerProfile Worker(double grievance = 0.5, double fear = 0.3, double commitment = 0.1, double threshold = 0.3,
        bool committee = false, bool member = true, int jobClass = 0, int department = 0, double trust = 0.5) =>
        new(jobClass, department, 20, 0, grievance, fear, trust, threshold, commitment, committee, false, member, committee);

    /// <summary>Folds the start of a run of <paramref name="weeks"/> weeks with these workers and ties, then week 1 begins.</summary>
    public static Given Workplace(WorkplaceSpec spec, string model, IReadOnlyList<WorkerProfile> workers, int[][]? ties, Mechanics.MechanicsSpec? mechanics = null,
        int weeks = 10)
    {
        spec = spec with { Workers = workers.Count };
        var scenario = new Scenario { Weeks = weeks, Workplaces = [spec], Mechanics = mechanics ?? new Mechanics.MechanicsSpec() };
        var state = CampaignState.Fold(
        [
            new CampaignStarted(0, ScenarioHash.Compute(scenario), model, 1, EngineInfo.Version, scenario, [spec.Model ?? model]),
            new WorkforceAssembled(0, 0, workers, ties),
            new WeekPassed(1),
        ]);
        var decided = new List<CampaignEvent>();
        var runner = new WeekRunner(new WorkplaceView(state.Workplaces[0], ModelCatalog.Get(model)), new RandomStreams(1, 0), e =>
        {
            decided.Add(e);
            state.Apply(e);
        });
        return new Given(state, runner, decided);
    }

    /// <summary>Ties of a ring: each worker with her two neighbours on either side.</summary>
    public static int[][] Ring(int n) =>
        Enumerable.Range(0, n).Select(i => new[] { (i + n - 2) % n, (i + n - 1) % n, (i + 1) % n, (i + 2) % n }.Distinct().Order().ToArray()).ToArray();
}
