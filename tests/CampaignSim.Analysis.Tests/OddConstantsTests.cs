using System.Globalization;
using System.Reflection;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Analysis.Tests;

public class OddConstantsTests
{
    private static readonly Lazy<string> Odd = new(() => Docs.Read("ODD.md"));

    [Fact]
    public void every_named_constant_of_the_engine_has_a_row_in_the_odd_constants_table_with_its_value()
    {
        var inCode = typeof(Scenario).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => f.IsLiteral && !f.IsPrivate && f.FieldType is var ft && (ft == typeof(int) || ft == typeof(double) || ft == typeof(long)))
                .Select(f => (Name: $"{t.Name}.{f.Name}", Value: Convert.ToDouble(f.GetRawConstantValue(), CultureInfo.InvariantCulture))))
            .ToDictionary(x => x.Name, x => x.Value);
        var documented = Docs.TableAfter(Odd.Value, "## Appendix B. Fixed constants")
            .Where(r => r[0].StartsWith('`'))
            .ToDictionary(r => Docs.Code(r[0]), r => r[1]);

        var problems = new List<string>();
        foreach (var (name, value) in inCode)
        {
            if (!documented.TryGetValue(name, out var cell))
            {
                problems.Add($"{name} = {value.ToString(CultureInfo.InvariantCulture)} is not in the table");
            }
            else if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || Math.Abs(d - value) > 1e-12)
            {
                problems.Add($"{name}: table says {cell}, code says {value.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        problems.AddRange(documented.Keys.Where(k => !inCode.ContainsKey(k)).Select(k => $"{k} is in the table but is no named constant of the engine"));
        Assert.True(problems.Count == 0, "docs/ODD.md Appendix B is out of step with the engine:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void the_tactic_ladder_in_the_odd_matches_the_tactic_catalog()
    {
        var rows = Docs.TableAfter(Odd.Value, "## Appendix C. The tactic ladder");
        Assert.Equal(TacticCatalog.Ladder.Select(p => p.Tactic.ToString()), rows.Select(r => r[0]));
        foreach (var (definition, row) in TacticCatalog.Ladder.Zip(rows))
        {
            Assert.Equal(definition.BreachesNoStrikeClause ? "yes" : "no", row[6]);
            if (definition.Profile is null)
            {
                Assert.All(row[1..6], cell => Assert.Equal("—", cell));
                continue;
            }

            var profile = definition.Profile(new Domain.Mechanics.TacticMechanics());
            if (definition.Tactic == Domain.Tactics.Tactic.Strike) Assert.Equal("model's strike target", row[1]);
            else Assert.Equal(profile.NeededShare, Number(row[1]), 12);
            Assert.Equal(profile.Pressure, Number(row[2]), 12);
            Assert.Equal(profile.LostPayDays, Number(row[3]), 12);
            Assert.Equal(profile.Risk, Number(row[4]), 12);
            Assert.Equal(profile.Availability, Number(row[5]), 12);
        }
    }

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
