using static CampaignSim.Scenarios.Tests.ScenarioText;

namespace CampaignSim.Scenarios.Tests;

/// <summary>One test per class of bad input: each asserts the message names the file, the line and what is allowed.</summary>
public class BadInputTests
{
    [Fact]
    public void the_valid_base_scenario_loads()
    {
        Assert.Equal(50, Load(Valid).Scenario.Workplaces[0].Workers);
    }

    [Fact]
    public void a_missing_file_gives_a_clear_message_not_a_stack_trace()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-for-scenarios", "absent.yaml");

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

        var error = Single(e);
        Assert.Equal(path, error.File);
        Assert.Contains("no such scenario file", error.Message);
        Assert.DoesNotContain(" at ", e.Message.Replace("(looked for", "", StringComparison.Ordinal));
        Assert.StartsWith(path + ": ", e.Message);
    }

    [Fact]
    public void a_folder_given_as_the_file_is_reported()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(Path.GetTempPath()));

        Assert.Contains("is a folder", Single(e).Message);
    }

    [Fact]
    public void a_yaml_syntax_error_reports_the_parsers_line_and_column()
    {
        const string yaml = "weeks: 60\nlegal:\n  ulpDelayWeeks: 9\n ulpDelayWeeks: 3\n";

        var error = Single(Fail(yaml));

        Assert.Equal(FileName, error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal(2, error.Column);
        Assert.Contains("YAML syntax error", error.Message);
        Assert.StartsWith("test.yaml:4:2: ", error.ToString());
    }

    [Fact]
    public void an_unclosed_bracket_is_reported_with_where_it_was_opened()
    {
        var error = Single(Fail("weeks: [1, 2\nname: x\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("'[' opened at line 1, column 8 is never closed", error.Message);
    }

    [Fact]
    public void a_duplicate_key_is_reported_at_its_second_occurrence()
    {
        var error = Single(Fail("weeks: 60\nweeks: 70\n"));

        Assert.Equal(2, error.Line);
        Assert.Contains("duplicate key 'weeks'", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void an_empty_document_is_an_error_that_lists_the_top_level_keys(string yaml)
    {
        var error = Single(Fail(yaml));

        Assert.Equal(FileName, error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Message);
        Assert.Contains("workplaces", error.Message);
    }

    [Fact]
    public void a_second_yaml_document_is_an_error()
    {
        var error = Single(Fail(Valid + "\n---\nweeks: 3\n"));

        Assert.Equal(14, error.Line);
        Assert.Contains("only one YAML document", error.Message);
    }

    [Fact]
    public void a_list_at_the_top_level_is_an_error()
    {
        var error = Single(Fail("- weeks: 3\n"));

        Assert.Contains("expected a mapping at the top level", error.Message);
        Assert.Contains("got a list", error.Message);
    }

    [Fact]
    public void an_unknown_key_lists_the_allowed_keys_and_suggests_the_closest()
    {
        var error = Single(Fail(WithWorkplaceYaml("employer:\n  hostilty: 0.9")));

        Assert.Equal(14, error.Line);
        Assert.Equal(7, error.Column);
        Assert.Equal("workplaces[0].employer.hostilty", error.Path);
        Assert.Contains("did you mean 'hostility'?", error.Message);
        Assert.Contains("allowed keys: hostility, retaliationRate, violationRate, redBaiting", error.Message);
    }

    [Fact]
    public void an_unknown_top_level_key_suggests_the_plural_workplaces()
    {
        var error = Single(Fail("workplace:\n  workers: 30\n"));

        Assert.Equal("workplace", error.Path);
        Assert.Contains("did you mean 'workplaces'?", error.Message);
        Assert.Contains("at the top level", error.Message);
    }

    [Fact]
    public void a_snake_case_key_suggests_its_camel_case_spelling()
    {
        var error = Single(Fail(WithLine(10, "        share: 1\n        hourly_wage: 20")));

        Assert.Contains("did you mean 'hourlyWage'?", error.Message);
    }

    [Fact]
    public void a_word_where_a_whole_number_belongs_is_a_wrong_type()
    {
        var error = Single(Fail(WithLine(6, "    workers: lots")));

        Assert.Equal("test.yaml:6:14: workplaces[0].workers: expected a whole number between 2 and 100000, got 'lots'", error.ToString());
    }

    [Fact]
    public void a_word_where_a_number_belongs_is_a_wrong_type()
    {
        var error = Single(Fail(WithWorkplaceYaml("employer: { hostility: high }")));

        Assert.Equal(13, error.Line);
        Assert.Contains("expected a number between 0 and 1, got 'high'", error.Message);
    }

    [Fact]
    public void a_fraction_where_a_whole_number_belongs_is_a_wrong_type()
    {
        var error = Single(Fail(WithLine(6, "    workers: 60.5")));

        Assert.Contains("expected a whole number between 2 and 100000, got '60.5'", error.Message);
    }

    [Fact]
    public void a_percentage_is_rejected_with_a_hint_to_write_a_fraction()
    {
        var error = Single(Fail(WithWorkplaceYaml("probationaryShare: 10%")));

        Assert.Contains("got '10%'", error.Message);
        Assert.Contains("40% is 0.4", error.Message);
    }

    [Fact]
    public void yes_is_not_accepted_for_a_true_false_key()
    {
        var error = Single(Fail(WithWorkplaceYaml("union: { present: yes }")));

        Assert.Contains("expected true or false, got 'yes'", error.Message);
    }

    [Fact]
    public void a_value_where_a_section_belongs_is_a_wrong_type_that_lists_the_sections_keys()
    {
        var error = Single(Fail(WithWorkplaceYaml("employer: 5")));

        Assert.Equal("workplaces[0].employer", error.Path);
        Assert.Contains("expected a mapping with keys (hostility, retaliationRate", error.Message);
        Assert.Contains("got '5'", error.Message);
    }

    [Fact]
    public void a_mapping_where_a_list_belongs_is_a_wrong_type()
    {
        var error = Single(Fail("workplaces:\n  - jobClasses: { id: all, share: 1 }\n"));

        Assert.Equal(2, error.Line);
        Assert.Equal("workplaces[0].jobClasses", error.Path);
        Assert.Contains("expected a list of items with keys (id, share, hourlyWage, inBargainingUnit), got a mapping", error.Message);
    }

    [Fact]
    public void an_enum_value_not_allowed_lists_the_allowed_values()
    {
        var error = Single(Fail(WithWorkplaceYaml("union: { stance: radical }")));

        Assert.Equal(13, error.Line);
        Assert.Equal("workplaces[0].union.stance", error.Path);
        Assert.Contains("'radical' is not allowed", error.Message);
        Assert.Contains("allowed values: business, mixed, militant", error.Message);
    }

    [Fact]
    public void an_enum_value_in_the_wrong_case_style_suggests_the_kebab_case_spelling()
    {
        var error = Single(Fail(WithWorkplaceYaml("network: { kind: small_world }")));

        Assert.Contains("did you mean 'small-world'?", error.Message);
        Assert.Contains("allowed values: departmental, small-world, complete", error.Message);
    }

    [Fact]
    public void an_enum_value_is_read_regardless_of_case()
    {
        var w = Load(WithWorkplaceYaml("network: { kind: Small-World }")).Scenario.Workplaces[0];

        Assert.Equal(Domain.ScenarioSpecs.NetworkKind.SmallWorld, w.Network.Kind);
    }

    [Fact]
    public void an_unknown_shock_kind_lists_all_shock_kinds()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: 3, kind: strike }")));

        Assert.Contains("leadership-turns-conservative, layoff, leader-fired, action-under-way, conditions-worsen", error.Message);
    }

    [Theory]
    [InlineData(13, "    employer: { hostility: 1.5 }", "workplaces[0].employer.hostility", "got 1.5")]
    [InlineData(13, "    employer: { retaliationRate: -0.1 }", "workplaces[0].employer.retaliationRate", "got -0.1")]
    [InlineData(13, "    union: { responsiveness: 2 }", "workplaces[0].union.responsiveness", "got 2")]
    [InlineData(13, "legal: { reinstatementAcceptance: 1.2 }", "legal.reinstatementAcceptance", "got 1.2")]
    [InlineData(13, "cityCommittee: { picketSupport: 7 }", "cityCommittee.picketSupport", "got 7")]
    public void a_probability_outside_zero_to_one_is_out_of_range(int line, string yaml, string path, string got)
    {
        var error = Single(Fail(Valid + "\n" + yaml));

        Assert.Equal(FileName, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(path, error.Path);
        Assert.Contains("must be between 0 and 1, " + got, error.Message);
    }

    [Theory]
    [InlineData("union: { staffOrganizers: -1 }", "must be between 0 and 50, got -1")]
    [InlineData("committee: { initialMembers: -2 }", "must be between 0 and 100000, got -2")]
    [InlineData("probationWeeks: -4", "must be between 0 and 52, got -4")]
    public void a_negative_count_is_out_of_range(string yaml, string message)
    {
        var error = Single(Fail(WithWorkplaceYaml(yaml)));

        Assert.Equal(13, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void more_than_100000_workers_is_out_of_range()
    {
        var error = Single(Fail(WithLine(6, "    workers: 100001")));

        Assert.Equal(6, error.Line);
        Assert.Contains("must be between 2 and 100000", error.Message);
        Assert.Contains("got 100001", error.Message);
    }

    [Theory]
    [InlineData("weeks: 0", "got 0")]
    [InlineData("weeks: 521", "got 521")]
    public void weeks_outside_1_to_520_is_out_of_range(string line, string got)
    {
        var error = Single(Fail(WithLine(3, line)));

        Assert.Equal("test.yaml:3:8: weeks: must be between 1 and 520, " + got, error.ToString());
    }

    [Fact]
    public void a_contract_expiring_after_the_campaign_is_out_of_range()
    {
        var error = Single(Fail(WithLine(12, "      expiryWeek: 53")));

        Assert.Equal(12, error.Line);
        Assert.Equal("workplaces[0].contract.expiryWeek", error.Path);
        Assert.Contains("1–52 (weeks), got 53", error.Message);
    }

    [Fact]
    public void a_contract_expiring_at_week_zero_is_out_of_range()
    {
        var error = Single(Fail(WithLine(12, "      expiryWeek: 0")));

        Assert.Contains("must be between 1 and 520, got 0", error.Message);
    }

    [Fact]
    public void a_default_contract_expiry_beyond_a_short_campaign_points_at_the_workplace_and_says_it_is_the_default()
    {
        var yaml = Valid.Replace("weeks: 52", "weeks: 20", StringComparison.Ordinal).Replace("    contract:\n      expiryWeek: 40", "", StringComparison.Ordinal);

        var error = Single(Fail(yaml));

        Assert.Equal(5, error.Line);
        Assert.Contains("1–20 (weeks), got 52", error.Message);
        Assert.Contains("the value is the default", error.Message);
    }

    [Fact]
    public void a_shock_after_the_campaign_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - week: 60\n    kind: leader-fired")));

        Assert.Equal(14, error.Line);
        Assert.Equal("workplaces[0].shocks[0].week", error.Path);
        Assert.Contains("0–52 (weeks), got 60", error.Message);
    }

    [Fact]
    public void a_shock_before_week_zero_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: -1, kind: leader-fired }")));

        Assert.Contains("must be between 0 and 520, got -1", error.Message);
    }

    [Fact]
    public void a_union_election_after_the_campaign_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("union: { nextElectionWeek: 80 }")));

        Assert.Equal(13, error.Line);
        Assert.Contains("0 (none) or 1–52 (weeks), got 80", error.Message);
    }

    [Fact]
    public void an_initial_committee_larger_than_the_workforce_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("committee: { initialMembers: 51 }")));

        Assert.Equal(13, error.Line);
        Assert.Contains("between 0 and workers (50), got 51", error.Message);
    }

    [Fact]
    public void more_departments_than_workers_is_out_of_range()
    {
        var error = Single(Fail(WithLine(7, "    departments: 51")));

        Assert.Equal(7, error.Line);
        Assert.Contains("between 1 and workers (50), got 51", error.Message);
    }

    [Fact]
    public void a_threshold_min_above_max_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("thresholds: { distribution: uniform, min: 0.6, max: 0.2 }")));

        Assert.Equal("workplaces[0].thresholds.min", error.Path);
        Assert.Contains("min (0.6) must not exceed max (0.2)", error.Message);
    }

    [Fact]
    public void a_layoff_of_more_workers_than_there_are_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: 5, kind: layoff, count: 60 }")));

        Assert.Contains("between 1 and workers (50), got 60", error.Message);
    }

    [Fact]
    public void a_layoff_without_a_count_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: 5, kind: layoff }")));

        Assert.Equal("workplaces[0].shocks[0].count", error.Path);
        Assert.Contains("a layoff needs count between 1 and workers (50), got 0", error.Message);
    }

    [Fact]
    public void a_count_on_a_shock_that_is_not_a_layoff_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: 5, kind: leader-fired, count: 2 }")));

        Assert.Contains("count applies only to layoff shocks", error.Message);
    }

    [Fact]
    public void conditions_worsen_without_a_size_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: 5, kind: conditions-worsen }")));

        Assert.Contains("needs size between 0 and 1", error.Message);
    }

    [Fact]
    public void a_shock_without_a_kind_is_reported_as_a_missing_required_key()
    {
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n  - { week: 5 }")));

        Assert.Contains("missing required key 'kind'", error.Message);
        Assert.Contains("leader-fired", error.Message);
    }

    [Fact]
    public void a_strike_vote_threshold_below_half_is_out_of_range()
    {
        var error = Single(Fail(WithLine(12, "      expiryWeek: 40\n      strikeVoteThreshold: 0.4")));

        Assert.Contains("must be between 0.5 and 1, got 0.4", error.Message);
    }

    [Fact]
    public void an_odd_number_of_ring_neighbours_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("network: { kind: small-world, ringNeighbours: 7 }")));

        Assert.Contains("must be an even number between 2 and 200", error.Message);
    }

    [Fact]
    public void job_class_shares_not_summing_to_one_are_reported_with_each_share()
    {
        var yaml = WithLine(10, "        share: 0.5\n      - id: b\n        share: 0.4");

        var error = Single(Fail(yaml));

        Assert.Equal(9, error.Line);
        Assert.Equal("workplaces[0].jobClasses", error.Path);
        Assert.Contains("must sum to 1 (±0.000001), got 0.9 (all 0.5 + b 0.4)", error.Message);
    }

    [Fact]
    public void job_class_shares_within_the_tolerance_of_one_are_accepted()
    {
        var yaml = WithLine(10, "        share: 0.3333333\n      - id: b\n        share: 0.3333333\n      - id: c\n        share: 0.3333334");

        Assert.Equal(3, Load(yaml).Scenario.Workplaces[0].JobClasses.Count);
    }

    [Fact]
    public void a_duplicate_job_class_id_is_reported_at_the_second_one()
    {
        var yaml = WithLine(10, "        share: 0.5\n      - id: all\n        share: 0.5");

        var error = Single(Fail(yaml));

        Assert.Equal(11, error.Line);
        Assert.Contains("duplicate job class id 'all'", error.Message);
    }

    [Fact]
    public void a_duplicate_workplace_id_is_reported()
    {
        var yaml = Valid + "\n  - id: shop\n    workers: 10\n    contract: { expiryWeek: 10 }";

        var error = Single(Fail(yaml));

        Assert.Equal("workplaces[1].id", error.Path);
        Assert.Contains("duplicate workplace id 'shop'", error.Message);
    }

    [Fact]
    public void a_duplicate_demand_id_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("demands:\n  - { id: raise, kind: wage, wagePct: 5 }\n  - { id: raise, kind: non-wage }")));

        Assert.Contains("duplicate demand id 'raise'", error.Message);
    }

    [Fact]
    public void an_id_with_spaces_is_not_a_valid_id()
    {
        var error = Single(Fail(WithLine(5, "  - id: the shop")));

        Assert.Contains("'the shop' is not a valid id: use letters, digits and dashes only", error.Message);
    }

    [Fact]
    public void a_wage_demand_without_a_raise_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("demands:\n  - { id: raise, kind: wage }")));

        Assert.Equal("workplaces[0].demands[0].wagePct", error.Path);
        Assert.Contains("wagePct above 0", error.Message);
    }

    [Fact]
    public void a_wage_demand_cost_above_ten_is_out_of_range()
    {
        var error = Single(Fail(WithWorkplaceYaml("demands:\n  - { id: raise, kind: wage, wagePct: 5, cost: 12 }")));

        Assert.Contains("must be between 0 and 10, got 12", error.Message);
    }

    [Fact]
    public void an_unknown_model_id_lists_the_model_ids_and_suggests_the_closest()
    {
        var error = Single(Fail(WithWorkplaceYaml("model: hybrid")));

        Assert.Equal(13, error.Line);
        Assert.Equal("workplaces[0].model", error.Path);
        Assert.Contains("did you mean 'hybrid-dual-card'?", error.Message);
        Assert.Contains("business-unionism, militant-mainstream, caucus-electoral, caucus-grassroots, hybrid-dual-card, independent-solidarity", error.Message);
    }

    [Fact]
    public void a_caucus_model_pinned_where_there_is_no_union_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("model: caucus-electoral\nunion: { present: false }")));

        Assert.Contains("works through an existing mainstream union", error.Message);
        Assert.Contains("independent-solidarity", error.Message);
    }

    [Fact]
    public void caucus_electoralism_pinned_where_no_officer_election_falls_in_the_campaign_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("model: caucus-electoral\nunion: { nextElectionWeek: 0 }")));

        Assert.Contains("no officer election falls within the campaign", error.Message);
        Assert.Contains("caucus-grassroots", error.Message);
    }

    [Fact]
    public void a_conservative_leadership_shock_without_a_union_is_reported()
    {
        var error = Single(Fail(WithWorkplaceYaml("union: { present: false }\nshocks:\n  - { week: 3, kind: leadership-turns-conservative }")));

        Assert.Contains("needs a mainstream union", error.Message);
    }

    [Fact]
    public void an_unsupported_schema_version_is_reported()
    {
        var error = Single(Fail(WithLine(1, "schema: 2")));

        Assert.Equal("test.yaml:1:9: schema: unsupported schema version 2; this version of CampaignSim reads schema 1", error.ToString());
    }

    [Fact]
    public void an_empty_name_is_reported()
    {
        var error = Single(Fail(WithLine(2, "name:")));

        Assert.Equal("name", error.Path);
        Assert.Contains("expected text, got nothing", error.Message);
    }

    [Fact]
    public void an_empty_list_of_workplaces_is_reported()
    {
        var error = Single(Fail("weeks: 52\nworkplaces: []\n"));

        Assert.Contains("needs at least 1 item", error.Message);
    }

    [Fact]
    public void several_errors_are_reported_at_once_in_file_order_one_per_line()
    {
        var yaml = WithLine(3, "weeks: lots")
            .Replace("    workers: 50", "    workers: 1", StringComparison.Ordinal)
            + "\n    employer: { hostilty: 0.3, redBaiting: 4 }\n    union: { stance: radical }";

        var e = Fail(yaml);

        Assert.Equal(5, e.Errors.Count);
        Assert.Equal([3, 6, 13, 13, 14], e.Errors.Select(x => x.Line));
        var lines = e.Message.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("test.yaml:", l));
    }
}
