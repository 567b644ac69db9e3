using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// Which varied parameters can act in a scenario at all. A coefficient of a mechanism the workplace never sets off (the
/// heat of a recognition drive where a union is already present, the purge where one represents the workers) takes
/// different values in different worlds but changes nothing there; left among the candidates of scenario discovery, a
/// search over dozens of parameters in a few dozen worlds can fit the winners to it by chance and name it as the
/// condition. Scenario discovery therefore describes the worlds only by parameters that can act.
/// </summary>
public static class ParameterLiveness
{
    /// <summary>Seeds tried per model: two, as a mechanism a workplace sets off shows in the first runs.</summary>
    public const int DefaultSeeds = 2;

    /// <summary>
    /// For each parameter, whether setting it to the lowest and then the highest value of its range (every other value as
    /// the scenario has it) changes the event stream of some model's run on some of the first <paramref name="seeds"/>
    /// seeds from <paramref name="seed"/>. A parameter that changes no stream cannot act in this scenario.
    /// </summary>
    public static bool[] Live(Scenario scenario, IReadOnlyList<WorldParameter> parameters, IReadOnlyList<string> models, ulong seed = 1,
        int seeds = DefaultSeeds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        var live = new bool[parameters.Count];
        Parallel.For(0, parameters.Count, new ParallelOptions { CancellationToken = cancellationToken }, j =>
        {
            var p = parameters[j];
            var low = p.Apply(scenario, p.Min);
            var high = p.Apply(scenario, p.Max);
            foreach (var model in models)
            {
                for (var s = 0; s < seeds && !live[j]; s++)
                {
                    var at = unchecked(seed + (ulong)s);
                    live[j] = EventJson.StreamHash(Body(CampaignEngine.Run(low, model, at))) != EventJson.StreamHash(Body(CampaignEngine.Run(high, model, at)));
                }

                if (live[j]) break;
            }
        });
        return live;
    }

    /// <summary>Every event after <c>CampaignStarted</c>, which records the scenario itself and so always differs.</summary>
    private static IEnumerable<Domain.Events.CampaignEvent> Body(RunResult run) => run.Events.Skip(1);
}
