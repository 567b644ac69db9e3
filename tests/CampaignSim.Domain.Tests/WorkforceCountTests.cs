using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// The counts the workforce keeps as flags change (employed by class, department and unit, organizers on the floor, the
/// solidarity union's reach) equal a recount of the workers after campaigns with firings, reinstatements, a layoff,
/// committee turnover and a decertification drive.
/// </summary>
public class WorkforceCountTests
{
    /// <summary>A workplace with two job classes, a hostile employer, a layoff and a leader fired (also folded both ways by <see cref="WeekInFoursTests"/>).</summary>
    internal static readonly Scenario Busy = new()
    {
        Weeks = 80,
        Workplaces =
        [
            new WorkplaceSpec
            {
                Workers = 90,
                Departments = 4,
                JobClasses =
                [
                    new JobClassSpec { Id = "unit", Share = 0.6 },
                    new JobClassSpec { Id = "outside", Share = 0.4, InBargainingUnit = false },
                ],
                Employer = new EmployerSpec { Hostility = 0.9, RetaliationRate = 0.1 },
                Shocks =
                [
                    new ShockSpec { Week = 10, Kind = ShockKind.Layoff, Count = 7 },
                    new ShockSpec { Week = 20, Kind = ShockKind.LeaderFired },
                ],
            },
        ],
    };

    public static TheoryData<string> Models() => [.. ModelCatalog.Ids];

    [Theory]
    [MemberData(nameof(Models))]
    public void the_kept_counts_equal_a_recount_after_a_campaign(string model)
    {
        for (var seed = 1UL; seed <= 3; seed++)
        {
            var f = CampaignEngine.Run(Busy, model, seed).State.Workplaces[0].Workforce;
            var employed = Enumerable.Range(0, f.Count).Where(i => f.Has(i, WorkerFlags.Employed)).ToArray();

            Assert.Equal(employed.Length, f.Employed);
            Assert.Equal(employed.Count(i => f.InUnit(i)), f.EmployedInUnit);
            Assert.Equal(employed.Count(i => f.Has(i, WorkerFlags.Committee)), f.CommitteeSize);
            Assert.Equal(employed.Count(i => f.Has(i, WorkerFlags.Committee) || f.Has(i, WorkerFlags.Solidarity)), f.SolidarityOrCommittee);
            for (var c = 0; c < 2; c++) Assert.Equal(employed.Count(i => f.JobClass[i] == c), f.EmployedIn(c));
            for (var d = 0; d < 4; d++)
            {
                Assert.Equal(employed.Count(i => f.Department[i] == d), f.EmployedInDepartment(d));
                Assert.Equal(employed.Count(i => f.Department[i] == d && (f.Has(i, WorkerFlags.Committee) || f.Has(i, WorkerFlags.Steward))),
                    f.OrganizersInDepartment(d, unionPresent: true));
                Assert.Equal(employed.Count(i => f.Department[i] == d && f.Has(i, WorkerFlags.Committee)), f.OrganizersInDepartment(d, unionPresent: false));
            }
        }
    }
}
