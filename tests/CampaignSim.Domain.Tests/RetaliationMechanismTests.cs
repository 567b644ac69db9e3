using CampaignSim.Domain.Committee;
using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Leadership;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Tactics;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// How a hostile employer retaliates, when a union files, withdraws and files again, and what a lost election leaves of
/// a drive (docs/ODD.md §7.7, §7.9): given a hand-built state, when the employer or the drive decides, then these events.
/// </summary>
public class RetaliationMechanismTests
{
    private static readonly EmployerSpec Hostile = new() { Hostility = 1 };

    private static WorkerProfile[] Floor(int n, int committee) =>
        Enumerable.Range(0, n).Select(i => Given.Worker(grievance: 0.6, commitment: 0.2, committee: i < committee)).ToArray();

    /// <summary>
    /// Weeks of petitions from week 2 until the employer fires at least <paramref name="atLeast"/> workers in one week (at
    /// most week 80): with a purge chance of 0.2 a week the decision comes within a few months; until then leaders may go
    /// one at a time. Returns that week's firings, or the last week's when none came.
    /// </summary>
    private static List<WorkerFired> FirstWave(Given given, int atLeast)
    {
        var wave = new List<WorkerFired>();
        for (var week = 2; week <= 80 && wave.Count < atLeast; week++)
        {
            given.Apply(new WeekPassed(week), new ActionCalled(week, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));
            given.Decided.Clear();
            given.Run(EmployerDecider.Retaliation(given.View, given.Random.Employer));
            wave = given.Decided.OfType<WorkerFired>().ToList();
        }

        return wave;
    }

