using CampaignSim.Domain.Bargaining;
using CampaignSim.Domain.Committee;
using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Tactics;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>Single mechanisms: given a state, when a mechanism decides, then these events or values.</summary>
public class MechanismTests
{
    private static readonly WorkplaceSpec UnderContract = new()
    {
        Contract = new ContractSpec { InForce = true, ExpiryWeek = 10, NoStrikeClause = true },
    };

    [Fact]
    public void a_stoppage_under_a_no_strike_clause_is_called_unprotected_and_a_petition_is_not()
    {
        var given = Given.Workplace(UnderContract, "independent-solidarity",
            Enumerable.Range(0, 12).Select(i => Given.Worker(grievance: 0.8, committee: i < 3)).ToArray(), Given.Ring(12));
        var p = given.View.Posture;

        given.Run(ActionCall.Call(given.View, given.Random.Participation, p, Tactic.SickOut, "raise", DecisionMaker.Workers, [0, 1, 2]));
        given.Run(ActionCall.Call(given.View, given.Random.Participation, p, Tactic.Petition, "raise", DecisionMaker.Workers, [0, 1, 2]));

        var calls = given.Decided.OfType<ActionCalled>().ToArray();
        Assert.False(calls[0].Protected);
        Assert.True(calls[1].Protected);
    }

    [Fact]
    public void without_a_contract_in_force_the_same_stoppage_is_protected()
    {
        var spec = UnderContract with { Contract = UnderContract.Contract with { InForce = false } };
        var given = Given.Workplace(spec, "independent-solidarity",
            Enumerable.Range(0, 12).Select(i => Given.Worker(grievance: 0.8, committee: i < 3)).ToArray(), Given.Ring(12));

        given.Run(ActionCall.Call(given.View, given.Random.Participation, given.View.Posture, Tactic.SickOut, "raise", DecisionMaker.Workers, [0, 1, 2]));

        Assert.True(given.Decided.OfType<ActionCalled>().Single().Protected);
        Assert.DoesNotContain(given.Decided, e => e is WorkerDisciplined { Lawful: true });
    }

    /// <summary>
    /// With every weight of the participation rule at zero (no grievance, fear, commitment, lost pay, stigma or loyalty
    /// terms, nobody held back by unwillingness, everyone available), the rule is Granovetter's (1978) threshold model on
    /// a complete network. His riot example: 100 people with thresholds 0, 1, …, 99 (here as shares of the other 99)
    /// all join; move the person with threshold 1 to threshold 2 and only the instigator acts.
    /// </summary>
    [Fact]
    public void with_every_weight_at_zero_the_participation_rule_is_granovetters_riot_example()
    {
        var zero = new Domain.Mechanics.MechanicsSpec
        {
            Participation = new Domain.Mechanics.ParticipationMechanics
            {
                LostPayWeight = 0, StigmaWeight = 0, LoyaltyWeight = 0, WillingnessFloor = -1, InitiatorFearLimit = 1,
                WillingnessGrievance = 0, WillingnessCommitment = 0, WillingnessFearProtected = 0, WillingnessFearUnprotected = 0,
            },
        };
        var weightless = new WorkplaceSpec
        {
            Union = new UnionSpec { Present = false },
            Behaviour = new BehaviourSpec { GrievanceWeight = 0, FearWeight = 0, CommitmentWeight = 0, CrossCraftPenalty = 0 },
        };
        int[] Joined(Func<int, int> thresholdOf)
        {
            var workers = Enumerable.Range(0, 100).Select(i => Given.Worker(grievance: 0.5, fear: 0.9, commitment: 0.2, threshold: thresholdOf(i) / 99.0)).ToArray();
            var given = Given.Workplace(weightless, "independent-solidarity", workers, ties: null, zero);
            return ParticipationRule.Participants(given.View, given.Random.Participation, given.View.Posture, Tactic.Strike, true, false, []);
        }

        Assert.Equal(100, Joined(i => i).Length);
        Assert.Equal([0], Joined(i => i == 1 ? 2 : i));
    }

