using System.Text.RegularExpressions;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Cli.Tests;

/// <summary>
/// docs/model.md quotes one run per organizing model: every quoted excerpt must be what
/// <c>campaignsim run &lt;scenario&gt; --model &lt;id&gt; --seed 7</c> prints today, and the page must name the engine
/// version that printed it. A change to the mechanics that changes a story fails here until the guide is re-read and
/// brought up to date.
/// </summary>
public partial class ModelGuideTests
{
    private const int ShortestCheckedFragment = 12;

    [Fact]
    public void the_guide_names_the_engine_that_printed_its_stories()
    {
        var guide = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "docs", "model.md"));

        Assert.Contains($"(version {EngineInfo.Version})", guide);
    }

    [Fact]
    public void every_excerpt_in_the_guide_is_what_the_run_prints_today()
    {
        var guide = File.ReadAllText(Path.Combine(Cli.RepositoryRoot, "docs", "model.md"));
        var missing = new List<string>();
        var checkedFragments = 0;
        var sections = guide.Split("\n## ");
        foreach (var section in sections)
        {
            var header = RunLine().Match(section);
            if (!header.Success) continue;
            var (scenario, model) = (header.Groups["scenario"].Value, header.Groups["model"].Value);
            var run = Cli.Run(Cli.RepositoryRoot, "run", scenario, "--model", model, "--seed", "7");
            Assert.True(run.ExitCode == 0, run.ToString());
            var story = Normalize(run.Stdout);

            var quoted = string.Join('\n', section.Split('\n').Where(l => l.StartsWith('>')));
            foreach (var paragraph in Regex.Split(quoted, @"\n>\s*\n"))
            {
                var text = Normalize(Regex.Replace(paragraph, "^> ?", "", RegexOptions.Multiline));
                foreach (var fragment in text.Split('…').Select(f => f.Trim(' ', ';', ',', '.')).Where(f => f.Length >= ShortestCheckedFragment))
                {
                    checkedFragments++;
                    if (!story.Contains(fragment, StringComparison.Ordinal)) missing.Add($"{scenario} --model {model}: \"{fragment}\"");
                }
            }
        }

        Assert.True(checkedFragments >= 20, $"only {checkedFragments} quoted fragments found in docs/model.md");
        Assert.True(missing.Count == 0, "docs/model.md quotes what the seed-7 run no longer prints:\n" + string.Join('\n', missing));
    }

    private static string Normalize(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^`(?<scenario>[a-z0-9-]+)`, `--model (?<model>[a-z-]+)`", RegexOptions.Multiline)]
    private static partial Regex RunLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
