using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// The week's pass over the workers takes four at a time where the machine can; folded one by one instead, every run
/// leaves the same workforce and the same dues and lost pay, to the last bit. The scans that take several workers at a
/// time find the worker a plain scan finds. The workplace (the busy one of <see cref="WorkforceCountTests"/>) has a number
/// of workers that four does not divide, firings, quits, a layoff and, under some models, solidarity members.
/// </summary>
public class WeekInFoursTests
{
    private static readonly Scenario Busy = WorkforceCountTests.Busy;

    public static TheoryData<string> Models() => [.. ModelCatalog.Ids];

    [Theory]
    [MemberData(nameof(Models))]
    public void folding_a_run_four_workers_at_a_time_or_one_by_one_leaves_the_same_state(string model)
    {
        for (var seed = 1UL; seed <= 4; seed++)
        {
            var events = CampaignEngine.Run(Busy, model, seed).Events;
            var inFours = CampaignState.Fold(events);
            var oneByOne = new CampaignState();
            var assembled = 0;
            foreach (var e in events)
            {
                oneByOne.Apply(e);
                if (e is WorkforceAssembled a) oneByOne.Workplaces[a.Workplace].Workforce.FoursAllowed = false;
                if (e is WorkforceAssembled) assembled++;
            }

            Assert.Equal(Busy.Workplaces.Count, assembled);
            for (var w = 0; w < Busy.Workplaces.Count; w++)
            {
                var a = inFours.Workplaces[w];
                var b = oneByOne.Workplaces[w];
                Assert.True(a.Workforce.FoursAllowed && !b.Workforce.FoursAllowed);
                Same(a.Workforce.Grievance, b.Workforce.Grievance);
                Same(a.Workforce.Fear, b.Workforce.Fear);
                Same(a.Workforce.Commitment, b.Workforce.Commitment);
                Same(a.Workforce.Visibility, b.Workforce.Visibility);
                Assert.Equal(b.Workforce.Probation.ToArray(), a.Workforce.Probation.ToArray());
                Assert.Equal(b.Workforce.Counted, a.Workforce.Counted);
                for (var d = 0; d < Math.Max(1, Busy.Workplaces[w].Departments); d++)
                    Assert.Equal(b.Workforce.CountedInDepartment(d), a.Workforce.CountedInDepartment(d));
                Assert.Equal(BitConverter.DoubleToInt64Bits(b.Totals.DuesPaid), BitConverter.DoubleToInt64Bits(a.Totals.DuesPaid));
                Assert.Equal(BitConverter.DoubleToInt64Bits(b.Totals.StrikePayLost), BitConverter.DoubleToInt64Bits(a.Totals.StrikePayLost));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void the_scans_for_the_next_visible_or_flagged_worker_find_the_worker_a_plain_scan_finds(string model)
    {
        var f = CampaignEngine.Run(Busy, model, 2).State.Workplaces[0].Workforce;
        Assert.True(Enumerable.Range(0, f.Count).Any(i => !f.Has(i, WorkerFlags.Employed)), "the run should leave someone not employed");
        foreach (var bar in new[] { 0.0, 0.05, 0.2, 0.5, 2.0 })
        {
            for (var from = 0; from <= f.Count + 1; from++)
            {
                var plain = Enumerable.Range(from, Math.Max(0, f.Count - from))
                    .FirstOrDefault(i => f.Has(i, WorkerFlags.Employed) && f.Visibility[i] >= bar, -1);
                Assert.Equal(plain, f.NextVisible(from, bar));
            }
        }

        (WorkerFlags All, WorkerFlags None)[] masks =
        [
            (WorkerFlags.Employed | WorkerFlags.WouldLead, WorkerFlags.Committee),
            (WorkerFlags.Employed | WorkerFlags.Committee, WorkerFlags.None),
            (WorkerFlags.Fired, WorkerFlags.Employed),
            (WorkerFlags.Employed, WorkerFlags.DeepContact | WorkerFlags.Mainstream),
        ];
        foreach (var (all, none) in masks)
        {
            for (var from = 0; from <= f.Count + 1; from++)
            {
                var plain = Enumerable.Range(from, Math.Max(0, f.Count - from)).FirstOrDefault(i => f.Has(i, all) && (none == 0 || !AnyOf(f, i, none)), -1);
                Assert.Equal(plain, f.NextWith(from, all, none));
            }
        }
    }

    private static bool AnyOf(Workers.Workforce f, int i, WorkerFlags flags) =>
        Enum.GetValues<WorkerFlags>().Any(x => x != WorkerFlags.None && (flags & x) == x && f.Has(i, x));

    private static void Same(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]), $"worker {i}: {expected[i]:R} one by one, {actual[i]:R} in fours");
    }
}
