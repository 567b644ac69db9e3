using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis.Tests;

public sealed class RunTableTests
{
    private static readonly Scenario TwoClasses = new()
    {
        Weeks = 30,
        Workplaces =
        [
            new WorkplaceSpec
            {
                Workers = 60,
                JobClasses = [new JobClassSpec { Id = "cooks", Share = 0.5 }, new JobClassSpec { Id = "servers", Share = 0.5 }],
            },
        ],
    };

    private static RunSummary Run(int replication) =>
        ComparisonRunner.Replicate(new ComparisonRequest { Scenario = TwoClasses, Models = ModelCatalog.Ids, Replications = 8 },
            "business-unionism", replication, ScenarioHash.Compute(TwoClasses)).Summary;

    [Fact]
    public void a_table_filled_out_of_order_from_many_threads_holds_every_runs_numbers_by_replication()
    {
        var runs = Enumerable.Range(0, 8).Select(Run).ToArray();
        var builder = new RunTable.Builder(runs.Length);
        Parallel.ForEach(runs.Reverse(), new ParallelOptions { MaxDegreeOfParallelism = 4 }, builder.Set);
        var table = builder.Build();

        Assert.Equal(8, table.Count);
        Assert.Equal(["cooks", "servers"], table.JobClasses);
        for (var r = 0; r < runs.Length; r++)
        {
            Assert.Equal(runs[r].Seed, table.Seed(r));
            Assert.Equal(runs[r].EventCount, table.EventCount(r));
            foreach (var metric in OutcomeMetric.All) Assert.Equal(metric.Read(runs[r].Outcome), table.Value(metric, r));
            foreach (var c in runs[r].Outcome.ByClass)
                for (var k = 0; k < RunTable.ClassMeasures.Count; k++)
                    Assert.Equal(RunTable.ClassMeasures[k].Read(c), table.ClassValue(c.JobClass, k, r));
        }
        Assert.Equal(0, table.ClassValue("dishwashers", 0, 0));
        Assert.Equal(runs.Select(r => r.Outcome.WageChangePct), table.Values(OutcomeMetric.Get("wageChangePct")));
    }

    [Fact]
    public void a_missing_or_repeated_replication_is_refused()
    {
        var builder = new RunTable.Builder(3);
        builder.Set(Run(0));
        builder.Set(Run(2));

        Assert.Contains("Replication 1 is missing", Assert.Throws<InvalidOperationException>(() => builder.Build()).Message);
        Assert.Contains("set twice", Assert.Throws<InvalidOperationException>(() => builder.Set(Run(2))).Message);
        Assert.Equal(1, builder.Build(1).Count);
    }

    [Fact]
    public void the_first_runs_are_a_table_of_their_own()
    {
        var builder = new RunTable.Builder(4);
        foreach (var r in Enumerable.Range(0, 4)) builder.Set(Run(r));
        var all = builder.Build();
        var first = all.Take(2);

        Assert.Equal(2, first.Count);
        Assert.Equal(all.Seeds.Take(2), first.Seeds);
        Assert.Equal(all.Values(OutcomeMetric.Get("firings")).Take(2), first.Values(OutcomeMetric.Get("firings")));
        Assert.Equal(all.ClassValues("servers", 0).Take(2), first.ClassValues("servers", 0));
    }
}
