using System.Collections.Concurrent;
using System.Globalization;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Scenarios.Tests;

/// <summary>
/// The parameter home (<see cref="ScenarioParameter"/>): every number that shapes behaviour is declared once, with a
/// source of its own, reachable from a scenario file and <c>--set</c>, and live: it moves at least one event stream of
/// the shipped scenarios or their outcomes at one end of its range, unless it is documented as inert for them.
/// </summary>
public class ParameterTests
{
    /// <summary>Seeds every parameter is tried on, and the further seeds tried before a parameter is called dead.</summary>
    private static readonly ulong[] FirstSeeds = [1, 2];

    private static readonly ulong[] MoreSeeds = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

    [Fact]
    public void every_model_policy_section_is_keyed_by_its_model_id_in_catalog_order()
    {
        var keys = typeof(ModelMechanics).GetProperties().Select(ScenarioParameter.KeyOf);
        Assert.Equal(ModelCatalog.Ids, keys);
    }

    [Fact]
    public void every_behavioural_parameter_gives_a_source_of_its_own()
    {
        var behavioural = ScenarioParameter.All.Where(p => p.Kind != ParameterKind.Situation).ToArray();
        var placeholders = behavioural.Where(p => p.Source.Contains(", below", StringComparison.Ordinal)).Select(p => p.Path).ToArray();
        var shared = behavioural.GroupBy(p => p.Source).Where(g => g.Count() > 1)
            .Select(g => $"{string.Join(", ", g.Select(p => p.Path))}: \"{g.Key}\"").ToArray();
        var unsourced = behavioural.Where(p => !p.Source.StartsWith("assumption", StringComparison.Ordinal)
                                               && !p.Source.StartsWith("definition", StringComparison.Ordinal)
                                               && !p.Source.StartsWith("law", StringComparison.Ordinal)
                                               && !p.Source.Contains("sources §", StringComparison.Ordinal))
            .Select(p => $"{p.Path}: \"{p.Source}\"").ToArray();

        Assert.True(placeholders.Length == 0, "Profile fields without a source of their own: " + string.Join(", ", placeholders));
        Assert.True(shared.Length == 0, "Parameters sharing one source text:\n" + string.Join("\n", shared));
        Assert.True(unsourced.Length == 0, "Sources that are neither a docs/sources.md section nor a reasoned assumption:\n" + string.Join("\n", unsourced));
    }

    [Fact]
    public void every_narrowed_plausible_range_lies_inside_the_allowed_one_and_says_why()
    {
        var bad = ScenarioParameter.All
            .Where(p => p.PlausibleMin < p.Range.Min || p.PlausibleMax > p.Range.Max || p.PlausibleMin > p.PlausibleMax
                        || (p.Narrowed && string.IsNullOrWhiteSpace(p.Range.PlausibleBecause)))
            .Select(p => p.Path)
            .ToArray();
        Assert.True(bad.Length == 0, "Plausible ranges outside the allowed range or without a reason: " + string.Join(", ", bad));
    }

