using System.Text.RegularExpressions;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// One decider per actor, no cross-calls: an actor's source never names another actor's decider. Only the week
/// (<c>Simulation/CampaignWeek.cs</c>) wires them, in order and by reactions to events, and the bargaining table, where
/// the employer, the union and the strikers meet (<c>Bargaining/</c>). No decider folds an event or holds a way to
/// record one: it yields the events it decides, and only the engine folds them.
/// </summary>
public class ActorBoundaryTests
{
    /// <summary>Each actor and the files that make it up.</summary>
    private static readonly Dictionary<string, string[]> Actors = new()
    {
        ["employer"] = ["Employer/EmployerDecider.cs"],
        ["union leadership"] = ["Leadership/LeadershipDecider.cs"],
        ["legal channel"] = ["Legal/LegalChannel.cs"],
        ["committee"] = ["Committee/Organizing.cs", "Committee/ActionPlanning.cs", "Committee/RecognitionDrive.cs", "Committee/FloorResponses.cs"],
        ["rank and file"] = ["Workers/RankAndFile.cs"],
        ["shocks"] = ["Simulation/Shocks.cs"],
    };

    /// <summary>Every file that decides events: the actors, the bargaining table and the week itself.</summary>
    private static IEnumerable<string> Deciders() =>
        Actors.Values.SelectMany(f => f).Concat(["Bargaining/BargainingTable.cs", "Bargaining/DemandAnswers.cs", "Bargaining/Concession.cs",
            "Tactics/ActionCall.cs", "Workers/ParticipationRule.cs", "Simulation/CampaignWeek.cs"]);

    [Fact]
    public void no_decider_folds_an_event_or_records_one_itself()
    {
        var root = Path.Combine(Repository.Root(), "src", "CampaignSim.Domain");
        var found = Deciders()
            .Select(f => (File: f, Code: File.ReadAllText(Path.Combine(root, f))))
            .SelectMany(x => new[] { @"\.Apply\(", @"\bEmit\(", @"Action<CampaignEvent>" }
                .Where(pattern => Regex.IsMatch(x.Code, pattern))
                .Select(pattern => $"{x.File} matches {pattern}"))
            .ToArray();

        Assert.True(found.Length == 0, "Deciders must yield events for the engine to fold:\n" + string.Join("\n", found));
    }

    [Fact]
    public void no_actor_names_another_actors_decider()
    {
        var root = Path.Combine(Repository.Root(), "src", "CampaignSim.Domain");
        var classes = Actors.ToDictionary(a => a.Key, a => a.Value.Select(f => Path.GetFileNameWithoutExtension(f)).ToArray());
        var found = new List<string>();
        foreach (var (actor, files) in Actors)
        {
            var others = classes.Where(c => c.Key != actor).SelectMany(c => c.Value).ToArray();
            foreach (var file in files)
            {
                var code = File.ReadAllText(Path.Combine(root, file));
                found.AddRange(others.Where(o => Regex.IsMatch(code, $@"(?<![\w.]){o}\.")).Select(o => $"{file} calls {o}"));
            }
        }

        Assert.True(found.Count == 0, "Actors call each other; wire them in Simulation/CampaignWeek.cs instead:\n" + string.Join("\n", found));
    }

    [Fact]
    public void the_week_names_every_actor()
    {
        var week = File.ReadAllText(Path.Combine(Repository.Root(), "src", "CampaignSim.Domain", "Simulation", "CampaignWeek.cs"));
        var missing = Actors.Values.SelectMany(f => f).Select(Path.GetFileNameWithoutExtension).Where(c => !week.Contains(c + ".", StringComparison.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, "Deciders the week never runs: " + string.Join(", ", missing!));
    }
}
