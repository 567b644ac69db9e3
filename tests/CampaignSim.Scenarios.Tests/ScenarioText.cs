namespace CampaignSim.Scenarios.Tests;

/// <summary>Small valid scenarios whose line numbers the tests rely on, and helpers to load text that must fail.</summary>
internal static class ScenarioText
{
    public const string FileName = "test.yaml";

    // Line numbers matter: line 1 is "schema: 1", line 6 is "    workers: 50", line 10 is "        share: 1".
    public const string Valid = """
        schema: 1
        name: Test shop
        weeks: 52
        workplaces:
          - id: shop
            workers: 50
            departments: 2
            jobClasses:
              - id: all
                share: 1
            contract:
              expiryWeek: 40
        """;

    public static LoadedScenario Load(string yaml, params string[] sets) => ScenarioLoader.Parse(yaml, FileName, sets);

    public static ScenarioException Fail(string yaml, params string[] sets) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, FileName, sets));

    /// <summary>The valid scenario with one line (1-based) replaced.</summary>
    public static string WithLine(int line, string text)
    {
        var lines = Valid.Split('\n');
        lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    /// <summary>The valid scenario with workplace keys appended (indented under the workplace).</summary>
    public static string WithWorkplaceYaml(string workplaceYaml) =>
        Valid + "\n" + string.Join('\n', workplaceYaml.Split('\n').Select(l => "    " + l));

    public static ScenarioError Single(ScenarioException e) => Assert.Single(e.Errors);
}
