using CampaignSim.Domain.Committee;
using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Tactics;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// How a hostile employer retaliates and what a lost election leaves of a drive (docs/ODD.md §7.7, §7.9): given a
/// hand-built state, when the employer or the drive decides, then these events.
/// </summary>
public class RetaliationMechanismTests
{
    private static readonly EmployerSpec Hostile = new() { Hostility = 1 };

    private static WorkerProfile[] Floor(int n, int committee) =>
        Enumerable.Range(0, n).Select(i => Given.Worker(grievance: 0.6, commitment: 0.2, committee: i < committee)).ToArray();

    [Fact]
    public void an_employer_that_decides_to_purge_fires_every_known_leader_in_one_week_and_nobody_else()
    {
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = Hostile };
        var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0.2 } };
        var given = Given.Workplace(spec, "independent-solidarity", Floor(40, 6), Given.Ring(40), mechanics);
        given.Apply(new ActionCalled(1, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));

        // With a chance of 0.2 a week the decision comes within a few months; until then leaders may go one at a time.
        var wave = new List<WorkerFired>();
        for (var week = 2; week <= 80 && wave.Count < 2; week++)
        {
            given.Apply(new WeekPassed(week), new ActionCalled(week, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));
            given.Decided.Clear();
            given.Run(EmployerDecider.Retaliation(given.View, given.Random.Employer));
            wave = given.Decided.OfType<WorkerFired>().ToList();
        }

        Assert.True(wave.Count >= 2, "no purge in 80 weeks at a chance of 0.2 a week");
        // No union, no contract: nobody is protected, so every committee member still employed goes, and only they.
        Assert.All(wave, f => Assert.True(f.Leader));
        var f = given.State0.Workforce;
        Assert.DoesNotContain(Enumerable.Range(0, 6), i => f.Has(i, WorkerFlags.Committee) && f.Has(i, WorkerFlags.Employed));
        Assert.DoesNotContain(given.Decided, e => e is WorkerDisciplined);
    }

    [Fact]
    public void without_the_purge_a_hostile_employer_fires_leaders_one_at_a_time()
    {
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = Hostile with { RetaliationRate = 0.2 } };
        var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0 } };
        var given = Given.Workplace(spec, "independent-solidarity", Floor(40, 6), Given.Ring(40), mechanics);
        var mostInOneWeek = 0;
        var fired = 0;
        for (var week = 2; week <= 60; week++)
        {
            given.Apply(new WeekPassed(week), new ActionCalled(week, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));
            given.Decided.Clear();
            given.Run(EmployerDecider.Retaliation(given.View, given.Random.Employer));
            var now = given.Decided.OfType<WorkerFired>().Count();
            fired += now;
            mostInOneWeek = Math.Max(mostInOneWeek, now);
        }

        Assert.True(fired >= 4, $"only {fired} fired at a retaliation rate of 0.2");
        // Each leader's chance is her own: six leaders each hit with a chance of 0.2 × 0.35 a week rarely fall together.
        Assert.True(mostInOneWeek <= 2, $"{mostInOneWeek} fired in one week");
    }

    [Fact]
    public void a_won_drive_with_a_quiet_floor_is_retaliated_against_far_less_than_a_committee_with_no_union()
    {
        var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0 } };
        int Firings(bool won)
        {
            var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = Hostile with { RetaliationRate = 0.05 } };
            var given = Given.Workplace(spec, "business-unionism", Floor(200, 40), Given.Ring(200), mechanics);
            given.Apply(new RecognitionPetitionFiled(1, 0, 2), new CertificationElectionHeld(2, 0, 200, won ? 150 : 50, won));
            var fired = 0;
            // Long after any action or petition: only the committee (or the union) is left to provoke the employer.
            for (var week = 3; week <= 52; week++)
            {
                given.Apply(new WeekPassed(week));
                given.Decided.Clear();
                given.Run(EmployerDecider.Retaliation(given.View, given.Random.Employer));
                fired += given.Decided.OfType<WorkerFired>().Count() + given.Decided.OfType<WorkerDisciplined>().Count();
            }

            return fired;
        }

        var afterWin = Firings(won: true);
        var afterLoss = Firings(won: false);
        // Heat 0.2 (quiet) against 1 (a known committee where no union represents the workers).
        Assert.True(afterWin * 2 < afterLoss, $"after a win {afterWin} hits, after a loss {afterLoss}");
    }

    [Fact]
    public void a_lost_election_voids_the_cards_and_only_those_still_committed_sign_again()
    {
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false } };
        var workers = Enumerable.Range(0, 20).Select(i => Given.Worker(commitment: i < 10 ? 0.55 : 0.9, committee: i < 2)).ToArray();
        var given = Given.Workplace(spec, "business-unionism", workers, Given.Ring(20));
        given.Run(RecognitionDrive.Week(given.View));
        Assert.Equal(20, given.Decided.OfType<CardsSigned>().Single().Workers.Length);

        given.Apply(new CertificationElectionHeld(1, 0, 20, 9, false));
        var f = given.State0.Workforce;
        Assert.DoesNotContain(Enumerable.Range(0, 20), i => f.Has(i, WorkerFlags.CardSigned));

        given.Decided.Clear();
        given.Apply(new WeekPassed(2));
        given.Run(RecognitionDrive.Week(given.View));
        // 0.55 less the defeat's 0.1 is under the signing threshold of 0.5; 0.9 less 0.1 is not.
        var again = given.Decided.OfType<CardsSigned>().Single().Workers;
        Assert.Equal(Enumerable.Range(10, 10), again.Order());
    }
}
