using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Scenarios.Schema;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// Rules that involve more than one key: ranges that depend on the campaign length or the workforce, sums, unique ids,
/// and combinations the engine cannot run (a caucus model with no union to caucus in).
/// </summary>
internal static class ScenarioRules
{
    private const double ShareTolerance = 1e-6;

    public static void Check(Scenario scenario, ScenarioReader reader)
    {
        CheckUniqueIds(scenario.Workplaces.Select(w => w.Id).ToList(), "workplaces", "workplace", reader);
        for (var i = 0; i < scenario.Workplaces.Count; i++)
        {
            CheckWorkplace(scenario.Workplaces[i], ScenarioReader.Item("workplaces", i), scenario.Weeks, reader);
        }
    }

    private static void CheckWorkplace(WorkplaceSpec w, string path, int weeks, ScenarioReader reader)
    {
        var at = (string key) => ScenarioReader.Child(path, key);

        if (w.Departments > w.Workers)
        {
            reader.ReportAt(at("departments"), $"must be between 1 and workers ({w.Workers}), got {w.Departments}");
        }

        if (w.Committee.InitialMembers > w.Workers)
        {
            reader.ReportAt(at("committee.initialMembers"),
                $"the initial committee cannot be larger than the workforce: must be between 0 and workers ({w.Workers}), got {w.Committee.InitialMembers}");
        }

        CheckJobClasses(w, at("jobClasses"), reader);
        CheckDemands(w, at("demands"), reader);

        if (w.Thresholds.Min > w.Thresholds.Max)
        {
            reader.ReportAt(at("thresholds.min"),
                $"thresholds min ({YamlNames.Number(w.Thresholds.Min)}) must not exceed max ({YamlNames.Number(w.Thresholds.Max)})");
        }

        if (w.Network.Kind == NetworkKind.SmallWorld && w.Network.RingNeighbours >= w.Workers)
        {
            reader.ReportAt(at("network.ringNeighbours"),
                $"a small-world ring needs fewer neighbours than workers: must be between 2 and {w.Workers - 1}, got {w.Network.RingNeighbours}");
        }

        if (w.Union.Present)
        {
            if (w.Union.NextElectionWeek > weeks)
            {
                reader.ReportAt(at("union.nextElectionWeek"),
                    $"the officer election must fall within the campaign: 0 (none) or 1–{weeks} (weeks), got {w.Union.NextElectionWeek}");
            }

            if (w.Contract.InForce && w.Contract.ExpiryWeek > weeks)
            {
                reader.ReportAt(at("contract.expiryWeek"),
                    $"the contract must expire within the campaign: 1–{weeks} (weeks), got {w.Contract.ExpiryWeek}; lengthen weeks or set contract.inForce: false");
            }
        }

        if (w.Model is { } model && ModelCatalog.Find(model) is { } pinned && pinned.NotApplicableBecause(w) is { } why)
        {
            var fitting = ModelCatalog.All.Where(m => m.NotApplicableBecause(w) is null).Select(m => m.Id);
            reader.ReportAt(at("model"), $"model '{model}' cannot be used here: {why} Models that apply to this workplace: {YamlNames.List(fitting)}");
        }

        for (var i = 0; i < w.Shocks.Count; i++)
        {
            CheckShock(w, w.Shocks[i], ScenarioReader.Item(at("shocks"), i), weeks, reader);
        }
    }

    private static void CheckJobClasses(WorkplaceSpec w, string path, ScenarioReader reader)
    {
        CheckUniqueIds(w.JobClasses.Select(c => c.Id).ToList(), path, "job class", reader);
        var sum = w.JobClasses.Sum(c => c.Share);
        if (Math.Abs(sum - 1) > ShareTolerance)
        {
            var terms = string.Join(" + ", w.JobClasses.Select(c => $"{c.Id} {YamlNames.Number(c.Share)}"));
            reader.ReportAt(path, $"job-class shares must sum to 1 (±0.000001), got {YamlNames.Number(Math.Round(sum, 9))} ({terms})");
        }
    }

