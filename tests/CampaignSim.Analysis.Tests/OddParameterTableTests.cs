namespace CampaignSim.Analysis.Tests;

public class OddParameterTableTests
{
    private static readonly Lazy<IReadOnlyList<string[]>> Rows = new(() =>
        Docs.TableAfter(Docs.Read("ODD.md"), "## Appendix A. Scenario parameters"));

    /// <summary>Keys that label or structure a file and enter no mechanism; their source cell may be "—".</summary>
    private static readonly HashSet<string> Labels =
    [
        "schema", "name", "description", "workplaces[].id", "workplaces[].name", "workplaces[].model",
        "workplaces[].jobClasses[].id", "workplaces[].demands[].id",
        "workplaces[].shocks[].week", "workplaces[].shocks[].kind", "workplaces[].shocks[].count", "workplaces[].shocks[].size",
    ];

    [Fact]
    public void every_scenario_key_in_the_code_has_exactly_one_row_in_the_odd_parameter_table_and_every_row_is_a_key()
    {
        var documented = Rows.Value.Select(r => Docs.Code(r[0])).ToArray();
        var inCode = ScenarioKeys.All.Select(k => k.Path).ToArray();

        var missing = inCode.Except(documented).ToArray();
        var unknown = documented.Except(inCode).ToArray();
        var repeated = documented.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();

        Assert.True(missing.Length == 0 && unknown.Length == 0 && repeated.Length == 0,
            "docs/ODD.md Appendix A is out of step with the scenario records."
            + (missing.Length > 0 ? "\nIn the code but not in the table: " + string.Join(", ", missing) : "")
            + (unknown.Length > 0 ? "\nIn the table but not in the code: " + string.Join(", ", unknown) : "")
            + (repeated.Length > 0 ? "\nIn the table more than once: " + string.Join(", ", repeated) : ""));
    }

    [Fact]
    public void every_default_in_the_odd_parameter_table_equals_the_code_default()
    {
        var wrong = Rows.Value
            .Select(r => (Path: Docs.Code(r[0]), Documented: Docs.Code(r[1]), Key: ScenarioKeys.Find(Docs.Code(r[0]))))
            .Where(x => x.Key is not null && x.Documented != x.Key.DefaultText)
            .Select(x => $"{x.Path}: table says {x.Documented}, code says {x.Key!.DefaultText}")
            .ToArray();

        Assert.True(wrong.Length == 0, "Defaults in docs/ODD.md Appendix A differ from the records:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void every_row_gives_a_unit_a_range_and_a_source_from_labor_facts_or_a_reasoned_assumption()
    {
        var bad = new List<string>();
        foreach (var r in Rows.Value)
        {
            var path = Docs.Code(r[0]);
            var (unit, range, source) = (r[2], r[3], r[4]);
            var sourced = source.Contains("sources §", StringComparison.Ordinal);
            var assumed = source.StartsWith("*assumption*", StringComparison.Ordinal) && source.Length > "*assumption*".Length + 5;
            var label = source.StartsWith('—') && Labels.Contains(path);
            if (unit.Length == 0 || range.Length == 0 || !(sourced || assumed || label))
            {
                bad.Add($"{path}: unit '{unit}', range '{range}', source '{source}'");
            }
        }

        Assert.True(bad.Count == 0, "Rows without a unit, a range or a proper source:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void the_reflection_walk_takes_section_defaults_from_the_parent_record_and_list_items_from_the_item_record()
    {
        Assert.Equal("0.45", ScenarioKeys.Find("workplaces[].grievance.mean")!.DefaultText);
        Assert.Equal("0.2", ScenarioKeys.Find("workplaces[].trustInUnion.sd")!.DefaultText);
        Assert.Equal("\"demand\"", ScenarioKeys.Find("workplaces[].demands[].id")!.DefaultText);
        Assert.Equal("non-wage", ScenarioKeys.Find("workplaces[].demands[].kind")!.DefaultText);
        Assert.Equal("small-world", ScenarioKeys.Format(Domain.Scenarios.NetworkKind.SmallWorld));
        Assert.Equal("null", ScenarioKeys.Find("workplaces[].model")!.DefaultText);
        Assert.Null(ScenarioKeys.Find("workplaces[].employer"));
    }
}