    [Fact]
    public void a_worker_with_no_grievance_stays_out_of_a_strike_even_when_all_her_ties_are_in()
    {
        var workers = Enumerable.Range(0, 5).Select(i => Given.Worker(grievance: 0.9, commitment: 0.9, committee: true)).ToList();
        workers.Add(Given.Worker(grievance: 0.0, threshold: 0.0));
        var ties = Enumerable.Range(0, 6).Select(i => Enumerable.Range(0, 6).Where(j => j != i).ToArray()).ToArray();
        var given = Given.Workplace(UnderContract with { Contract = UnderContract.Contract with { InForce = false } }, "independent-solidarity", workers, ties);

        var joined = ParticipationRule.Participants(given.View, given.Random.Participation, given.View.Posture, Tactic.Strike, true, false, [0, 1, 2, 3, 4]);

        Assert.Equal([0, 1, 2, 3, 4], joined);
    }

    [Fact]
    public void a_craft_unions_call_does_not_reach_another_class_except_through_ties()
    {
        var spec = new WorkplaceSpec
        {
            JobClasses =
            [
                new JobClassSpec { Id = "nurses", Share = 0.5, InBargainingUnit = true },
                new JobClassSpec { Id = "aides", Share = 0.5, InBargainingUnit = false },
            ],
        };
        var workers = new[]
        {
            Given.Worker(grievance: 0.9, committee: true), Given.Worker(grievance: 0.9, committee: true),
            Given.Worker(grievance: 0.9, threshold: 0.0, jobClass: 1, member: false),
        };
        int[][] noTies = [[1], [0], []];
        var craft = Given.Workplace(spec, "militant-mainstream", workers, noTies);
        var industrial = Given.Workplace(spec, "hybrid-dual-card", workers, noTies);

        var craftCall = ParticipationRule.Participants(craft.View, craft.Random.Participation, craft.View.Posture, Tactic.MarchOnTheBoss, true, false, [0, 1]);
        var industrialCall = ParticipationRule.Participants(industrial.View, industrial.Random.Participation, industrial.View.Posture, Tactic.MarchOnTheBoss, true, false, [0, 1]);

        Assert.DoesNotContain(2, craftCall);
        Assert.Contains(2, industrialCall);
    }

    [Fact]
    public void protection_is_highest_for_a_member_under_a_contract_the_union_backs_and_lowest_without_either()
    {
        var workers = new[] { Given.Worker(member: true), Given.Worker(member: false) };
        var contract = Given.Workplace(UnderContract, "hybrid-dual-card", workers, [[1], [0]]);
        var bare = Given.Workplace(UnderContract with { Union = new UnionSpec { Present = false } }, "independent-solidarity", workers, [[1], [0]]);

        var backedMember = EmployerDecider.Protection(contract.View, contract.View.Posture, 0);
        var contractOnly = EmployerDecider.Protection(contract.View, contract.View.Posture, 1);
        var none = EmployerDecider.Protection(bare.View, bare.View.Posture, 0);

        Assert.True(backedMember > contractOnly && contractOnly > none, $"{backedMember} > {contractOnly} > {none}");
        Assert.Equal(0, none);
    }

    [Fact]
    public void a_worker_who_quits_takes_her_seat_cards_and_relationships_with_her_and_a_new_hire_starts_in_her_place()
    {
        // Turnover 52 a year: every worker quits in the first week it runs (a chance of one a week).
        var workers = Enumerable.Range(0, 12).Select(i => Given.Worker(grievance: 0.7, commitment: i < 3 ? 0.9 : 0.6, committee: i < 3)).ToArray();
        var spec = new WorkplaceSpec { Union = new UnionSpec { Present = false }, Turnover = 52, ProbationWeeks = 13 };
        var given = Given.Workplace(spec, "militant-mainstream", workers, Given.Ring(12));
        given.Apply(new CardsSigned(1, 0, Enumerable.Range(0, 12).ToArray()));
        given.Apply(new OneOnOneHeld(1, 0, 5, ContactDepth.Deep, false, 0, Openness: 0, Appeal: 0));
        var f = given.State0.Workforce;
        var wageBefore = f.Wage[5];
        Assert.Equal(3, f.CommitteeSize);
        Assert.Equal(4, f.Counted);

        given.Run(Workers.Turnover.Week(given.View, given.Random.Turnover));

        var quit = Assert.Single(given.Decided.OfType<WorkersQuit>());
        Assert.Equal(Enumerable.Range(0, 12), quit.Workers);
        Assert.Equal([0, 1, 2], quit.CommitteeMembers);
        Assert.Equal(12, f.Employed);
        Assert.Equal(0, f.CommitteeSize);
        Assert.Equal(0, f.Counted);
        Assert.Equal(3, f.LeadersWhoLeft);
        Assert.All(Enumerable.Range(0, 12), i =>
        {
            Assert.False(f.Has(i, WorkerFlags.CardSigned | WorkerFlags.DeepContact));
            Assert.Equal(13, f.Probation[i]);
            Assert.True(f.Commitment[i] < 0.2, $"new hire {i} starts at commitment {f.Commitment[i]}");
            Assert.Equal(-1, f.OrganizerOf[i]);
        });
        // The place keeps its wage, so a raise the campaign won stays with the job.
        Assert.Equal(wageBefore, f.Wage[5]);

        // With no turnover stated, nobody quits and nothing is drawn.
        var still = Given.Workplace(spec with { Turnover = 0 }, "militant-mainstream", workers, Given.Ring(12));
        Assert.Empty(Workers.Turnover.Week(still.View, still.Random.Turnover));
    }

