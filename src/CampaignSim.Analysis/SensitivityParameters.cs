namespace CampaignSim.Analysis;

/// <summary>
/// The parameters screened by default: the key numeric inputs of the participation rule, organizing, the employer,
/// the union and the law. Ranges are those documented on the scenario records, except where the documented range is
/// a technical bound far outside any real workplace; there a narrower part of it is screened and the reason says why.
/// </summary>
public static class SensitivityParameters
{
    /// <summary>The default set, in report order.</summary>
    public static IReadOnlyList<SensitivityParameter> Default { get; } =
    [
        SensitivityParameter.Workplace("employer.hostility", 0, 1,
            (w, v) => w with { Employer = w.Employer with { Hostility = v } }, "documented range 0–1"),
        SensitivityParameter.Workplace("employer.retaliationRate", 0, 0.1,
            (w, v) => w with { Employer = w.Employer with { RetaliationRate = v } },
            "part of 0–1: above 0.1 a fully visible leader would be hit more than once in ten weeks; the shipped scenarios use 0.04–0.08"),
        SensitivityParameter.Workplace("employer.violationRate", 0, 0.2,
            (w, v) => w with { Employer = w.Employer with { ViolationRate = v } },
            "part of 0–1: the shipped scenarios use 0.08–0.12 violations per unorganized department a week"),
        SensitivityParameter.Workplace("employer.redBaiting", 0, 1,
            (w, v) => w with { Employer = w.Employer with { RedBaiting = v } }, "documented range 0–1"),
        SensitivityParameter.Workplace("employer.disruptionCostMultiple", 0.5, 5,
            (w, v) => w with { Employer = w.Employer with { DisruptionCostMultiple = v } },
            "part of 0–20: a stoppage costing 0.5–5 weekly payrolls covers the shipped scenarios (2–3)"),
        SensitivityParameter.Workplace("grievance.mean", 0.2, 0.8,
            (w, v) => w with { Grievance = w.Grievance with { Mean = v } },
            "part of 0–1: the middle of the scale, so that the sd of 0.15 is not mostly clamped; shipped scenarios use 0.45–0.6"),
        SensitivityParameter.Workplace("fear.mean", 0.1, 0.7,
            (w, v) => w with { Fear = w.Fear with { Mean = v } },
            "part of 0–1: shipped scenarios use 0.3–0.45"),
        SensitivityParameter.Workplace("trustInUnion.mean", 0.2, 0.8,
            (w, v) => w with { TrustInUnion = w.TrustInUnion with { Mean = v } },
            "part of 0–1: the middle of the scale; shipped scenarios use 0.3–0.7"),
        SensitivityParameter.Workplace("thresholds.mean", 0.1, 0.6,
            (w, v) => w with { Thresholds = w.Thresholds with { Mean = v } },
            "part of 0–1: around Granovetter's typical 0.25 and the default 0.35 (sources §5)"),
        SensitivityParameter.Workplace("network.tiesWithinDepartment", 2, 12,
            (w, v) => w with { Network = w.Network with { TiesWithinDepartment = v } },
            "part of 0–200: shipped scenarios use 6–8 ties"),
        SensitivityParameter.Workplace("network.rewiring", 0, 1,
            (w, v) => w with { Network = w.Network with { Rewiring = v } },
            "documented range 0–1; enters the mechanics only under a small-world network, so it is a control elsewhere"),
        SensitivityParameter.Workplace("behaviour.grievanceWeight", 0, 2,
            (w, v) => w with { Behaviour = w.Behaviour with { GrievanceWeight = v } }, "documented range 0–2"),
        SensitivityParameter.Workplace("behaviour.fearWeight", 0, 2,
            (w, v) => w with { Behaviour = w.Behaviour with { FearWeight = v } }, "documented range 0–2"),
        SensitivityParameter.Workplace("behaviour.commitmentWeight", 0, 2,
            (w, v) => w with { Behaviour = w.Behaviour with { CommitmentWeight = v } }, "documented range 0–2"),
        SensitivityParameter.Workplace("behaviour.deepContactGain", 0, 1,
            (w, v) => w with { Behaviour = w.Behaviour with { DeepContactGain = v } }, "documented range 0–1"),
        SensitivityParameter.Workplace("behaviour.leaderShare", 0.05, 0.3,
            (w, v) => w with { Behaviour = w.Behaviour with { LeaderShare = v } },
            "part of 0–1: around the 10–15% committee rule of thumb (sources §7)"),
        SensitivityParameter.Workplace("behaviour.commitmentDecay", 0, 0.05,
            (w, v) => w with { Behaviour = w.Behaviour with { CommitmentDecay = v } },
            "part of 0–1: 0.05 a week already halves an uncontacted worker's commitment in about 14 weeks"),
        SensitivityParameter.Workplace("committee.initialMembers", 1, 20,
            (w, v) => w with { Committee = w.Committee with { InitialMembers = Math.Min(w.Workers, (int)v) } },
            "part of 0–workers: a founding core of 1 up to a mature committee of 20 (10% of 200 workers, sources §7)", whole: true),
        SensitivityParameter.Workplace("committee.hoursPerMemberPerWeek", 1, 10,
            (w, v) => w with { Committee = w.Committee with { HoursPerMemberPerWeek = v } },
            "part of 0–40: volunteer organizing beside a full-time job"),
        SensitivityParameter.Workplace("union.staffHoursPerWeek", 0, 30,
            (w, v) => w with { Union = w.Union with { StaffHoursPerWeek = v } },
            "part of 0–60: up to three-quarters of one organizer's week on one workplace"),
        SensitivityParameter.Workplace("union.hostilityToUnauthorizedAction", 0, 1,
            (w, v) => w with { Union = w.Union with { HostilityToUnauthorizedAction = v } }, "documented range 0–1"),
        SensitivityParameter.Workplace("contract.strikeVoteThreshold", 0.5, 1,
            (w, v) => w with { Contract = w.Contract with { StrikeVoteThreshold = v } }, "documented range 0.5–1"),
        SensitivityParameter.ScenarioWide("legal.contractProtection", 0, 1,
            (s, v) => s with { Legal = s.Legal with { ContractProtection = v } }, "documented range 0–1"),
        SensitivityParameter.ScenarioWide("solidarityUnion.monthlyDues", 0, 60,
            (s, v) => s with { SolidarityUnion = s.SolidarityUnion with { MonthlyDues = v } },
            "part of 0–200: up to about three times the default of $22 a month"),
    ];

    /// <summary>Every numeric coefficient of the mechanics (<c>mechanics.*</c>), each over its documented range.</summary>
    public static IReadOnlyList<SensitivityParameter> Mechanics { get; } = Domain.Mechanics.MechanicsParameter.All
        .Where(p => p.ValueType != typeof(bool))
        .Select(SensitivityParameter.Mechanics)
        .ToArray();

    /// <summary>
    /// The parameters a selection names: <c>default</c>, <c>mechanics</c>, or a comma-separated list of paths and path
    /// prefixes (<c>mechanics.participation</c> selects that group) from the default set and the mechanics.
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

        var chosen = new List<SensitivityParameter>();
        foreach (var word in selection.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = Default.Concat(Mechanics)
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
