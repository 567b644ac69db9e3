using System.Text;
using CampaignSim.Analysis;
using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Reports;

/// <summary>
/// The parameter tables of docs/ODD.md Appendix A, generated from the scenario records: every key with its default,
/// unit, allowed range, kind and source, as declared once on the record (<see cref="ParameterAttribute"/>,
/// <see cref="SettingAttribute"/>). A test keeps the document equal to these tables.
/// </summary>
public static class ParameterTable
{
    private const string Header = "| YAML path | Default | Unit | Range | Source | Kind |\n|---|---|---|---|---|---|\n";

    /// <summary>Every key outside the mechanics (Appendix A.1).</summary>
    public static string Settings() => Markdown(ScenarioKeys.All.Where(k => !IsMechanics(k)));

    /// <summary>Every coefficient and model policy of the mechanics (Appendix A.2).</summary>
    public static string Mechanics() => Markdown(ScenarioKeys.All.Where(IsMechanics));

    /// <summary>The kind of a key in words: a coefficient, a model's policy, a fact of the situation, or a label.</summary>
    public static string KindOf(ScenarioKey key) => key.Parameter is null
        ? key.Source.StartsWith('—') ? "label" : "situation"
        : (ScenarioParameter.Find(key.Path)?.Kind ?? key.Parameter.Kind) switch
        {
            ParameterKind.Policy => "policy",
            ParameterKind.Situation => "situation",
            _ => "coefficient",
        };

    /// <summary>A source with its leading kind word in italics, as the document writes it ("*assumption*: …").</summary>
    public static string Italic(string source)
    {
        foreach (var word in new[] { "assumption", "situation", "law", "definition" })
        {
            if (source.StartsWith(word, StringComparison.Ordinal))
            {
                return $"*{word}*{source[word.Length..]}";
            }
        }

        return source;
    }

    private static bool IsMechanics(ScenarioKey key) => key.Path.StartsWith("mechanics.", StringComparison.Ordinal);

    private static string Markdown(IEnumerable<ScenarioKey> keys)
    {
        var sb = new StringBuilder(Header);
        foreach (var k in keys)
        {
            var inert = ScenarioParameter.Find(k.Path)?.InertInShippedScenarios is { } why ? $" (inert in the shipped scenarios: {why})" : "";
            sb.Append($"| `{k.Path}` | {k.DefaultText} | {k.Unit} | {k.RangeText} | {Italic(k.Source + inert).Replace("|", "\\|", StringComparison.Ordinal)} | {KindOf(k)} |\n");
        }

        return sb.ToString();
    }
}
