using CampaignSim.Domain.Tactics;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// The tendencies of docs/ODD.md §1, each over a few hundred seeded runs with an explicit margin. They test
/// directions that the mechanics must produce, so a change that breaks a mechanism makes them fail.
/// </summary>
public class TendencyTests
{
    private const int Replications = 200;

    [Fact]
    public void business_union_calls_no_strike_while_no_strike_clause_in_force()
    {
        // A leadership ready to strike (militant, members angry, a large ask) under a business union's servicing: its
        // strikes come from the contract round at expiry (week 60), and none while the clause binds.
        var scenario = Runs.Workplace(w => w with
        {
            Union = w.Union with { Stance = UnionStance.Militant },
            Contract = w.Contract with { ExpiryWeek = 60 },
            Grievance = new() { Mean = 0.75, Sd = 0.1 },
            Demands = [new DemandSpec { Id = "raise", Kind = DemandKind.Wage, WagePct = 25, Cost = 1 }],
        });
        var runs = Runs.Of(scenario, "business-unionism", Replications);
        var strikes = runs.SelectMany(r => r.Events.OfType<ActionCalled>().Where(a => a.Tactic == Tactic.Strike)).ToArray();
        Assert.True(strikes.Length >= Replications / 10, $"a militant leadership should strike at expiry in some campaigns, struck {strikes.Length} times");
        Assert.All(strikes, a => Assert.True(a.Week >= 60 && a.Protected, $"a strike called in week {a.Week}, protected {a.Protected}"));
    }

    [Fact]
    public void workers_who_strike_anyway_under_a_no_strike_clause_face_discipline()
    {
        var scenario = Runs.Workplace(w => w with { Contract = w.Contract with { ExpiryWeek = 104 }, Grievance = new() { Mean = 0.85, Sd = 0.08 } });
        var runs = Runs.Of(scenario, "business-unionism", Replications);
        var wildcats = runs.Sum(r => r.Events.OfType<ActionCalled>().Count(a => !a.Protected));
        var lawfulDisciplines = runs.Sum(r => r.Events.OfType<WorkerDisciplined>().Count(d => d.Lawful));
        Assert.True(wildcats >= 20, $"expected wildcat stoppages under the clause, saw {wildcats}");
        Assert.True(lawfulDisciplines >= wildcats / 2, $"{lawfulDisciplines} lawful disciplines after {wildcats} unprotected stoppages");
        foreach (var run in runs)
        {
            var unprotectedWeeks = run.Events.OfType<ActionCalled>().Where(a => !a.Protected).Select(a => a.Week).ToHashSet();
            Assert.All(run.Events.OfType<WorkerDisciplined>().Where(d => d.Lawful), d => Assert.Contains(d.Week, unprotectedWeeks));
        }
    }

    [Fact]
    public void employer_violates_the_contract_more_where_the_floor_is_unorganized()
    {
        var unorganized = Runs.Workplace(w => w with { Committee = w.Committee with { InitialMembers = 0 } });
        var organized = Runs.Workplace(w => w with { Committee = w.Committee with { InitialMembers = 20 } });
        var few = Runs.Of(unorganized, "business-unionism", Replications).Average(r => r.Outcome.Violations);
        var many = Runs.Of(organized, "business-unionism", Replications).Average(r => r.Outcome.Violations);
        Assert.True(few > many * 1.15, $"violations without floor presence {few:F2}, with {many:F2}");
    }

    [Fact]
    public void electoral_campaigning_spends_the_weeks_before_the_election_on_shallow_ties()
    {
        var scenario = Runs.Workplace(w => w with
        {
            Union = w.Union with { Stance = UnionStance.Mixed, NextElectionWeek = 56, IncumbentAdvantage = 0.45 },
            Contract = w.Contract with { ExpiryWeek = 66 },
        });
        var electoral = Runs.Of(scenario, "caucus-electoral", Replications);
        var grassroots = Runs.Of(scenario, "caucus-grassroots", Replications);
        var won = electoral.Where(r => r.Outcome.CaucusWonLeadership == 1).ToArray();
        Assert.True(won.Length >= 20, $"the caucus should win some elections, won {won.Length}");
        double DeepBeforeElection(RunResult r) => r.Events.OfType<OneOnOneHeld>().Count(o => o.Depth == ContactDepth.Deep && o.Week <= 56);
        var campaignDepth = electoral.Average(DeepBeforeElection);
        var organizingDepth = grassroots.Average(DeepBeforeElection);
        Assert.True(campaignDepth < 0.8 * organizingDepth, $"deep one-on-ones before the election: campaigning {campaignDepth:F1}, organizing {organizingDepth:F1}");
    }

