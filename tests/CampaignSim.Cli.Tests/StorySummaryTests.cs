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

    private static double Table(string stdout, string row) =>
        double.Parse(Row().Matches(stdout).First(m => m.Groups["name"].Value.Trim() == row).Groups["value"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| (?<name>[^|]+) \| (?<value>-?[0-9.]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
