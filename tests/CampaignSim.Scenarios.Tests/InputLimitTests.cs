using System.Text;
using static CampaignSim.Scenarios.Tests.ScenarioText;

namespace CampaignSim.Scenarios.Tests;

/// <summary>
/// Inputs that once crashed the process, ran for seconds or took gigabytes, kept as regression cases: each is now a
/// positioned <see cref="ScenarioException"/> that names the limit.
/// </summary>
public class InputLimitTests
{
    [Theory]
    [InlineData(34_000, 0)]
    [InlineData(40_000, 40_000)]
    public void deep_nesting_is_refused_at_the_bracket_past_the_limit_instead_of_overflowing_the_stack(int open, int close)
    {
        var error = Single(Fail("weeks: " + new string('[', open) + new string(']', close)));

        Assert.Equal(1, error.Line);
        Assert.Equal(7 + ScenarioLimits.MaxNesting, error.Column);
        Assert.Contains($"more than {ScenarioLimits.MaxNesting} levels", error.Message);
    }

    [Fact]
    public void deep_block_mappings_are_refused_too()
    {
        var yaml = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:\n"));

        Assert.Contains($"more than {ScenarioLimits.MaxNesting} levels", Single(Fail(yaml)).Message);
    }

    [Fact]
    public void deep_nesting_in_a_set_override_is_refused()
    {
        var error = Single(Fail(Valid, "weeks=" + new string('[', 4_000) + new string(']', 4_000)));

        Assert.Equal("--set", error.File);
        Assert.Contains($"more than {ScenarioLimits.MaxNesting} levels", error.Message);
        Assert.True(error.Message.Length < 400, "the message quotes the whole override");
    }

    [Fact]
    public void an_override_longer_than_the_limit_is_refused()
    {
        var error = Single(Fail(Valid, "name=" + new string('x', ScenarioLimits.MaxSetLength)));

        Assert.Contains($"at most {ScenarioLimits.MaxSetLength:N0}", error.Message);
    }

    [Fact]
    public void a_million_shocks_are_refused_by_size_before_parsing()
    {
        var yaml = new StringBuilder(Valid).Append("\n    shocks:\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            yaml.Append("      - {week: 1, kind: leader-fired}\n");
        }

        var error = Single(Fail(yaml.ToString()));

        Assert.Contains("larger than 1 MiB", error.Message);
    }

    [Fact]
    public void an_endless_device_is_read_no_further_than_the_limit()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("/dev/zero"));

        Assert.Contains("larger than 1 MiB", Single(e).Message);
    }

    [Fact]
    public void a_file_over_the_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"campaignsim-large-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Valid + "\n#" + new string('x', ScenarioLimits.MaxFileBytes));
        try
        {
            var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path));

            Assert.Equal(path, Single(e).File);
            Assert.Contains("1,048,576 bytes", Single(e).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void more_shocks_than_the_limit_are_refused_at_the_list()
    {
        var shocks = string.Concat(Enumerable.Repeat("  - {week: 1, kind: leader-fired}\n", ScenarioLimits.MaxShocks + 1));
        var error = Single(Fail(WithWorkplaceYaml("shocks:\n" + shocks)));

        Assert.Equal("workplaces[0].shocks", error.Path);
        Assert.Equal(14, error.Line);
        Assert.Contains($"has 1,001 items; at most {ScenarioLimits.MaxShocks:N0} are allowed", error.Message);
    }

    [Fact]
    public void more_workplaces_than_the_limit_are_refused()
    {
        var items = string.Concat(Enumerable.Range(0, ScenarioLimits.MaxWorkplaces + 1).Select(i => $"  - {{id: w{i}}}\n"));

        Assert.Contains($"at most {ScenarioLimits.MaxWorkplaces} are allowed", Single(Fail("weeks: 60\nworkplaces:\n" + items)).Message);
    }

    [Theory]
    [InlineData("name", ScenarioLimits.MaxNameLength)]
    [InlineData("description", ScenarioLimits.MaxDescriptionLength)]
    public void text_longer_than_its_limit_is_refused(string key, int limit)
    {
        var error = Single(Fail($"{key}: {new string('a', limit + 1)}\n"));

        Assert.Equal(key, error.Path);
        Assert.Contains($"at most {limit:N0} are allowed", error.Message);
    }

    [Fact]
    public void an_id_longer_than_its_limit_is_refused()
    {
        var error = Single(Fail(WithLine(5, "  - id: " + new string('a', ScenarioLimits.MaxIdLength + 1))));

        Assert.Equal("workplaces[0].id", error.Path);
        Assert.Contains($"at most {ScenarioLimits.MaxIdLength} are allowed", error.Message);
    }

    [Fact]
    public void a_terminal_escape_sequence_in_a_name_is_refused()
    {
        var error = Single(Fail(WithLine(2, "name: \"\\e[2JTest shop\"")));

        Assert.Equal(2, error.Line);
        Assert.Contains("control character U+001B", error.Message);
    }

    [Fact]
    public void a_description_may_hold_line_breaks_and_tabs()
    {
        Assert.Equal("line one\n\tline two", Load(Valid + "\ndescription: \"line one\\n\\tline two\"\n").Scenario.Description);
    }

    [Fact]
    public void a_huge_wrong_value_is_quoted_shortened()
    {
        var error = Single(Fail(WithLine(3, "weeks: " + new string('9', 100_000))));

        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void a_tab_used_as_indentation_is_reported_on_its_own_line()
    {
        var error = Single(Fail(WithLine(7, "\t    departments: 2")));

        Assert.Equal(7, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("tab is used for indentation", error.Message);
    }

    [Theory]
    [InlineData("a: &x {*x : 1, *x : 2}\n", "the alias *x stands inside the list or mapping &x itself")]
    [InlineData("a: {*x : 1, *x : 2}\nb: &x 5\n", "the alias *x comes before any anchor &x")]
    public void aliases_that_overflowed_the_stack_as_mapping_keys_are_refused(string yaml, string expected)
    {
        Assert.Contains(expected, Single(Fail(yaml)).Message);
    }

    [Fact]
    public void aliases_that_double_the_document_again_and_again_are_refused()
    {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

        var error = Single(Fail(yaml));

        Assert.Equal(5, error.Line);
        Assert.Contains($"more than {ScenarioLimits.MaxExpandedNodes:N0} values", error.Message);
    }

    [Fact]
    public void aliases_count_with_the_depth_of_what_they_stand_for()
    {
        var yaml = "a0: &a0 [x]\n" + string.Concat(Enumerable.Range(1, 60).Select(i => $"a{i}: &a{i} [*a{i - 1}]\n"));

        Assert.Contains($"more than {ScenarioLimits.MaxNesting} levels", Single(Fail(yaml)).Message);
    }

    [Fact]
    public void an_alias_to_a_shared_section_still_loads()
    {
        var yaml = Valid + "\n  - id: second\n    workers: 50\n    departments: 2\n    contract: *contract\n";
        yaml = yaml.Replace("    contract:\n      expiryWeek: 40", "    contract: &contract\n      expiryWeek: 40", StringComparison.Ordinal);

        Assert.Equal(40, Load(yaml).Scenario.Workplaces[1].Contract.ExpiryWeek);
    }

    [Fact]
    public void an_alias_followed_by_a_key_is_a_syntax_error_not_a_crash()
    {
        var error = Single(Fail("a: *x<<: *x\n"));

        Assert.Contains("YAML syntax error", error.Message);
    }
}
