using System.Text.RegularExpressions;

namespace CampaignSim.Analysis;

/// <summary>
/// Plain-language names for scenario parameters, in one place for every report a committee reads (comparison,
/// sensitivity, sweep). A path without its own name is spelled out from its keys ("deep contact gain (behaviour)").
/// </summary>
public static partial class ParameterLabels
{
    /// <summary>Names by path within a workplace or the scenario (workplace prefixes removed).</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["weeks"] = "Campaign length (weeks)",
        ["workers"] = "Number of workers",
        ["departments"] = "Number of departments",
        ["probationaryShare"] = "Share of workers on probation",
        ["employer.hostility"] = "Employer hostility",
        ["employer.retaliationRate"] = "How often the employer retaliates",
        ["employer.violationRate"] = "How often the employer breaks the rules",
        ["employer.redBaiting"] = "Employer red-baiting",
        ["employer.disruptionCostMultiple"] = "What a stoppage costs the employer",
        ["grievance.mean"] = "Workers' average grievance",
        ["fear.mean"] = "Workers' average fear",
        ["trustInUnion.mean"] = "Workers' average trust in the union",
        ["thresholds.mean"] = "Average participation threshold: how many coworkers a worker waits for",
        ["network.tiesWithinDepartment"] = "Ties within a department",
        ["network.rewiring"] = "Ties across departments",
        ["behaviour.grievanceWeight"] = "How much grievance moves a worker",
        ["behaviour.fearWeight"] = "How much fear holds a worker back",
        ["behaviour.commitmentWeight"] = "How much commitment moves a worker",
        ["behaviour.deepContactGain"] = "What a deep one-on-one adds to commitment",
        ["behaviour.leaderShare"] = "Share of workers willing to lead",
        ["behaviour.commitmentDecay"] = "How fast commitment fades",
        ["committee.initialMembers"] = "Committee members at the start",
        ["committee.hoursPerMemberPerWeek"] = "Hours a committee member gives a week",
        ["union.stance"] = "The union's politics (business, mixed, militant)",
        ["union.staffHoursPerWeek"] = "Union staff organizer hours a week",
        ["union.hostilityToUnauthorizedAction"] = "Union hostility to action outside official channels",
        ["union.duesRate"] = "Union dues (share of wages)",
        ["contract.expiryWeek"] = "Week the contract expires",
        ["contract.noStrikeClause"] = "No-strike clause",
        ["contract.strikeVoteThreshold"] = "Yes vote needed to strike",
        ["legal.contractProtection"] = "Protection a just-cause contract gives",
        ["solidarityUnion.monthlyDues"] = "Solidarity union dues a month",
    };

    /// <summary>The plain name of a path (<c>workplace.employer.hostility</c>, <c>workplaces[].employer.hostility</c>, <c>workplaces[1].workers</c>).</summary>
    public static string For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var match = WorkplacePrefix().Match(path);
        var key = match.Success ? path[match.Length..] : path;
        var where = match.Success && match.Groups["index"].Success && match.Groups["index"].Value is { Length: > 0 } i && i != "0"
            ? $" (workplace {int.Parse(i, System.Globalization.CultureInfo.InvariantCulture) + 1})"
            : "";
        return Names.TryGetValue(key, out var name) ? name + where : Spelled(key) + where;
    }

    /// <summary>A path spelled out from its keys: the last key in words, its section in brackets.</summary>
    private static string Spelled(string key)
    {
        var parts = key.Split('.');
        var last = Words(parts[^1]);
        var text = char.ToUpperInvariant(last[0]) + last[1..];
        return parts.Length > 1 ? $"{text} ({string.Join(", ", parts[..^1].Select(p => Words(p.Split('[')[0])))})" : text;
    }

    private static string Words(string camel) => ScenarioKeys.Separated(camel, ' ');

    [GeneratedRegex(@"^(workplace\.|workplaces\[(?<index>\d*)\]\.)")]
    private static partial Regex WorkplacePrefix();
}
