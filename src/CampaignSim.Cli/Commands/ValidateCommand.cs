using CampaignSim.Cli.Arguments;
using CampaignSim.Cli.Running;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Cli.Commands;

/// <summary><c>validate</c>: loads a scenario and reports every problem, or a one-line summary.</summary>
public sealed class ValidateCommand : ICommand
{
    private static readonly IReadOnlyList<OptionSpec> Specs = OptionHelp.Described([new("set", "PATH=VALUE", Repeats: true)],
        ("set", "check an override too (repeatable)"));

    /// <inheritdoc />
    public IReadOnlyList<OptionSpec> Options => Specs;

    /// <inheritdoc />
    public string Name => "validate";

    /// <inheritdoc />
    public string Summary => "check a scenario file and report every problem with file, line and allowed values";

    /// <inheritdoc />
    public string Help => $"""
        Usage: campaignsim validate <scenario> [--set PATH=VALUE …]

        Loads the scenario with any overrides and prints "ok: <name>, N workplaces, W workers, weeks" and
        which models apply, or every problem found as file:line:column: path: message. Exit code 0 when
        the scenario is valid, 2 when it is not.

        Options:
        {OptionHelp.Render(Specs, 24)}

        Example:
          campaignsim validate scenarios/hospital-stewards.yaml --set workplace.employer.hostility=0.9
        """;

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, CliConsole console)
    {
        var parsed = ArgumentReader.Read(args, Specs);
        if (parsed.HelpRequested)
        {
            console.Out.WriteLine(Help);
            return ExitCodes.Ok;
        }

        ArgumentReader.ExpectPositional(parsed, 1, "<scenario> (a scenario file or a shipped scenario name)");
        var loaded = ScenarioInput.Load(parsed.Positional[0], parsed.Values("set"));
        var s = loaded.Scenario;
        var workers = s.Workplaces.Sum(w => w.Workers);
        console.Out.WriteLine($"ok: {s.Name}, {s.Workplaces.Count} workplace{(s.Workplaces.Count == 1 ? "" : "s")}, "
            + $"{Numbers.Whole(workers)} workers, {s.Weeks} weeks");
        var reasons = ModelCatalog.Ids.Select(m => (Id: m, Why: ComparisonRunner.NotApplicableBecause(s, m))).ToList();
        console.Out.WriteLine($"  file: {Manifest.RecordedPath(loaded.SourcePath)} (sha256 {loaded.SourceSha256[..12]})");
        console.Out.WriteLine($"  models that apply: {string.Join(", ", reasons.Where(r => r.Why is null).Select(r => r.Id))}");
        foreach (var (id, why) in reasons.Where(r => r.Why is not null))
        {
            console.Out.WriteLine($"  not applicable: {id}: {why}");
        }

        return ExitCodes.Ok;
    }
}
