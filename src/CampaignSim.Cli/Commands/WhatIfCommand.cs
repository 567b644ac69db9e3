using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Output;
using CampaignSim.Cli.Reports;
using CampaignSim.Cli.Running;

namespace CampaignSim.Cli.Commands;

/// <summary><c>whatif</c>: the comparison with and without some changes to the scenario, side by side.</summary>
public sealed class WhatIfCommand : ICommand
{
    /// <summary>Files at the top of a whatif output folder.</summary>
    public static IReadOnlyList<string> TopFiles { get; } = ["report.md", "report.html"];

    /// <inheritdoc />
    public string Name => "whatif";

    /// <inheritdoc />
    public string Summary => "compare the models with and without changes to the scenario";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim whatif <scenario> --set PATH=VALUE [--set …] [options]

        Runs the comparison twice with the same seeds: on the scenario as written, and with the --set
        changes. Prints, per model, the key outcomes before → after with the change paired run by run,
        and whether the ranking changed.

        <scenario>              a scenario file, or the name of a shipped one (see 'campaignsim scenarios')

        Options:
          --set PATH=VALUE      the change (required, repeatable), e.g. workplace.union.stance=militant
          --models all|ID,ID    models to compare (default all): {ComparisonOptions.ModelList}
          --runs N              runs per model, {OptionValues.MinRuns}–{OptionValues.MaxRuns} (default {OptionValues.DefaultRuns})
          --seed S              first seed (default {OptionValues.DefaultSeed})
          --baseline ID         baseline for the paired differences in each full report
          --weights K=V,…       ranking weights (keys wages, demands, safety, control, cost)
          --out DIR             write report.md and report.html (before and after side by side), and the full
                                comparison outputs in DIR/before/ and DIR/after/
          --force               write into an --out folder that holds other files, keeping them
        {RunTarget.Help(24)}
          -h, --help            show this help

        Example:
          campaignsim whatif hospital-stewards --set workplace.union.stance=militant --runs 100 --out out/hospital-militant
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ArgumentReader.Read(args, [.. ComparisonOptions.Specs, .. RunTarget.Specs]);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        var options = ComparisonOptions.From(parsed);
        if (options.Sets.Count == 0)
        {
            throw new UsageException("whatif needs at least one change: --set PATH=VALUE, e.g. --set workplace.employer.hostility=0.9");
        }

        var target = RunTarget.From(parsed);
        using var folder = options.PrepareOutput("report.md", "report.html", "before", "after", OutputInventory.RecordName);
        var before = ScenarioInput.Load(options.Scenario, []);
        var after = ScenarioInput.Load(options.Scenario, options.Sets);
        var beforeRequest = options.Request(before.Scenario);
        var afterRequest = options.Request(after.Scenario);
        var results = target.Run([(beforeRequest, "before"), (afterRequest, "after")], console, "whatif");
        var (beforeResult, afterResult) = (results[0], results[1]);
        var whatIf = new WhatIfComparison(options.Sets, beforeResult, afterResult);
        WhatIfReport.WriteConsole(console.Out, whatIf);

        if (folder is not null && options.Out is { } outDir)
        {
            var name = outDir.TrimEnd('/', '\\');
            var commandLine = CommandLineText.Of(console.CommandLine);
            var now = DateTimeOffset.UtcNow;
            var report = WhatIfReport.Build(whatIf, commandLine);
            folder.WriteText("report.md", MarkdownRenderer.Render(report));
            folder.WriteText("report.html", HtmlRenderer.Render(report));
            ComparisonFiles.Write(folder, new ComparisonRecord(before, options.Scenario, beforeResult, commandLine, now), name + "/before", "before");
            ComparisonFiles.Write(folder, new ComparisonRecord(after, options.Scenario, afterResult, commandLine, now), name + "/after", "after");
            folder.Commit();
            console.Out.WriteLine();
            console.Out.WriteLine($"Wrote {name}/: report.md, report.html, before/, after/");
        }

        return ExitCodes.Ok;
    }
}
