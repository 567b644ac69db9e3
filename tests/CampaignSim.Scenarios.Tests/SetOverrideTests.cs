using CampaignSim.Domain.ScenarioSpecs;
using static CampaignSim.Scenarios.Tests.ScenarioText;

namespace CampaignSim.Scenarios.Tests;

public class SetOverrideTests
{
    [Fact]
    public void a_top_level_value_is_overridden()
    {
        Assert.Equal(156, Load(Valid, "weeks=156").Scenario.Weeks);
    }

    [Fact]
    public void a_value_given_in_the_file_is_overridden()
    {
        var w = Load(Valid, "workplaces[0].workers=80").Scenario.Workplaces[0];

        Assert.Equal(80, w.Workers);
    }

    [Fact]
    public void a_section_the_file_leaves_out_is_created()
    {
        var w = Load(Valid, "workplaces[0].employer.hostility=0.8").Scenario.Workplaces[0];

        Assert.Equal(0.8, w.Employer.Hostility);
        Assert.Equal(new EmployerSpec().RedBaiting, w.Employer.RedBaiting);
    }

    [Fact]
    public void workplace_dot_is_short_for_the_first_workplace()
    {
        var w = Load(Valid, "workplace.union.stance=militant").Scenario.Workplaces[0];

        Assert.Equal(UnionStance.Militant, w.Union.Stance);
    }

    [Fact]
    public void the_last_override_of_the_same_path_wins()
    {
        Assert.Equal(70, Load(Valid, "weeks=60", "weeks=70").Scenario.Weeks);
    }

    [Fact]
    public void an_override_into_a_list_the_file_leaves_out_edits_the_default_items()
    {
        var demands = Load(Valid, "workplace.demands[0].wagePct=15").Scenario.Workplaces[0].Demands;

        Assert.Equal(2, demands.Count);
        Assert.Equal(new DemandSpec { Id = "raise", Kind = DemandKind.Wage, WagePct = 15, Cost = 1.0 }, demands[0]);
        Assert.Equal(new WorkplaceSpec().Demands[1], demands[1]);
    }

    [Fact]
    public void an_index_equal_to_the_list_length_adds_an_item()
    {
        var shocks = Load(Valid, "workplace.shocks[0]={week: 12, kind: leader-fired}").Scenario.Workplaces[0].Shocks;

        Assert.Equal(new ShockSpec { Week = 12, Kind = ShockKind.LeaderFired }, Assert.Single(shocks));
    }

    [Fact]
    public void a_whole_section_can_be_replaced_with_a_flow_mapping()
    {
        var w = Load(Valid, "workplace.union={present: false, stance: mixed}").Scenario.Workplaces[0];

        Assert.False(w.Union.Present);
        Assert.Equal(UnionStance.Mixed, w.Union.Stance);
    }

    [Fact]
    public void an_empty_value_unpins_the_model()
    {
        var yaml = WithWorkplaceYaml("model: hybrid-dual-card");

        Assert.Null(Load(yaml, "workplace.model=").Scenario.Workplaces[0].Model);
    }

    [Fact]
    public void the_overrides_are_recorded_and_do_not_change_the_file_hash()
    {
        var plain = Load(Valid);
        var overridden = Load(Valid, "weeks=60");

        Assert.Equal(["weeks=60"], overridden.Sets);
        Assert.Equal(plain.SourceSha256, overridden.SourceSha256);
    }

    [Fact]
    public void an_override_through_a_yaml_alias_changes_only_the_workplace_it_names()
    {
        var path = ScenarioCatalog.Shipped().Resolve("citywide-committee");

        var scenario = ScenarioLoader.Load(path, ["workplaces[1].union.stance=militant"]).Scenario;

        Assert.Equal(UnionStance.Business, scenario.Workplaces[0].Union.Stance);
        Assert.Equal(UnionStance.Militant, scenario.Workplaces[1].Union.Stance);
        Assert.Equal(UnionStance.Business, scenario.Workplaces[2].Union.Stance);
        Assert.Equal(scenario.Workplaces[0].Union.DuesPct, scenario.Workplaces[1].Union.DuesPct);
    }

    [Fact]
    public void a_bad_override_value_is_reported_against_the_override_with_the_allowed_range()
    {
        var error = Single(Fail(Valid, "workplace.employer.hostility=lots"));

        Assert.Equal("--set", error.File);
        Assert.Equal(1, error.Line);
        Assert.Equal(30, error.Column);
        Assert.Equal("workplaces[0].employer.hostility", error.Path);
        Assert.Contains("expected a number between 0 and 1, got 'lots'", error.Message);
        Assert.Contains("--set 'workplace.employer.hostility=lots'", error.Message);
    }

    [Fact]
    public void an_out_of_range_override_is_reported_like_a_file_value()
    {
        var error = Single(Fail(Valid, "weeks=60", "workplace.workers=200000"));

        Assert.Equal("--set:2:19: workplaces[0].workers: must be between 2 and 100000 (the largest workplace the engine simulates), got 200000 (from --set 'workplace.workers=200000')",
            error.ToString());
    }