    [Fact]
    public void independent_solidarity_union_acts_in_any_week_even_under_the_clause()
    {
        // A founding committee large enough to organize: a committee of three in an unfamiliar solidarity union rarely
        // brings anyone to the commitment the committee asks (ODD §7.8), and then acts at no time at all. A stoppage comes
        // only after a picket that carried (ODD §7.10: a committee climbs past a rung only when that rung met its goal),
        // which in this workplace happens in a few campaigns in a hundred; the tendency is the contrast with the
        // mainstream union, which waits for the contract to expire.
        var scenario = Runs.Workplace(w => w with
        {
            Contract = w.Contract with { ExpiryWeek = 104 },
            Grievance = new() { Mean = 0.6, Sd = 0.15 },
            Committee = w.Committee with { InitialMembers = 12 },
        });
        int Unprotected(string model) => Runs.Of(scenario, model, Replications).Count(r =>
            r.Events.OfType<ActionCalled>().Any(a => !a.Protected && a.DecidedBy == DecisionMaker.Workers && a.Tactic != Tactic.SickOut));
        var independent = Unprotected("independent-solidarity");
        var mainstream = Unprotected("militant-mainstream");
        Assert.True(independent >= Replications / 40, $"{independent} runs with stoppages under the clause");
        Assert.True(independent > 5 * mainstream, $"stoppages under the clause: independent union in {independent} runs, militant mainstream union in {mainstream}");
    }

    [Fact]
    public void independent_leaders_face_more_retaliation_than_the_same_leaders_under_a_contract()
    {
        // The same model and the same workforces (common seeds); only the just-cause contract that covers the unit differs.
        var noContract = Runs.Workplace(w => w with { Union = w.Union with { Present = false } });
        var underContract = Runs.Workplace(w => w with { Contract = w.Contract with { ExpiryWeek = 104 } });
        double LeaderFiringRate(RunResult[] runs) => runs.Sum(r => r.Outcome.LeadersFired) / runs.Sum(r => r.Outcome.LeadersDeveloped);
        var bare = LeaderFiringRate(Runs.Of(noContract, "independent-solidarity", Replications));
        var covered = LeaderFiringRate(Runs.Of(underContract, "independent-solidarity", Replications));
        Assert.True(bare > covered * 1.3, $"leaders fired per leader: without a contract {bare:F3}, under a contract {covered:F3}");
    }

    [Fact]
    public void hybrid_committee_pays_two_dues_and_loses_hours_to_inter_union_conflict()
    {
        // Dues, counted independently from the events: every week, each employed mainstream member pays her percentage
        // of a 40-hour week's wage and each solidarity member the monthly dues spread over the year's weeks.
        var scenario = Runs.Workplace(w => w);
        foreach (var run in Runs.Of(scenario, "hybrid-dual-card", 5))
        {
            var start = run.Events.OfType<WorkforceAssembled>().Single();
            var members = start.Workers.Select(w => w.MainstreamMember).ToArray();
            var solidarity = new bool[members.Length];
            var employed = Enumerable.Repeat(true, members.Length).ToArray();
            var wage = start.Workers.Select(w => w.HourlyWage).ToArray();
            var spec = scenario.Workplaces[0];
            double dues = 0;
            foreach (var e in run.Events)
            {
                switch (e)
                {
                    case WeekPassed:
                        for (var i = 0; i < members.Length; i++)
                        {
                            if (!employed[i]) continue;
                            if (members[i]) dues += wage[i] * spec.Union.DuesPct / 100 * 40;
                            if (solidarity[i]) dues += scenario.SolidarityUnion.MonthlyDues * 12 / 52;
                        }

                        break;
                    case WorkerJoinedOrganization { Organization: OrganizationKind.Solidarity } j: solidarity[j.Worker] = true; break;
                    case WorkerJoinedOrganization { Organization: OrganizationKind.Mainstream } j: members[j.Worker] = true; break;
                    case WorkerFired f: employed[f.Worker] = false; break;
                    case WorkerReinstated r: employed[r.Worker] = true; break;
                    case RemedyDecided { Returned: true } r: employed[r.Worker] = true; break;
                    case WorkersLaidOff l: foreach (var i in l.Workers) employed[i] = false; break;
                    case ContractRatified c:
                        for (var i = 0; i < wage.Length; i++) if (employed[i]) wage[i] *= 1 + c.WagePct / 100;
                        break;
                    case DemandWon { WagePct: > 0 } d:
                        for (var i = 0; i < wage.Length; i++) if (employed[i]) wage[i] *= 1 + d.WagePct / 100;
                        break;
                }
            }

            Assert.Contains(run.Events.OfType<WorkerJoinedOrganization>(), j => j.Organization == OrganizationKind.Solidarity);
            Assert.Equal(dues / start.Workers.Count, run.Outcome.DuesPerWorker, 6);
        }

        // Conflict hours grow with the leadership's hostility to action outside its channels.
        var tolerant = Runs.Of(Runs.Workplace(w => w with { Union = w.Union with { HostilityToUnauthorizedAction = 0.2 } }), "hybrid-dual-card", Replications);
        var hostile = Runs.Of(Runs.Workplace(w => w with { Union = w.Union with { HostilityToUnauthorizedAction = 0.9 } }), "hybrid-dual-card", Replications);
        var (calm, fraught) = (tolerant.Average(r => r.Outcome.ConflictHours), hostile.Average(r => r.Outcome.ConflictHours));
        Assert.True(fraught > 1.5 * calm && fraught > 20, $"conflict hours: tolerant leadership {calm:F1}, hostile {fraught:F1}");
    }