    [Fact]
    public void a_solidarity_unions_committee_are_its_first_members_and_a_worker_with_no_union_card_joins_it_as_she_would_sign_one()
    {
        // Twenty coworkers committed at 0.55, above the commitment at which a card is signed in a drive (0.5) and below
        // the step to a second card (0.6); afraid enough that no conversation takes them further.
        int Joined(string model, bool mainstreamMembers, out Given given)
        {
            var workers = Enumerable.Range(0, 22).Select(i => i < 2
                ? Given.Worker(commitment: 0.9, committee: true)
                : Given.Worker(grievance: 0.1, fear: 0.9, commitment: 0.55, member: mainstreamMembers)).ToArray();
            // No trainings and no union staff: only the committee's conversations, which cannot move them.
            var spec = new WorkplaceSpec
            {
                Union = new UnionSpec { Present = mainstreamMembers, Resources = 0, StaffOrganizers = 0 },
                Behaviour = new BehaviourSpec { TrainingGain = 0 },
            };
            given = Given.Workplace(spec, model, workers, Given.Ring(22), weeks: 60);
            for (var week = 1; week <= 60; week++)
            {
                if (week > 1) given.Apply(new WeekPassed(week));
                given.Run(Committee.Organizing.Week(given.View, given.Random.Organizing));
            }

            var f = given.State0.Workforce;
            return Enumerable.Range(2, 20).Count(i => f.Has(i, WorkerFlags.Solidarity));
        }

        var noCard = Joined("independent-solidarity", mainstreamMembers: false, out var independent);
        var secondCard = Joined("hybrid-dual-card", mainstreamMembers: true, out var hybrid);

        Assert.True(noCard >= 5, $"only {noCard} of 20 without a union card joined the solidarity union");
        Assert.Equal(0, secondCard);
        foreach (var g in new[] { independent, hybrid })
            Assert.True(g.State0.Workforce.Has(0, WorkerFlags.Solidarity) && g.State0.Workforce.Has(1, WorkerFlags.Solidarity), "a founder is not a member");
        // Nobody was taken past the step to a second card: what separates the two is the card each would take out.
        var highest = new[] { independent, hybrid }.SelectMany(g => Enumerable.Range(2, 20).Select(i => g.State0.Workforce.Commitment[i])).Max();
        Assert.True(highest < 0.6, $"a coworker reached commitment {highest:F2}");
    }

    [Fact]
    public void an_unfamiliar_solidarity_union_gets_a_warmer_hearing_as_it_grows()
    {
        var workers = Enumerable.Range(0, 20).Select(_ => Given.Worker()).ToArray();
        var given = Given.Workplace(new WorkplaceSpec(), "independent-solidarity", workers, Given.Ring(20));
        var w = given.State0;
        var openness = Receptiveness.Openness(w, 10);
        var before = Receptiveness.Appeal(w, 10, OrganizingModels.CommitteeIdentity.Solidarity, Receptiveness.SolidarityFamiliarity(w));

        for (var i = 0; i < 6; i++) given.Apply(new WorkerJoinedOrganization(1, 0, i, OrganizationKind.Solidarity));
        var after = Receptiveness.Appeal(w, 10, OrganizingModels.CommitteeIdentity.Solidarity, Receptiveness.SolidarityFamiliarity(w));

        Assert.True(after > before, $"{after} > {before}");
        Assert.Equal(openness, Receptiveness.Openness(w, 10));
    }

