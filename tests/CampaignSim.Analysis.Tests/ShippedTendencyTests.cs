using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Scenarios;

namespace CampaignSim.Analysis.Tests;

/// <summary>
/// Tendencies of the source material checked on the shipped scenarios, paired by seed (run i of every model uses the
/// same seed, so a difference is the model's, not the draw's), 100 runs per model. Each test compares two situations
/// that differ in what the tendency says matters, and asserts the direction and the 95% interval of a paired mean
/// difference, never a fixed outcome number.
/// </summary>
public class ShippedTendencyTests
{
    private const int Runs = 100;

    private static readonly Lazy<ComparisonResult> NursingHome = new(() => Compare("nursing-home-militant"));
    private static readonly Lazy<ComparisonResult> Hospital = new(() => Compare("hospital-stewards"));
    private static readonly Lazy<ComparisonResult> PostalDepot = new(() => Compare("postal-depot-dual-card"));

    [Fact]
    public void a_parallel_organization_adds_little_to_a_militant_union_but_adds_to_a_business_run_one()
    {
        // Where the local is already militant (nursing home), organizing beside it wins no more than the militant union
        // does on its own; where the union is run as a service (hospital), the same organizing wins more than it does.
        var militant = Paired(NursingHome.Value, "hybrid-dual-card", "militant-mainstream", "wageChangePct");
        var business = Paired(Hospital.Value, "hybrid-dual-card", "business-unionism", "wageChangePct");

        Assert.True(militant.Low < 0 && militant.High > 0, $"beside a militant union the hybrid's wage difference should be indistinguishable from 0: {militant}");
        Assert.True(business.Low > 0, $"beside a business-run union the hybrid should win more in wages: {business}");
    }

    [Theory]
    [InlineData("nursing-home-militant")]
    [InlineData("hospital-stewards")]
    [InlineData("postal-depot-dual-card")]
    public void the_workers_hold_the_decisions_in_the_models_they_run_and_officers_in_the_others(string scenario)
    {
        var result = scenario switch
        {
            "nursing-home-militant" => NursingHome.Value,
            "hospital-stewards" => Hospital.Value,
            _ => PostalDepot.Value,
        };
        foreach (var workerRun in new[] { "caucus-grassroots", "hybrid-dual-card", "independent-solidarity" })
        {
            foreach (var officerRun in new[] { "business-unionism", "militant-mainstream" })
            {
                var d = Paired(result, workerRun, officerRun, "workerControl");
                Assert.True(d.Low > 0.1, $"{scenario}: {workerRun} against {officerRun}, worker control {d}");
            }
        }
    }

    [Theory]
    [InlineData("nursing-home-militant")]
    [InlineData("hospital-stewards")]
    [InlineData("postal-depot-dual-card")]
    public void a_union_that_escalates_wins_more_demands_than_one_that_files_and_waits(string scenario)
    {
        var result = scenario switch
        {
            "nursing-home-militant" => NursingHome.Value,
            "hospital-stewards" => Hospital.Value,
            _ => PostalDepot.Value,
        };

        var d = Paired(result, "militant-mainstream", "business-unionism", "demandsWon");

        Assert.True(d.Low > 0, $"{scenario}: militant mainstream against business unionism, demands won {d}");
    }

    [Fact]
    public void direct_action_beside_the_union_costs_more_firings_than_the_business_union_sees()
    {
        // Acting on the floor outside official channels exposes leaders the contract does not shield (hospital).
        var d = Paired(Hospital.Value, "caucus-grassroots", "business-unionism", "anyFiring");

        Assert.True(d.Low > 0, $"caucus grassroots against business unionism, any firing {d}");
    }

    private static ComparisonResult Compare(string name) => ComparisonRunner.Run(new ComparisonRequest
    {
        Scenario = ScenarioLoader.Load(ScenarioCatalog.Shipped().Resolve(name)).Scenario,
        Models = Domain.OrganizingModels.ModelCatalog.Ids,
        Replications = Runs,
        BaseSeed = 1,
    });

    private static Difference Paired(ComparisonResult result, string model, string baseline, string metric)
    {
        var m = OutcomeMetric.Get(metric);
        var a = result.Models.Single(r => r.ModelId == model).Runs.Values(m);
        var b = result.Models.Single(r => r.ModelId == baseline).Runs.Values(m);
        var d = a.Zip(b, (x, y) => x - y).ToArray();
        var mean = d.Average();
        var sd = Math.Sqrt(d.Sum(x => (x - mean) * (x - mean)) / (d.Length - 1));
        var half = 1.96 * sd / Math.Sqrt(d.Length);
        return new Difference(mean, mean - half, mean + half);
    }

    private sealed record Difference(double Mean, double Low, double High)
    {
        public override string ToString() => $"{Mean:+0.000;-0.000} [{Low:+0.000;-0.000}, {High:+0.000;-0.000}]";
    }
}
