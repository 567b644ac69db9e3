using System.Globalization;
using System.Reflection;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Scenarios.Schema;

namespace CampaignSim.Scenarios.Tests;

public class SchemaDocumentationTests
{
    private static readonly Lazy<string> Docs = new(() =>
        File.ReadAllText(Path.Combine(ScenarioCatalog.Shipped().Directory, "..", "docs", "scenarios.md")));

    [Fact]
    public void every_property_of_every_scenario_record_has_a_yaml_key()
    {
        // A record used in several places may leave a field out in one of them (the strike rung has no needed share),
        // so every property must have a key in at least one of its record's schemas.
        foreach (var byRecord in ScenarioSchema.All().GroupBy(s => s.RecordType))
        {
            var properties = byRecord.Key
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is not null)
                .Select(p => p.Name)
                .Order();

            Assert.Equal(properties, byRecord.SelectMany(s => s.Fields.Select(f => f.Property)).Distinct().Order());
            foreach (var schema in byRecord)
            {
                Assert.All(schema.Fields, f => Assert.Equal(
                    byRecord.Key.GetProperty(f.Property)!.GetCustomAttribute<Domain.Mechanics.KeyNameAttribute>()?.Name
                    ?? char.ToLowerInvariant(f.Property[0]) + f.Property[1..], f.Key));
            }
        }
    }

    [Fact]
    public void every_scenario_record_in_the_domain_is_reachable_from_the_root_schema()
    {
        var records = typeof(Scenario).Assembly.GetTypes()
            .Where(t => (t.Namespace == typeof(Scenario).Namespace || t.Namespace == typeof(Domain.Mechanics.MechanicsSpec).Namespace
                         || (t.IsNested && t.Name == "Policy"))
                        && t.IsClass && (t.IsPublic || t.IsNestedPublic) && t.GetMethod("<Clone>$") is not null)
            .Select(t => t.DeclaringType is { } outer ? $"{outer.Name}.{t.Name}" : t.Name)
            .Order();

        Assert.Equal(records, ScenarioSchema.All().Select(s => s.TypeName).Distinct().Order());
    }

    [Fact]
    public void every_key_has_a_row_in_its_section_of_the_docs()
    {
        foreach (var schema in ScenarioSchema.All())
        {
            var section = Section(schema.TypeName);
            Assert.All(schema.Fields, f => Assert.Contains($"| `{f.Key}` |", section));
        }
    }

    [Fact]
    public void every_documented_default_matches_the_record_default()
    {
        // Sections used several times with different defaults are documented by use, not by the record's own defaults.
        Type[] byUse = [typeof(DistributionSpec), typeof(Domain.Mechanics.TacticProfile), typeof(Domain.Mechanics.IdentityProfile)];
        foreach (var schema in ScenarioSchema.All().Where(s => !byUse.Contains(s.RecordType)))
        {
            var section = Section(schema.TypeName);
            var defaults = Activator.CreateInstance(schema.RecordType)!;
            foreach (var field in schema.Fields.Where(f => f.Shape == FieldShape.Value))
            {
                var row = section.Split('\n').Single(l => l.StartsWith($"| `{field.Key}` |", StringComparison.Ordinal));
                var cells = row.Split('|').Select(c => c.Trim()).ToArray();
                var value = schema.RecordType.GetProperty(field.Property)!.GetValue(defaults);
                Assert.True(Render(value) == cells[3], $"{schema.TypeName}.{field.Key}: docs say {cells[3]}, code says {Render(value)}");
            }
        }
    }

    [Fact]
    public void the_documented_distribution_defaults_match_the_workplace_defaults()
    {
        var row = (string key) => Section(nameof(DistributionSpec)).Split('\n').Single(l => l.StartsWith($"| `{key}` |", StringComparison.Ordinal))
            .Split('|').Select(c => c.Trim()).ToArray();
        var w = new WorkplaceSpec();

        Assert.Equal([Render(w.Grievance.Mean), Render(w.Fear.Mean), Render(w.TrustInUnion.Mean)], row("mean")[3..6]);
        Assert.Equal([Render(w.Grievance.Sd), Render(w.Fear.Sd), Render(w.TrustInUnion.Sd)], row("sd")[3..6]);
    }

    [Fact]
    public void the_docs_state_the_limits_of_workers_and_weeks()
    {
        Assert.Contains("100,000 workers", Docs.Value);
        Assert.Contains($"{Scenario.MaxWeeks} weeks", Docs.Value);
        Assert.Contains("--set", Docs.Value);
    }

    private static string Section(string typeName)
    {
        var text = Docs.Value;
        var start = text.IndexOf($"({typeName})", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/scenarios.md has no section headed ({typeName})");
        var end = text.IndexOf("\n### ", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static string Render(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => $"\"{s}\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        Enum e => YamlNames.Kebab(e.ToString()),
        IEnumerable<string> list => $"[{string.Join(", ", list)}]",
        _ => value.ToString() ?? "",
    };
}