    [Fact]
    public void an_unfamiliar_organization_needs_more_conversations_but_can_bring_an_open_worker_as_far()
    {
        var given = Given.Workplace(new WorkplaceSpec(), "independent-solidarity", [Given.Worker(), Given.Worker()], [[1], [0]]);
        var f = given.State0.Workforce;

        for (var week = 1; week <= 40; week++)
        {
            given.Apply(new OneOnOneHeld(week, 0, 0, ContactDepth.Deep, false, -1, Openness: 0.8, Appeal: 0.9));
            given.Apply(new OneOnOneHeld(week, 0, 1, ContactDepth.Deep, false, -1, Openness: 0.8, Appeal: 0.4));
            if (week == 3) Assert.True(f.Commitment[0] > f.Commitment[1] + 0.1, $"after three conversations: {f.Commitment[0]:F2} against {f.Commitment[1]:F2}");
        }

        var ceiling = Math.Min(1, new Domain.Mechanics.OrganizingMechanics().CommitmentCeilingScale * 0.8);
        Assert.InRange(f.Commitment[1], 0.6, ceiling);
        Assert.InRange(f.Commitment[0], f.Commitment[1], ceiling);
    }

    [Fact]
    public void a_wage_demand_partly_won_in_a_contract_is_pressed_only_for_the_rest()
    {
        var spec = new WorkplaceSpec { Demands = [new DemandSpec { Id = "raise", Kind = DemandKind.Wage, WagePct = 10, Cost = 1 }] };
        var given = Given.Workplace(spec, "independent-solidarity", [Given.Worker(), Given.Worker()], [[1], [0]]);

        given.Apply(new ContractRatified(1, 0, 4, 100, true, false, DecisionMaker.Officials));

        var raise = given.State0.Demands.All.Single();
        Assert.False(raise.Won);
        Assert.Equal(6, raise.RemainingPct, 9);
        Assert.Equal(20 * 1.04, given.State0.Workforce.Wage[0], 9);
    }

    [Fact]
    public void the_employer_weighs_only_the_raise_still_asked_for_whatever_a_contract_already_won()
    {
        static WorkplaceSpec Asking(double pct) => new() { Demands = [new DemandSpec { Id = "raise", Kind = DemandKind.Wage, WagePct = pct, Cost = 1 }] };
        var workers = Enumerable.Range(0, 10).Select(_ => Given.Worker(grievance: 0.8, commitment: 0.6)).ToArray();
        var fresh = Given.Workplace(Asking(6), "militant-mainstream", workers, Given.Ring(10));
        var partlyWon = Given.Workplace(Asking(12), "militant-mainstream", workers, Given.Ring(10));
        partlyWon.Apply(new ContractRatified(1, 0, 6, 100, true, false, DecisionMaker.Officials));

        var offerOnSix = BargainingTable.Offer(fresh.View, fresh.Random.Employer, includeLatentThreat: true).WagePct;
        var offerOnRemainingSix = BargainingTable.Offer(partlyWon.View, partlyWon.Random.Employer, includeLatentThreat: true).WagePct;

        Assert.True(offerOnSix > 0);
        Assert.Equal(offerOnSix, offerOnRemainingSix);
    }

    [Fact]
    public void a_grievance_settled_on_the_floor_leaves_a_formal_grievance_of_the_same_department_in_the_procedure()
    {
        var given = Given.Workplace(UnderContract, "caucus-grassroots", [Given.Worker(), Given.Worker()], [[1], [0]]);
        given.Apply(new GrievanceFiled(1, 0, 0, 0, GrievanceChannel.Formal, DecisionMaker.Workers));

        given.Apply(new GrievanceFiled(1, 0, 1, 0, GrievanceChannel.DirectAction, DecisionMaker.Workers));
        given.Apply(new GrievanceDecided(1, 0, 1, 0, true));

        var pending = Assert.Single(given.State0.Docket.Grievances);
        Assert.Equal(0, pending.Id);
        Assert.Equal(2, given.State0.Docket.NextGrievanceId);
    }

    [Fact]
    public void a_big_petition_after_a_thin_picket_does_not_license_the_next_rung()
    {
        var given = Given.Workplace(new WorkplaceSpec(), "caucus-grassroots",
            Enumerable.Range(0, 10).Select(i => Given.Worker(committee: i < 2)).ToArray(), Given.Ring(10));

        given.Apply(new ActionCalled(1, 0, Tactic.Picket, "raise", DecisionMaker.Workers, true, false, -1, 100, 100));
        given.Apply(new ActionTaken(1, 0, Tactic.Picket, [0], 0.1));
        given.Apply(new ActionCalled(1, 0, Tactic.Petition, "raise", DecisionMaker.Workers, true, false, -1, 100, 100));
        given.Apply(new ActionTaken(1, 0, Tactic.Petition, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.1));

        var raise = given.State0.Demands.Find("raise")!;
        Assert.Equal((int)Tactic.Picket, raise.LastRung);
        Assert.Equal(1.0, raise.LastTurnout, 9);
        Assert.Equal(0.1, raise.TopRungTurnout, 9);
    }