    [Fact]
    public void craft_divided_models_draw_less_cross_class_participation_than_industrial_ones()
    {
        var scenario = Runs.Workplace(w => w with
        {
            JobClasses =
            [
                new JobClassSpec { Id = "nurses", Share = 0.5, HourlyWage = 40, InBargainingUnit = true },
                new JobClassSpec { Id = "aides", Share = 0.5, HourlyWage = 18, InBargainingUnit = false },
            ],
            Network = w.Network with { SameClassPreference = 0.4 },
            Grievance = new() { Mean = 0.6, Sd = 0.15 },
        });
        var craft = Runs.Of(scenario, "militant-mainstream", Replications).Average(r => r.Outcome.CrossClassParticipation);
        var industrial = Runs.Of(scenario, "hybrid-dual-card", Replications).Average(r => r.Outcome.CrossClassParticipation);
        Assert.True(industrial > craft + 0.05, $"cross-class participation: industrial {industrial:F3}, craft {craft:F3}");
    }

    [Fact]
    public void a_parallel_organization_adds_little_where_the_union_is_militant_but_helps_where_it_is_inactive()
    {
        var militant = Runs.Workplace(w => w with
        {
            Union = w.Union with { Stance = UnionStance.Militant, HostilityToUnauthorizedAction = 0.3 },
            Committee = w.Committee with { InitialMembers = 10 },
        });
        var inactive = Runs.Workplace(w => w with
        {
            Union = w.Union with { Stance = UnionStance.Business, Responsiveness = 0.3, HostilityToUnauthorizedAction = 0.8, StaffOrganizers = 0 },
            Grievance = new() { Mean = 0.55, Sd = 0.15 },
            TrustInUnion = new() { Mean = 0.25, Sd = 0.2 }, // members do not trust a union that does nothing and sides with the boss
            Committee = w.Committee with { InitialMembers = 10 },
        });
        var m = Runs.Compare(militant, Replications, "militant-mainstream", "hybrid-dual-card", "independent-solidarity");
        var i = Runs.Compare(inactive, Replications, "business-unionism", "hybrid-dual-card", "independent-solidarity");
        double Gain(Analysis.Comparison.ComparisonResult c, string model, string over) =>
            c[model]["demandsWon"].Mean + c[model]["wageChangePct"].Mean / 5 - (c[over]["demandsWon"].Mean + c[over]["wageChangePct"].Mean / 5);
        var addedWhereMilitant = Math.Max(Gain(m, "hybrid-dual-card", "militant-mainstream"), Gain(m, "independent-solidarity", "militant-mainstream"));
        var addedWhereInactive = Math.Min(Gain(i, "hybrid-dual-card", "business-unionism"), Gain(i, "independent-solidarity", "business-unionism"));
        Assert.True(addedWhereInactive > 0.2, $"parallel organizing over an inactive union adds {addedWhereInactive:F2}");
        Assert.True(addedWhereMilitant < addedWhereInactive, $"adds {addedWhereMilitant:F2} over a militant union, {addedWhereInactive:F2} over an inactive one");
    }
}