    [Fact]
    public void a_bad_enum_override_lists_the_allowed_values()
    {
        var error = Single(Fail(Valid, "workplace.union.stance=radical"));

        Assert.Equal("--set", error.File);
        Assert.Contains("allowed values: business, mixed, militant", error.Message);
    }

    [Fact]
    public void an_override_that_shortens_the_campaign_is_checked_against_the_contract_in_the_file()
    {
        var error = Single(Fail(Valid, "weeks=30"));

        Assert.Equal(FileName, error.File);
        Assert.Equal(12, error.Line);
        Assert.Contains("1–30 (weeks), got 40", error.Message);
    }

    [Fact]
    public void an_unknown_key_in_an_override_path_lists_the_keys_allowed_where_it_failed()
    {
        var error = Single(Fail(Valid, "workplace.employr.hostility=0.8"));

        Assert.Equal("--set", error.File);
        Assert.Equal(1, error.Line);
        Assert.Equal(11, error.Column);
        Assert.Contains("unknown key 'employr' in workplaces[0]; did you mean 'employer'?", error.Message);
        Assert.Contains("allowed keys: id, name, model, workers", error.Message);
        Assert.Contains("--set 'workplace.employr.hostility=0.8'", error.Message);
    }

    [Fact]
    public void an_unknown_top_level_key_in_an_override_lists_the_top_level_keys()
    {
        var error = Single(Fail(Valid, "week=10"));

        Assert.Contains("unknown key 'week' at the top level; did you mean 'weeks'?", error.Message);
        Assert.Contains("allowed keys: schema, name, description, weeks, workplaces, legal, solidarityUnion, cityCommittee", error.Message);
    }

    [Fact]
    public void an_override_path_that_continues_past_a_single_value_is_reported()
    {
        var error = Single(Fail(Valid, "weeks.max=10"));

        Assert.Contains("'weeks' is a single value", error.Message);
    }

    [Fact]
    public void an_override_index_past_the_end_of_a_list_is_reported_with_the_valid_indexes()
    {
        var error = Single(Fail(Valid, "workplaces[3].workers=10"));

        Assert.Contains("index 3 is past the end of 'workplaces', which has 1 item(s): use 0, or 1 to add an item", error.Message);
    }

    [Fact]
    public void an_override_of_a_list_without_an_index_asks_for_one()
    {
        var error = Single(Fail(Valid, "workplaces.workers=10"));

        Assert.Contains("'workplaces' is a list; give an item index, e.g. workplaces[0].id", error.Message);
    }

    [Fact]
    public void an_index_on_a_section_is_reported()
    {
        var error = Single(Fail(Valid, "legal[0].ulpDelayWeeks=10"));

        Assert.Contains("'legal' is not a list", error.Message);
    }

    [Fact]
    public void an_override_without_an_equals_sign_is_reported()
    {
        var error = Single(Fail(Valid, "weeks"));

        Assert.Equal("--set", error.File);
        Assert.Contains("expected path=value", error.Message);
    }

    [Fact]
    public void an_override_value_that_is_broken_yaml_is_reported()
    {
        var error = Single(Fail(Valid, "workplace.union={present: false"));

        Assert.Equal("--set", error.File);
        Assert.Contains("not valid YAML", error.Message);
    }

    [Fact]
    public void file_errors_come_first_then_override_errors_in_order()
    {
        var e = Fail(WithLine(3, "weeks: lots"), "week=1", "workplace.workers=x");

        Assert.Equal(["test.yaml", "--set", "--set"], e.Errors.Select(x => x.File));
        Assert.Equal([3, 1, 2], e.Errors.Select(x => x.Line));
    }

    [Fact]
    public void a_mechanics_coefficient_is_set_like_any_key_and_the_rest_keep_their_defaults()
    {
        var m = Load(Valid, "mechanics.participation.willingnessFloor=0.05", "mechanics.tactics.strike.pressure=0.9").Scenario.Mechanics;

        Assert.Equal(0.05, m.Participation.WillingnessFloor);
        Assert.Equal(0.9, m.Tactics.Strike.Pressure);
        Assert.Equal(new Domain.Mechanics.TacticMechanics().Strike.Risk, m.Tactics.Strike.Risk);
        Assert.Equal(new Domain.Mechanics.OrganizingMechanics(), m.Organizing);
    }

    [Fact]
    public void a_mechanics_coefficient_outside_its_documented_range_is_refused_with_the_range()
    {
        var error = Fail(Valid, "mechanics.organizing.deepContactHours=20").Errors.Single();

        Assert.Contains("mechanics.organizing.deepContactHours", error.ToString());
        Assert.Contains("between 0.25 and 8", error.ToString());
    }

    [Fact]
    public void a_misspelt_mechanics_key_gets_a_suggestion()
    {
        var error = Fail(Valid + "\nmechanics:\n  participation:\n    willingnesFloor: 0.1\n").Errors.Single();

        Assert.Contains("did you mean 'willingnessFloor'", error.ToString());
    }
}
