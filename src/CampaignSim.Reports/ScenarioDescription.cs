using CampaignSim.Domain.Mechanics;
using CampaignSim.Reports.Output;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Reports;

/// <summary>The scenario in plain words: workforce, job classes and the bargaining unit, union, contract, employer, demands, shocks.</summary>
public static class ScenarioDescription
{
    /// <summary>One line naming the workplaces and their size, for the question and the console.</summary>
    public static string Brief(Scenario scenario)
    {
        var places = scenario.Workplaces.Select(w => $"{w.Name} ({Numbers.Whole(w.Workers)} workers)");
        return $"{string.Join("; ", places)}, over {scenario.Weeks} weeks";
    }

    /// <summary>Blocks describing the scenario.</summary>
    public static IReadOnlyList<ReportBlock> Blocks(Scenario scenario)
    {
        var blocks = new List<ReportBlock>();
        if (!string.IsNullOrWhiteSpace(scenario.Description))
        {
            blocks.Add(new ParagraphBlock(scenario.Description.Trim()));
        }

        var total = scenario.Workplaces.Sum(w => w.Workers);
        blocks.Add(new ParagraphBlock(
            $"The campaign runs {scenario.Weeks} weeks ({Numbers.Fixed(scenario.Weeks / Units.WeeksPerYear, 1)} years) in "
            + (scenario.Workplaces.Count == 1 ? "one workplace" : $"{scenario.Workplaces.Count} workplaces with {Numbers.Whole(total)} workers in all")
            + (scenario.CityCommittee.Present
                ? $", linked by a city-wide committee that lends each workplace {Numbers.Fixed(scenario.CityCommittee.SharedHoursPerWorkplace, 1)} organizer hours a week and brings {Percent(scenario.CityCommittee.PicketSupport)} of other committees to pickets and strikes."
                : ".")));
        foreach (var w in scenario.Workplaces)
        {
            if (scenario.Workplaces.Count > 1)
            {
                blocks.Add(new HeadingBlock(3, w.Name));
            }

            blocks.Add(new BulletListBlock(Workplace(w, scenario)));
        }

        return blocks;
    }

    private static List<string> Workplace(WorkplaceSpec w, Scenario scenario)
    {
        var items = new List<string>
        {
            $"Workers: {Numbers.Whole(w.Workers)} in {w.Departments} {(w.Departments == 1 ? "department" : "departments")}; "
            + $"{Percent(w.ProbationaryShare)} on probation at the start ({w.ProbationWeeks} weeks of probation); "
            + $"a committee of {w.Committee.InitialMembers} at the start, {Numbers.Fixed(w.Committee.HoursPerMemberPerWeek, 1)} hours a week each.",
            "Job classes: " + string.Join("; ", w.JobClasses.Select(c =>
                $"{c.Id}, {Percent(c.Share)} of workers at ${Numbers.Fixed(c.HourlyWage, 2)} an hour, "
                + (!w.Union.Present ? "no union" : c.InBargainingUnit ? "in the bargaining unit" : "outside the bargaining unit"))) + ".",
            Union(w),
            Contract(w, scenario.Legal),
            Employer(w),
            "Demands: " + string.Join("; ", w.Demands.Select(Demand)) + ".",
        };
        if (w.Shocks.Count > 0)
        {
            items.Add("Scheduled changes: " + string.Join("; ", w.Shocks.OrderBy(s => s.Week).Select(Shock)) + ".");
        }

        if (w.Model is { } pinned)
        {
            items.Add($"This workplace has already chosen its model: {ModelCatalog.Find(pinned)?.Name ?? pinned} ({pinned}); only the other workplaces change with the model compared.");
        }

        items.Add($"Solidarity union dues: ${Numbers.Fixed(scenario.SolidarityUnion.MonthlyDues, 0)} a month, for the models that use one.");
        return items;
    }