    [Fact]
    public void a_model_policy_is_set_from_a_scenario_override_like_any_parameter()
    {
        var path = Path.Combine(ScenarioCatalog.Shipped().Directory, "hospital-stewards.yaml");
        var loaded = ScenarioLoader.Load(path, ["mechanics.models.caucus-grassroots.supportNeededFactor=0.5"]);
        Assert.Equal(0.5, loaded.Scenario.Mechanics.Models.CaucusGrassroots.SupportNeededFactor);

        var refused = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, ["mechanics.models.caucus-grassroots.supportNeededFactor=3"]));
        Assert.Contains("between 0.3 and 1.5", refused.Message);
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, ["mechanics.tactics.strike.neededShare=0.5"]));
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, ["mechanics.tactics.grievance.pressure=0.5"]));
    }

    /// <summary>
    /// Each parameter is set, as a user would with <c>--set</c> (in every workplace for a workplace parameter), to each
    /// end of its range — the plausible range for a fact of the situation, whose technical bounds (100,000 workers, a
    /// ten-year campaign) would only slow the test — and every shipped scenario and calibration case × model × seeds 1–2
    /// (then 3–16 for a mechanism too rare to show in two seeds, such as a work-to-rule, which a dual-card committee in the postal depot reaches in about one campaign in five) is run until one event stream, or one run's outcomes (dues, for one, are counted from the workforce, not
    /// recorded as events), differs from the defaults'. A week the scenario's rules refuse (an expiry after the
    /// campaign's end) is moved to the campaign's last week; another value they refuse is skipped for that scenario. A
    /// parameter documented as inert for the shipped scenarios must move none.
    /// </summary>
    [Fact]
    public void every_parameter_moves_an_event_stream_at_one_end_of_its_range_unless_documented_inert()
    {
        var catalog = ScenarioCatalog.Shipped();
        var files = catalog.List().Select(e => Path.Combine(catalog.Directory, e.FileName))
            .Concat(catalog.Cases.List().Select(e => Path.Combine(catalog.Cases.Directory, e.FileName)))
            .ToArray();
        var baseline = new ConcurrentDictionary<(string File, string Model, ulong Seed), string>();
        var dead = new ConcurrentBag<string>();
        var wronglyInert = new ConcurrentBag<string>();

        Parallel.ForEach(ScenarioParameter.All, parameter =>
        {
            var inert = parameter.InertInShippedScenarios is not null;
            var moved = Ends(parameter).Any(value => files.Any(file => Moves(file, parameter, value, FirstSeeds, baseline)))
                        || (!inert && Ends(parameter).Any(value => files.Any(file => Moves(file, parameter, value, MoreSeeds, baseline))));
            if (!moved && !inert) dead.Add(parameter.Path);
            if (moved && inert) wronglyInert.Add(parameter.Path);
        });

        Assert.True(dead.IsEmpty, "Parameters that move no event stream of the shipped scenarios at either end of their range "
            + "(make them live, delete them, or document why they are inert): " + string.Join(", ", dead.Order()));
        Assert.True(wronglyInert.IsEmpty, "Parameters documented as inert that do move a stream: " + string.Join(", ", wronglyInert.Order()));
    }

    private static IEnumerable<double> Ends(ScenarioParameter p)
    {
        var (low, high) = p.Kind == ParameterKind.Situation ? (p.PlausibleMin, p.PlausibleMax) : (p.Range.Min, p.Range.Max);
        var current = Convert.ToDouble(p.Default, CultureInfo.InvariantCulture);
        return new[] { low, high }.Where(v => v != current).Distinct();
    }

    private static bool Moves(string file, ScenarioParameter parameter, double value, ulong[] seeds,
        ConcurrentDictionary<(string, string, ulong), string> baseline)
    {
        var defaults = ScenarioLoader.Load(file).Scenario;
        if (parameter.Range.RangeText?.Contains("weeks", StringComparison.Ordinal) == true) value = Math.Min(value, defaults.Weeks);
        Domain.ScenarioSpecs.Scenario changed;
        try
        {
            changed = ScenarioLoader.Load(file, Overrides(parameter, value, defaults.Workplaces.Count)).Scenario;
        }
        catch (ScenarioException)
        {
            return false;
        }

        foreach (var model in ModelCatalog.All)
        {
            if (defaults.Workplaces.Any(w => w.Model is null && model.NotApplicableBecause(w) is not null)) continue;
            foreach (var seed in seeds)
            {
                var expected = baseline.GetOrAdd((file, model.Id, seed), k => Fingerprint(CampaignEngine.Run(defaults, k.Item2, k.Item3)));
                if (Fingerprint(CampaignEngine.Run(changed, model.Id, seed)) != expected) return true;
            }
        }

        return false;
    }

    /// <summary>The run's events after CampaignStarted and its outcomes.</summary>
    private static string Fingerprint(RunResult run) =>
        EventJson.StreamHash(run.Events.Skip(1)) + System.Text.Json.JsonSerializer.Serialize(run.Outcome);

    private static string[] Overrides(ScenarioParameter p, double value, int workplaces)
    {
        var text = p.ValueType == typeof(bool) ? (value >= ScenarioParameter.SwitchOnFrom ? "true" : "false")
            : p.ValueType == typeof(int) ? ((int)Math.Round(value)).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
        return p.Scope == ParameterScope.Workplace
            ? Enumerable.Range(0, workplaces).Select(i => $"workplaces[{i}]{p.Path[ScenarioParameter.WorkplacePrefix.Length..]}={text}").ToArray()
            : [$"{p.Path}={text}"];
    }
}
