using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Tactics;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// Employers differ (docs/ODD.md §7.7): each run's employer is the scenario's, give or take
/// <c>mechanics.employer.hostilitySpread</c>; every model in a replication meets the same one, and what it does follows
/// the run's hostility, not the scenario's.
/// </summary>
public class EmployerStanceTests
{
    private const int Replications = 300;

    [Fact]
    public void every_model_in_a_replication_meets_the_same_employer_and_employers_spread_around_the_scenarios()
    {
        var scenario = Runs.Workplace(w => w with { Employer = w.Employer with { Hostility = 0.6 } }, weeks: 2);
        var stances = Enumerable.Range(1, Replications).Select(seed =>
        {
            var a = CampaignEngine.Run(scenario, "business-unionism", (ulong)seed).Events.OfType<EmployerStanceSet>().Single();
            var b = CampaignEngine.Run(scenario, "independent-solidarity", (ulong)seed).Events.OfType<EmployerStanceSet>().Single();
            Assert.Equal(a, b);
            return a.Hostility;
        }).ToArray();

        var mean = stances.Average();
        var sd = Math.Sqrt(stances.Average(h => (h - mean) * (h - mean)));
        // 0.6 × (1 + 0.3 × N(0, 1)): mean 0.6, SD 0.18; 300 draws put the mean within ±0.03 and the SD within ±0.03.
        Assert.InRange(mean, 0.57, 0.63);
        Assert.InRange(sd, 0.15, 0.21);
        Assert.All(stances, h => Assert.InRange(h, 0, 1));
    }

    [Fact]
    public void with_no_spread_the_employer_is_the_scenarios_and_the_workforce_stream_is_left_as_it_was()
    {
        var spec = new WorkplaceSpec { Employer = new EmployerSpec { Hostility = 0.7 } };
        var drawn = RandomSource.For(5, RandomStream.Workforce, 0);
        var untouched = RandomSource.For(5, RandomStream.Workforce, 0);

        var stance = EmployerDecider.Stance(spec, new EmployerMechanics { HostilitySpread = 0 }, 0, drawn);

        Assert.Equal(0.7, stance.Hostility);
        Assert.Equal(untouched.NextUInt(), drawn.NextUInt());
    }

    [Fact]
    public void a_run_with_a_more_hostile_employer_retaliates_more_than_one_with_a_milder_one_in_the_same_workplace()
    {
        int Fired(double hostility)
        {
            var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = new EmployerSpec { Hostility = 0.6, RetaliationRate = 0.1 } };
            var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0 } };
            var workers = Enumerable.Range(0, 40).Select(i => Given.Worker(grievance: 0.6, commitment: 0.2, committee: i < 10)).ToArray();
            var given = Given.Workplace(spec, "independent-solidarity", workers, Given.Ring(40), mechanics);
            given.Apply(new EmployerStanceSet(0, 0, hostility));
            var fired = 0;
            for (var week = 1; week <= 40; week++)
            {
                given.Apply(new WeekPassed(week), new ActionCalled(week, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));
                given.Decided.Clear();
                given.Run(EmployerDecider.Retaliation(given.View, given.Random.Employer));
                fired += given.Decided.Count(e => e is WorkerFired or WorkerDisciplined);
            }
            return fired;
        }

        // The scenario says 0.6 for both; the run's stance decides. Same seed, same workers: only the stance differs.
        var mild = Fired(0.2);
        var harsh = Fired(0.95);
        Assert.True(harsh >= 2 * Math.Max(1, mild), $"retaliation against a committee of ten: {mild} with a mild employer, {harsh} with a harsh one");
    }

    [Fact]
    public void a_charge_in_the_drive_tells_of_a_harsher_employer_and_harsher_employers_leave_more_won_units_without_a_contract()
    {
        // A recognition drive against a hostile employer followed for five years (as the calibration's drive case). A
        // charge follows a firing, and firings come more often from a harsher employer, who also stalls at the table and
        // concedes less: so a charge in the drive tells of a harder road to a first contract (Ferguson and Kochan 2008
        // found 30% fewer first contracts after a charge). When employers are alike, a charge tells nothing of the kind.
        var drive = Runs.Workplace(w => w with
        {
            Union = new UnionSpec { Present = false },
            Contract = w.Contract with { InForce = false },
            Committee = w.Committee with { InitialMembers = 10 },
            Employer = w.Employer with { Hostility = 0.6 },
        }, weeks: 260);
        var runs = new[] { "business-unionism", "militant-mainstream" }.SelectMany(m => Runs.Of(drive, m, 600))
            .Select(r => (
                Hostility: r.Events.OfType<EmployerStanceSet>().Single().Hostility,
                Election: r.Events.OfType<CertificationElectionHeld>().FirstOrDefault(),
                Charged: r.Events.OfType<ChargeFiled>().Any(c => c.Channel == RemedyChannel.UnfairLaborPracticeCharge
                    && c.Week <= (r.Events.OfType<CertificationElectionHeld>().FirstOrDefault()?.Week ?? int.MaxValue)),
                Contract: r.Events.OfType<ContractRatified>().Any(c => c.FirstContract)))
            .Where(r => r.Election is not null)
            .ToArray();

        var charged = runs.Where(r => r.Charged).Average(r => r.Hostility);
        var uncharged = runs.Where(r => !r.Charged).Average(r => r.Hostility);
        Assert.True(charged > uncharged + 0.06, $"the run's employer hostility: {charged:F3} in drives with a charge, {uncharged:F3} without");

        var won = runs.Where(r => r.Election!.Won).OrderBy(r => r.Hostility).ToArray();
        var third = won.Length / 3;
        var mild = won.Take(third).Average(u => u.Contract ? 1.0 : 0);
        var harsh = won.Skip(won.Length - third).Average(u => u.Contract ? 1.0 : 0);
        Assert.True(harsh < mild - 0.03, $"won units that reach a first contract in five years: {mild:P1} with the mildest third of employers, {harsh:P1} with the harshest");
    }
}
