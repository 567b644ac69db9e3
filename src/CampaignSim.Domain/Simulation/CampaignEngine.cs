using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// Runs one campaign: a weekly loop in which, for each workplace, the deciders yield events from what they see and
/// their random streams (<see cref="CampaignWeek"/>), and every event is folded into the state as soon as it is
/// decided. The run's final state is therefore the fold of its events, and replaying them rebuilds it exactly.
/// </summary>
public static class CampaignEngine
{
    /// <summary>Room for events reserved at the start of a run (runs emit about 500–2,000).</summary>
    private const int InitialEventCapacity = 4096;

    /// <summary>Runs one campaign of <paramref name="modelId"/> on a scenario with a seed.</summary>
    /// <param name="scenario">The scenario (validated).</param>
    /// <param name="modelId">The organizing model compared; workplaces with a pinned model keep theirs.</param>
    /// <param name="seed">The replication's seed.</param>
    /// <param name="scenarioHash">Hash of the scenario, from <see cref="ScenarioHash.Compute"/>.</param>
    public static RunResult Run(Scenario scenario, string modelId, ulong seed, string? scenarioHash = null)
    {
        var model = ModelCatalog.Get(modelId);
        var workplaceModels = scenario.Workplaces.Select(w => w.Model ?? model.Id).ToArray();
        var events = new List<CampaignEvent>(InitialEventCapacity);
        var state = new CampaignState();
        void Emit(CampaignEvent e)
        {
            events.Add(e);
            state.Apply(e);
        }

        Emit(new CampaignStarted(0, scenarioHash ?? ScenarioHash.Compute(scenario), model.Id, seed, EngineInfo.Version, scenario, workplaceModels));
        for (var i = 0; i < scenario.Workplaces.Count; i++)
        {
            var setting = RandomSource.For(seed, RandomStream.Workforce, i);
            Emit(WorkforceBuilder.Build(scenario.Workplaces[i], scenario.Mechanics.Workforce, i, setting));
            Emit(Employer.EmployerDecider.Stance(scenario.Workplaces[i], scenario.Mechanics.Employer, i, setting));
        }

        var runners = state.Workplaces
            .Select(w => new WeekRunner(new WorkplaceView(w, ModelCatalog.Get(w.ModelId)), new RandomStreams(seed, w.Index), Emit))
            .ToArray();
        for (var week = 1; week <= scenario.Weeks; week++)
        {
            Emit(new WeekPassed(week));
            foreach (var runner in runners) CampaignWeek.Decide(runner);
        }
        Emit(new CampaignEnded(scenario.Weeks));
        return new RunResult(events, state, CampaignOutcome.From(state));
    }
}