    [Fact]
    public void a_fired_coworkers_reinstatement_is_pressed_before_the_campaigns_own_demands()
    {
        var given = Given.Workplace(new WorkplaceSpec(), "independent-solidarity",
            Enumerable.Range(0, 12).Select(i => Given.Worker(grievance: 0.8, commitment: 0.7, committee: i < 6)).ToArray(), Given.Ring(12));
        given.Apply(new WorkerFired(1, 0, 11, false, false));
        given.Apply(new DemandRaised(1, 0, "reinstate-11", 0.2, 11));

        given.Run(ActionPlanning.Week(given.View, given.Random.Participation));

        Assert.Equal("reinstate-11", given.Decided.OfType<ActionCalled>().First().DemandId);
    }

    [Theory]
    [InlineData("hybrid-dual-card", true)]
    [InlineData("independent-solidarity", true)]
    [InlineData("militant-mainstream", false)]
    public void a_committee_that_fights_firings_on_the_floor_takes_up_a_rank_and_file_coworkers_firing(string model, bool fights)
    {
        var given = Given.Workplace(new WorkplaceSpec(), model,
            Enumerable.Range(0, 12).Select(i => Given.Worker(committee: i < 3)).ToArray(), Given.Ring(12));
        given.Apply(new WorkerFired(1, 0, 9, Leader: false, Lawful: false));

        // Worker 9 is not on the committee and was fired unlawfully: the legal channel may open a case for her either way,
        // and a committee that fights firings on the floor makes her reinstatement its own demand as well.
        Assert.Equal(fights ? ["reinstate-9"] : [], given.Decided.OfType<DemandRaised>().Select(d => d.DemandId));
    }

    [Fact]
    public void with_no_committee_left_only_a_leaders_firing_is_taken_up()
    {
        var given = Given.Workplace(new WorkplaceSpec(), "independent-solidarity",
            Enumerable.Range(0, 6).Select(i => Given.Worker(committee: i == 0)).ToArray(), Given.Ring(6));
        // The one committee member goes first; the member fired after her has nobody left to fight for her.
        given.Apply(new WorkerFired(1, 0, 0, Leader: true, Lawful: false));
        given.Apply(new WorkerFired(1, 0, 4, Leader: false, Lawful: false));

        Assert.Equal(["reinstate-0"], given.Decided.OfType<DemandRaised>().Select(d => d.DemandId));
    }

    [Fact]
    public void a_caucus_that_holds_office_through_an_election_is_rid_of_the_hostile_board_a_conservative_turn_left_it()
    {
        var given = Given.Workplace(new WorkplaceSpec(), "caucus-electoral", [Given.Worker(), Given.Worker()], [[1], [0]]);
        var union = given.State0.Union;
        given.Apply(new UnionElectionHeld(1, 0, 2, 2, true, false));
        given.Apply(new LeadershipChanged(1, 0, UnionStance.Business, true));
        Assert.Equal(UnionStance.Business, union.Stance);
        var hostileBoard = union.Hostility;

        given.Apply(new UnionElectionHeld(1, 0, 2, 2, true, true));

        Assert.True(union.CaucusLeads);
        Assert.Equal(UnionStance.Militant, union.Stance);
        Assert.True(union.Hostility < hostileBoard);
    }

    [Fact]
    public void red_baiting_lands_less_on_dual_carders_known_as_the_unions_stewards_than_on_an_unknown_solidarity_union()
    {
        var mechanics = new Domain.Mechanics.IdentityMechanics();
        var known = Receptiveness.SolidarityFamiliarity(Given.Workplace(new WorkplaceSpec(), "hybrid-dual-card", [Given.Worker(), Given.Worker()], [[1], [0]]).State0);

        Assert.True(Receptiveness.Familiarity(mechanics.DualCard, known) > Receptiveness.Familiarity(mechanics.Solidarity, known));
        Assert.Equal(known, Receptiveness.Familiarity(mechanics.Solidarity, known), 9);
    }
}
