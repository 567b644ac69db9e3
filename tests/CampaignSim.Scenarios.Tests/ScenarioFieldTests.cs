namespace CampaignSim.Scenarios.Tests;

/// <summary><see cref="ScenarioField"/> reads what a key accepts from the loader's schema (used to build the workbench's form).</summary>
public class ScenarioFieldTests
{
    [Fact]
    public void a_number_has_its_range()
    {
        var field = ScenarioField.Describe("workplace.employer.hostility")!;
        Assert.Equal(("number", 0.0, 1.0, "0–1"), (field.Kind, field.Min, field.Max, field.RangeText));
        Assert.Equal("number", field.TypeText);
    }

    [Fact]
    public void whole_numbers_flags_and_choices_are_told_apart()
    {
        var expiry = ScenarioField.Describe("workplaces[0].contract.expiryWeek")!;
        Assert.Equal(("whole", "1–weeks"), (expiry.Kind, expiry.RangeText));
        Assert.Equal("flag", ScenarioField.Describe("workplace.contract.noStrikeClause")!.Kind);
        var stance = ScenarioField.Describe("workplace.union.stance")!;
        Assert.Equal("choice", stance.Kind);
        Assert.Equal(["business", "mixed", "militant"], stance.Choices);
        Assert.Equal(0.5, ScenarioField.Describe("workplace.contract.strikeVoteThreshold")!.Min);
    }

    [Fact]
    public void list_items_are_reached_by_index()
    {
        Assert.Equal("number", ScenarioField.Describe("workplace.jobClasses[2].share")!.Kind);
        Assert.Equal("flag", ScenarioField.Describe("workplace.jobClasses[0].inBargainingUnit")!.Kind);
        Assert.Equal((0.0, 100.0), (ScenarioField.Describe("workplace.demands[1].wagePct")!.Min, ScenarioField.Describe("workplace.demands[1].wagePct")!.Max));
    }

    [Theory]
    [InlineData("workplace.employer")]
    [InlineData("workplace.jobClasses")]
    [InlineData("workplace.jobClasses.share")]
    [InlineData("workplace.employer[0].hostility")]
    [InlineData("workplace.employer.hostility.more")]
    [InlineData("workplace.employer.hostilty")]
    [InlineData("")]
    [InlineData("workplaces[x].workers")]
    public void a_path_that_names_no_single_value_is_null(string path) => Assert.Null(ScenarioField.Describe(path));
}