    private static string Union(WorkplaceSpec w)
    {
        var u = w.Union;
        if (!u.Present)
        {
            return "Union: none. Models that work through an existing union do not apply; business-unionism and militant-mainstream run a recognition drive for certification and a first contract.";
        }

        var stance = u.Stance switch
        {
            UnionStance.Business => "a business union (service-oriented, labor peace, little floor presence)",
            UnionStance.Mixed => "a mixed union (some organizing, partly business unionism)",
            UnionStance.Militant => "a militant union (organizes, escalates, strikes at expiry)",
            _ => u.Stance.ToString(),
        };
        var election = u.NextElectionWeek > 0 ? $" Next officer election in week {u.NextElectionWeek}." : " No officer election falls in the campaign.";
        return $"Union: {stance}; {Percent(u.MembershipShare)} of the unit are members paying {Numbers.Fixed(u.DuesPct, 2)}% of wages in dues; "
            + $"{u.StaffOrganizers} staff organizer{(u.StaffOrganizers == 1 ? "" : "s")} at {Numbers.Fixed(u.StaffHoursPerWeek, 0)} hours a week; "
            + $"resources {Numbers.Fixed(u.Resources, 2)} on a 0–1 scale; pursues {Percent(u.Responsiveness)} of grievances; "
            + $"hostility to action outside official channels {Numbers.Fixed(u.HostilityToUnauthorizedAction, 2)} ({Level(u.HostilityToUnauthorizedAction)}).{election}";
    }

    private static string Contract(WorkplaceSpec w, LegalSpec legal)
    {
        var c = w.Contract;
        if (!w.Union.Present)
        {
            return "Contract: none; a union that wins certification bargains for a first contract, which a hostile employer can stall.";
        }

        var now = c.InForce
            ? $"in force until week {c.ExpiryWeek}, {(c.NoStrikeClause ? "with a no-strike clause (strikes and slowdowns before expiry are unprotected)" : "without a no-strike clause")}"
            : "none in force at the start";
        return $"Contract: {now}; a new contract lasts {c.TermWeeks} weeks and includes a no-strike clause {Percent(c.NoStrikeClauseRate)} of the time; "
            + $"grievances take {c.GrievanceDelayWeeks} weeks to arbitration, upheld {Percent(c.ArbitrationUpheldProbability)} of the time; "
            + $"a strike needs {Percent(c.StrikeVoteThreshold)} yes votes after {c.BargainingWindowWeeks} weeks of bargaining.";
    }

    private static string Employer(WorkplaceSpec w)
    {
        var e = w.Employer;
        return $"Employer: hostility {Numbers.Fixed(e.Hostility, 2)} ({Level(e.Hostility)}); retaliation rate {Numbers.Fixed(e.RetaliationRate, 3)} a week against a visible, unprotected leader; "
            + $"red-baiting {Numbers.Fixed(e.RedBaiting, 2)} ({Level(e.RedBaiting)}); {(e.CaptiveAudienceMeetings ? "holds" : "does not hold")} captive-audience meetings; "
            + $"breaks the rules in an unorganized department with probability {Numbers.Fixed(e.ViolationRate, 2)} a week; "
            + $"a full stoppage costs it {Numbers.Fixed(e.DisruptionCostMultiple, 1)} weeks of payroll a week.";
    }

    private static string Demand(DemandSpec d) => d.Kind == DemandKind.Wage
        ? $"{d.Id} (a {Numbers.Fixed(d.WagePct, 1)}% raise)"
        : $"{d.Id} (non-wage, costing the employer {Numbers.Fixed(d.Cost, 2)} weeks of payroll)";

    private static string Shock(ShockSpec s) => s.Kind switch
    {
        ShockKind.LeadershipTurnsConservative => $"week {s.Week}, a conservative leadership takes office in the union",
        ShockKind.Layoff => $"week {s.Week}, {s.Count} workers are laid off",
        ShockKind.LeaderFired => $"week {s.Week}, the most visible worker-leader is fired",
        ShockKind.ActionUnderWay => $"week {s.Week}, {Percent(s.Size)} of workers are already taking action",
        ShockKind.ConditionsWorsen => $"week {s.Week}, conditions get worse (grievance +{Numbers.Fixed(s.Size, 2)})",
        _ => $"week {s.Week}, {s.Kind}",
    };

    private static string Percent(double share) => Numbers.Fixed(share * 100, 0) + "%";

    private static string Level(double value) => value switch
    {
        < 0.3 => "low",
        < 0.6 => "moderate",
        < 0.8 => "high",
        _ => "very high",
    };
}
