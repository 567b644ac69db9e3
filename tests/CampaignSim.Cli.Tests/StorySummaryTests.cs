using System.Globalization;
using System.Text.RegularExpressions;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// The story's first line tells the workplace's average wage change and the contract's raise apart, each as the outcome
/// table gives it: in a hospital where the union bargains for the nurses only, a contract's raise is the unit's, and the
/// average across all the hospital's workers is smaller.
/// </summary>
public partial class StorySummaryTests
{
    [Fact]
    public void the_first_line_gives_the_workplace_average_and_the_units_contract_raise_as_the_outcome_table_does()
    {
        var run = Cli.Run(Cli.RepositoryRoot, "run", "hospital-stewards", "--model", "militant-mainstream", "--seed", "7");
        Assert.True(run.ExitCode == 0, run.ToString());

        var won = run.Stdout.Split('\n').First(l => l.StartsWith("- Won: ", StringComparison.Ordinal));
        var average = Table(run.Stdout, "Wage change (%)");
        var contract = Table(run.Stdout, "Contract raise (%)");
        Assert.True(contract > average + 1, $"the unit's raise {contract} should stand well above the hospital's average {average} in this run");
        Assert.Contains($"wages rose {average.ToString("0.0", CultureInfo.InvariantCulture)}% on average across the workplace", won);
        Assert.Contains($"raised the bargaining unit's pay {contract.ToString("0.0", CultureInfo.InvariantCulture)}%", won);
    }

    [Fact]
    public void the_story_names_the_runs_employer_and_tells_a_scheduled_firing_from_retaliation()
    {
        // The diner's scenario fires the most visible leader in weeks 8 and 10 (leader-fired shocks); the harshest owner
        // of seed 1 fires more committee members in retaliation later.
        var run = Cli.Run(Cli.RepositoryRoot, "run", "nonunion-diner", "--model", "militant-mainstream", "--seed", "1");
        Assert.True(run.ExitCode == 0, run.ToString());

        Assert.Contains("This run's employer is more hostile than the scenario's typical employer (1.00 against 0.90).", run.Stdout);
        var weeks = run.Stdout.Split('\n').Where(l => l.StartsWith("- Week ", StringComparison.Ordinal)).ToArray();
        foreach (var week in new[] { 8, 10 })
        {
            var line = weeks.Single(l => l.StartsWith($"- Week {week}:", StringComparison.Ordinal));
            Assert.Contains("a committee member, was fired: the scenario sets this week for the employer to fire its most visible leader", line);
            Assert.DoesNotContain("in retaliation", line);
        }

        Assert.Contains(weeks, l => l.StartsWith("- Week 15:", StringComparison.Ordinal) && l.Contains("a committee member, was fired in retaliation", StringComparison.Ordinal));
    }

    private static double Table(string stdout, string row) =>
        double.Parse(Row().Matches(stdout).First(m => m.Groups["name"].Value.Trim() == row).Groups["value"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| (?<name>[^|]+) \| (?<value>-?[0-9.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
