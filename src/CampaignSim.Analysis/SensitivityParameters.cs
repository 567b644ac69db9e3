using CampaignSim.Domain.Mechanics;

namespace CampaignSim.Analysis;

/// <summary>
/// The parameters sensitivity screening can move: a default set of the key numeric inputs of the participation rule,
/// organizing, the employer, the union and the law; every mechanics coefficient and model policy; every other setting.
/// Each is moved over the plausible range its record declares (<see cref="ScenarioParameter"/>): the documented range,
/// or, where that is a technical bound far outside any real workplace, a narrower part of it with the reason.
/// </summary>
public static class SensitivityParameters
{
    /// <summary>Paths of the default set, in report order: the key numeric inputs of each mechanism.</summary>
    private static readonly string[] DefaultPaths =
    [
        "workplaces[].employer.hostility", "workplaces[].employer.retaliationRate", "workplaces[].employer.violationRate",
        "workplaces[].employer.redBaiting", "workplaces[].employer.disruptionCostMultiple", "workplaces[].grievance.mean",
        "workplaces[].fear.mean", "workplaces[].trustInUnion.mean", "workplaces[].thresholds.mean",
        "workplaces[].network.tiesWithinDepartment", "workplaces[].network.rewiring", "workplaces[].behaviour.grievanceWeight",
        "workplaces[].behaviour.fearWeight", "workplaces[].behaviour.commitmentWeight", "workplaces[].behaviour.deepContactGain",
        "workplaces[].behaviour.leaderShare", "workplaces[].behaviour.commitmentDecay", "workplaces[].committee.initialMembers",
        "workplaces[].committee.hoursPerMemberPerWeek", "workplaces[].union.staffHoursPerWeek",
        "workplaces[].union.hostilityToUnauthorizedAction", "workplaces[].contract.strikeVoteThreshold", "legal.contractProtection",
        "solidarityUnion.monthlyDues",
    ];

    /// <summary>The default set, in report order, each over its plausible range.</summary>
    public static IReadOnlyList<SensitivityParameter> Default { get; } = DefaultPaths
        .Select(p => SensitivityParameter.From(ScenarioParameter.Find(p) ?? throw new InvalidOperationException($"No parameter {p}.")))
        .ToArray();

    /// <summary>Every numeric coefficient and model policy of the mechanics (<c>mechanics.*</c>), each over its plausible range.</summary>
    public static IReadOnlyList<SensitivityParameter> Mechanics { get; } = ScenarioParameter.Mechanics
        .Where(p => p.ValueType != typeof(bool))
        .Select(SensitivityParameter.From)
        .ToArray();

    /// <summary>Every numeric parameter outside the mechanics: the scenario's and the workplaces' settings and coefficients.</summary>
    public static IReadOnlyList<SensitivityParameter> Settings { get; } = ScenarioParameter.All
        .Where(p => p.Scope != ParameterScope.Mechanics && p.ValueType != typeof(bool))
        .Select(SensitivityParameter.From)
        .ToArray();

    /// <summary>
    /// The parameters a selection names: <c>default</c>, <c>mechanics</c>, <c>settings</c>, or a comma-separated list of
    /// paths and path prefixes (<c>mechanics.participation</c> selects that group) from any of them.
    /// </summary>
    /// <returns>The parameters, or null with the first word that selects nothing.</returns>
    public static (IReadOnlyList<SensitivityParameter>? Parameters, string? Unknown) Select(string selection)
    {
        if (selection == "default")
        {
            return (Default, null);
        }

        if (selection == "mechanics")
        {
            return (Mechanics, null);
        }

        if (selection == "settings")
        {
            return (Settings, null);
        }

        var chosen = new List<SensitivityParameter>();
        foreach (var word in selection.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = Default.Concat(Mechanics).Concat(Settings).DistinctBy(p => p.Path)
                .Where(p => p.Path == word || p.Path.StartsWith(word + ".", StringComparison.Ordinal))
                .ToArray();
            if (found.Length == 0)
            {
                return (null, word);
            }

            chosen.AddRange(found.Where(f => !chosen.Contains(f)));
        }

        return chosen.Count == 0 ? (null, selection) : (chosen, null);
    }
}