    [Fact]
    public void an_employer_that_decides_to_purge_fires_every_known_leader_in_one_week_and_nobody_else()
    {
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = Hostile };
        var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0.2 } };
        var given = Given.Workplace(spec, "independent-solidarity", Floor(40, 6), Given.Ring(40), mechanics);
        given.Apply(new ActionCalled(1, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));

        var wave = FirstWave(given, atLeast: 2);

        Assert.True(wave.Count >= 2, "no purge in 80 weeks at a chance of 0.2 a week");
        // No union, no contract: nobody is protected, so every committee member still employed goes, and only they.
        Assert.All(wave, f => Assert.True(f.Leader));
        var f = given.State0.Workforce;
        Assert.DoesNotContain(Enumerable.Range(0, 6), i => f.Has(i, WorkerFlags.Committee) && f.Has(i, WorkerFlags.Employed));
        Assert.DoesNotContain(given.Decided, e => e is WorkerDisciplined);
    }

    [Fact]
    public void a_purge_takes_the_members_of_a_public_solidarity_union_with_its_leaders_and_leaves_the_rest()
    {
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = Hostile };
        var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0.2 } };
        var given = Given.Workplace(spec, "independent-solidarity", Floor(40, 6), Given.Ring(40), mechanics);
        // Ten members who have led nothing: nobody has seen them at more than a petition signed by everyone.
        for (var i = 10; i < 20; i++) given.Apply(new WorkerJoinedOrganization(1, 0, i, OrganizationKind.Solidarity));
        given.Apply(new ActionCalled(1, 0, Tactic.Petition, "staffing", DecisionMaker.Workers, true, false, -1, 40, 40));
        var f = given.State0.Workforce;
        Assert.All(Enumerable.Range(10, 10), i => Assert.True(f.Visibility[i] < given.View.M.Employer.PurgeMinVisibility));

        var wave = FirstWave(given, atLeast: 7);

        Assert.True(wave.Count >= 7, "no purge in 80 weeks at a chance of 0.2 a week");
        // The members go with the committee members still employed; the twenty who never joined stay.
        Assert.All(Enumerable.Range(10, 10), i => Assert.False(f.Has(i, WorkerFlags.Employed), $"member {i} kept"));
        Assert.All(Enumerable.Range(20, 20), i => Assert.True(f.Has(i, WorkerFlags.Employed), $"non-member {i} fired"));
        Assert.DoesNotContain(Enumerable.Range(0, 6), i => f.Has(i, WorkerFlags.Committee) && f.Has(i, WorkerFlags.Employed));
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
    public void a_quiet_committee_draws_full_heat_outside_a_board_drive_and_the_quiet_level_between_a_drives_filings_and_actions()
    {
        var mechanics = new MechanicsSpec { Employer = new EmployerMechanics { PurgeChance = 0 } };
        int Hits(string model, bool? won)
        {
            var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Employer = Hostile with { RetaliationRate = 0.05 } };
            var given = Given.Workplace(spec, model, Floor(200, 40), Given.Ring(200), mechanics);
            given.Apply(new DriveWentPublic(1, 0, 120, 200));
            if (won is { } w) given.Apply(new RecognitionPetitionFiled(1, 0, 2), new CertificationElectionHeld(2, 0, 200, w ? 150 : 50, w));
            var hits = 0;
            // Long after any action or petition: only the committee (or the union) is left to provoke the employer.
            for (var week = 3; week <= 52; week++)
            {
                given.Apply(new WeekPassed(week));
                given.Decided.Clear();
                given.Run(EmployerDecider.Retaliation(given.View, given.Random.Employer));
                hits += given.Decided.OfType<WorkerFired>().Count() + given.Decided.OfType<WorkerDisciplined>().Count();
            }

            return hits;
        }

        var afterWin = Hits("business-unionism", won: true);
        var afterLoss = Hits("business-unionism", won: false);
        var minority = Hits("independent-solidarity", won: null);
        // Heat 0.2 (quiet) in a Board drive between its filings and actions, won or lost; 1 for a known committee of a
        // union outside the Board's process, which the employer may fire from any week.
        Assert.True(afterWin * 2 < minority, $"after a win {afterWin} hits, a minority union's committee {minority}");
        Assert.True(afterLoss * 2 < minority, $"after a loss {afterLoss} hits, a minority union's committee {minority}");
    }

    /// <summary>A unit of 20, all with cards (commitment 0.6), the first <paramref name="afraid"/> more afraid than committed.</summary>
    private static Given CardedUnit(int afraid, int weeks = 10)
    {
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false } };
        var workers = Enumerable.Range(0, 20).Select(i => Given.Worker(commitment: 0.6, fear: i < afraid ? 0.8 : 0.3, committee: i < 2)).ToArray();
        var given = Given.Workplace(spec, "business-unionism", workers, Given.Ring(20), weeks: weeks);
        given.Apply(new CardsSigned(1, 0, Enumerable.Range(0, 20).ToArray()));
        return given;
    }

    [Fact]
    public void the_union_files_only_when_its_count_of_the_signers_it_can_rely_on_shows_a_majority()
    {
        // Every worker has signed; with 11 of 20 more afraid than committed, 9 can be counted on: no petition.
        var doubtful = CardedUnit(afraid: 11);
        doubtful.Apply(new WeekPassed(2));
        doubtful.Run(RecognitionDrive.Week(doubtful.View));
        Assert.DoesNotContain(doubtful.Decided, e => e is RecognitionPetitionFiled);

        // With 10 afraid, 10 of 20 is the majority's half the union needs.
        var sure = CardedUnit(afraid: 10);
        sure.Apply(new WeekPassed(2));
        sure.Run(RecognitionDrive.Week(sure.View));
        Assert.Single(sure.Decided.OfType<RecognitionPetitionFiled>());
    }

    [Fact]
    public void an_afraid_signer_who_stood_up_in_an_action_lately_counts_as_sure_until_the_test_goes_stale()
    {
        // 11 of 20 more afraid than committed: 9 counted, no petition, until one of the afraid marches on the boss.
        var tested = CardedUnit(afraid: 11, weeks: 40);
        tested.Apply(new WeekPassed(2), new ActionTaken(2, 0, Tactic.MarchOnTheBoss, [0], 1));
        Assert.True(tested.View.Workforce.Commitment[0] < tested.View.Workforce.Fear[0], "acting alone did not make her more committed than afraid");
        tested.Apply(new WeekPassed(3));
        tested.Run(RecognitionDrive.Week(tested.View));
        Assert.Single(tested.Decided.OfType<RecognitionPetitionFiled>());

        // The same march, longer ago than a structure test holds: the count reads commitment against fear again.
        var stale = CardedUnit(afraid: 11, weeks: 40);
        stale.Apply(new WeekPassed(2), new ActionTaken(2, 0, Tactic.MarchOnTheBoss, [0], 1));
        var staleWeek = 2 + (int)new ElectionMechanics().StructureTestWeeks + 1;
        stale.Apply(new WeekPassed(staleWeek));
        stale.Run(RecognitionDrive.Week(stale.View));
        Assert.DoesNotContain(stale.Decided, e => e is RecognitionPetitionFiled);
    }

    [Fact]
    public void in_a_public_drive_the_workers_who_stood_up_sign_cards_and_in_a_quiet_one_only_the_committed_do()
    {
        Given Unit(bool goPublic)
        {
            var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false } };
            // Commitment 0.3, below the 0.5 at which a worker signs on her own; the last two are committed and sign.
            var workers = Enumerable.Range(0, 20).Select(i => Given.Worker(commitment: i >= 18 ? 0.9 : 0.3, committee: i >= 18)).ToArray();
            var given = Given.Workplace(spec, "militant-mainstream", workers, Given.Ring(20), weeks: 20);
            if (goPublic) given.Apply(new DriveWentPublic(1, 0, 2, 20));
            given.Apply(new WeekPassed(2), new ActionTaken(2, 0, Tactic.Petition, [0, 1, 2, 3, 4, 5], 1), new WeekPassed(3));
            given.Decided.Clear();
            given.Run(RecognitionDrive.Week(given.View));
            return given;
        }

        Assert.Equal([0, 1, 2, 3, 4, 5, 18, 19], Assert.Single(Unit(goPublic: true).Decided.OfType<CardsSigned>()).Workers);
        Assert.Equal([18, 19], Assert.Single(Unit(goPublic: false).Decided.OfType<CardsSigned>()).Workers);
    }

    [Fact]
    public void the_week_before_the_vote_a_union_whose_count_is_below_a_majority_withdraws()
    {
        var sure = CardedUnit(afraid: 0);
        sure.Apply(new RecognitionPetitionFiled(2, 0, 6));
        sure.Decided.Clear();
        sure.Run(RecognitionDrive.LastCount(sure.View));
        Assert.Empty(sure.Decided);

        // Filed on a count that has since fallen: 12 of the 20 are now more afraid than committed, 8 can be counted on.
        var shaken = CardedUnit(afraid: 12);
        shaken.Apply(new RecognitionPetitionFiled(2, 0, 6));
        shaken.Run(RecognitionDrive.LastCount(shaken.View));
        var withdrawn = Assert.Single(shaken.Decided.OfType<RecognitionPetitionWithdrawn>());
        Assert.Equal((8, 20), (withdrawn.Counted, withdrawn.Unit));
        Assert.False(shaken.State0.Docket.PetitionFiled);
    }

    [Fact]
    public void after_a_won_election_the_committed_signers_join_and_the_afraid_wait_for_a_contract()
    {
        // All 20 signed, none a member yet; 8 are now more afraid than committed.
        IEnumerable<int> FirstMembers(bool firstMarched)
        {
            var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false } };
            var workers = Enumerable.Range(0, 20).Select(i => Given.Worker(commitment: 0.6, fear: i < 8 ? 0.8 : 0.3, committee: i >= 18, member: false)).ToArray();
            var given = Given.Workplace(spec, "business-unionism", workers, Given.Ring(20));
            given.Apply(new CardsSigned(1, 0, Enumerable.Range(0, 20).ToArray()), new WeekPassed(2));
            if (firstMarched) given.Apply(new ActionTaken(2, 0, Tactic.MarchOnTheBoss, [0], 1));
            given.Apply(new WeekPassed(3));
            given.Decided.Clear();
            given.Run(LeadershipDecider.FirstMembers(given.View));
            return given.Decided.OfType<WorkerJoinedOrganization>().Select(e => e.Worker).Order();
        }

        Assert.Equal(Enumerable.Range(8, 12), FirstMembers(firstMarched: false));
        // One of the afraid marched the week before: the union counted her vote as sure, but joining is an open act she
        // still waits on.
        Assert.Equal(Enumerable.Range(8, 12), FirstMembers(firstMarched: true));
    }

    [Fact]
    public void a_withdrawal_bars_a_new_petition_for_six_months()
    {
        var given = CardedUnit(afraid: 0, weeks: 60);
        given.Apply(new RecognitionPetitionFiled(2, 0, 6), new RecognitionPetitionWithdrawn(5, 0, 8, 20));
        given.Decided.Clear();

        given.Apply(new WeekPassed(30));
        given.Run(RecognitionDrive.Week(given.View));
        Assert.DoesNotContain(given.Decided, e => e is RecognitionPetitionFiled);

        given.Apply(new WeekPassed(31));
        given.Run(RecognitionDrive.Week(given.View));
        Assert.Equal(35, Assert.Single(given.Decided.OfType<RecognitionPetitionFiled>()).ElectionWeek);
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