    private static void CheckDemands(WorkplaceSpec w, string path, ScenarioReader reader)
    {
        CheckUniqueIds(w.Demands.Select(d => d.Id).ToList(), path, "demand", reader);
        for (var i = 0; i < w.Demands.Count; i++)
        {
            var d = w.Demands[i];
            var item = ScenarioReader.Item(path, i);
            if (d.Kind == DemandKind.Wage)
            {
                if (d.WagePct <= 0)
                {
                    reader.ReportAt(ScenarioReader.Child(item, "wagePct"), $"a wage demand needs wagePct above 0 and at most 100, got {YamlNames.Number(d.WagePct)}");
                }

                if (d.Cost > 10)
                {
                    reader.ReportAt(ScenarioReader.Child(item, "cost"),
                        $"for a wage demand cost is a multiplier on the raise's payroll cost: must be between 0 and 10, got {YamlNames.Number(d.Cost)}");
                }
            }
            else if (d.WagePct != 0)
            {
                reader.ReportAt(ScenarioReader.Child(item, "wagePct"), "wagePct applies only to wage demands (kind: wage); remove it or change the kind");
            }

            var classes = w.JobClasses.Select(c => c.Id).ToArray();
            for (var k = 0; k < d.JobClasses.Count; k++)
            {
                if (!classes.Contains(d.JobClasses[k], StringComparer.Ordinal))
                {
                    reader.ReportAt(ScenarioReader.Item(ScenarioReader.Child(item, "jobClasses"), k),
                        $"'{d.JobClasses[k]}' is not a job class of this workplace; {Suggestions.DidYouMean(d.JobClasses[k], classes)}job classes: {YamlNames.List(classes)}");
                }
            }
        }
    }

    private static void CheckShock(WorkplaceSpec w, ShockSpec shock, string path, int weeks, ScenarioReader reader)
    {
        var at = (string key) => ScenarioReader.Child(path, key);
        var kind = ChoiceField<ShockSpec, ShockKind>.Spell(shock.Kind);

        if (shock.Week > weeks)
        {
            reader.ReportAt(at("week"), $"a shock must happen within the campaign: 0–{weeks} (weeks), got {shock.Week}");
        }

        if (shock.Kind == ShockKind.Layoff)
        {
            if (shock.Count < 1 || shock.Count > w.Workers)
            {
                reader.ReportAt(at("count"), $"a layoff needs count between 1 and workers ({w.Workers}), got {shock.Count}");
            }
        }
        else if (reader.IsGiven(at("count")))
        {
            reader.ReportAt(at("count"), $"count applies only to layoff shocks, not {kind}");
        }

        if (shock.Kind is ShockKind.ActionUnderWay or ShockKind.ConditionsWorsen)
        {
            if (!reader.IsGiven(at("size")))
            {
                reader.ReportAt(path, $"a {kind} shock needs size between 0 and 1 ({(shock.Kind == ShockKind.ActionUnderWay ? "share of workers already in action" : "grievance added")})");
            }
        }
        else if (reader.IsGiven(at("size")))
        {
            reader.ReportAt(at("size"), $"size applies only to action-under-way and conditions-worsen shocks, not {kind}");
        }

        if (shock.Kind == ShockKind.LeadershipTurnsConservative && !w.Union.Present)
        {
            reader.ReportAt(at("kind"), "leadership-turns-conservative needs a mainstream union, but union.present is false here");
        }
    }

    private static void CheckUniqueIds(IReadOnlyList<string> ids, string path, string what, ScenarioReader reader)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (first.TryGetValue(ids[i], out var earlier))
            {
                reader.ReportAt(ScenarioReader.Child(ScenarioReader.Item(path, i), "id"),
                    $"duplicate {what} id '{ids[i]}' (already used by {ScenarioReader.Item(path, earlier)}); ids must be unique");
            }
            else
            {
                first[ids[i]] = i;
            }
        }
    }
}
