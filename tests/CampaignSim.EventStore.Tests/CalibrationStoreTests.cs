using CampaignSim.Analysis;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.EventStore.Calibrations;
using CampaignSim.Scenarios;
using CampaignSim.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace CampaignSim.EventStore.Tests;

/// <summary>
/// Calibrations run through the store: split into blocks of replications per world, each simulated and stored once, and
/// put back together into the figures the same calibration gives in memory.
/// </summary>
public sealed class CalibrationStoreTests(StoreFixture f) : IClassFixture<StoreFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A target read as a share, one whose diagnostic runs another case under a setting, and a relative difference read from exposed runs.</summary>
    private static readonly string[] TargetIds = ["strike-vote-turnout", "settlement-wv-2018", "ulp-charge-effect"];

    private static CalibrationJob Job()
    {
        var catalog = ScenarioCatalog.Shipped().Cases;
        var cases = Calibration.Cases.ToDictionary(n => n, n => ScenarioLoader.Load(catalog.Resolve(n)).Scenario, StringComparer.Ordinal);
        CalibrationWorld[] worlds =
        [
            new(new Dictionary<string, double>(), 1),
            new(new Dictionary<string, double> { ["mechanics.bargaining.concessionSteepness"] = 3 }, 9),
        ];
        return CalibrationJob.Of(Calibration.TargetsOf(TargetIds, withDiagnostics: true), cases, replications: 5, worlds);
    }

    [Fact]
    public async Task a_calibration_run_in_blocks_through_the_store_gives_the_figures_of_the_one_run_in_memory()
    {
        var job = Job();
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { RunsPerMessage = 2 }, Ct);

        var stored = await store.RunCalibrationAsync(job, distributed: false, cancellationToken: Ct);

        Assert.Equal(Figures(job.Run(cancellationToken: Ct)), Figures(stored));
        // Blocks of 2, 2 and 1 replications in each of the two worlds, each stored once.
        Assert.Equal(6L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_doc_calibrationblock"));
        Assert.Equal(1L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_doc_storedcalibration"));
        // The world with a steeper concession curve gives West Virginia more of its ask, so the worlds were run apart.
        Assert.NotEqual(stored[0][1].Value, stored[1][1].Value);
    }

    [Fact]
    public async Task the_same_calibration_asked_again_reads_its_stored_blocks_and_simulates_nothing_new()
    {
        var job = Job() with { Worlds = [Job().Worlds[0]] };
        var db = await f.Postgres.CreateDatabaseAsync(Ct);
        await using var store = await CampaignStore.ConnectAsync(db, new CampaignStoreOptions { RunsPerMessage = 3 }, Ct);
        var first = await store.RunCalibrationAsync(job, distributed: false, cancellationToken: Ct);
        var written = await Staged.TextAsync(db, "select string_agg(id::text || mt_last_modified::text, ',' order by id) from campaignsim.mt_doc_calibrationblock");

        var again = await store.RunCalibrationAsync(job, distributed: false, cancellationToken: Ct);

        Assert.Equal(Figures(first), Figures(again));
        // A block handled a second time (a message delivered twice) finds itself stored and stores nothing.
        var id = Guid.Parse(await Staged.TextAsync(db, "select id::text from campaignsim.mt_doc_storedcalibration"));
        await store.Services.GetRequiredService<IMessageBus>().InvokeAsync(new SimulateCalibration(id, 0, 0, 3), Ct);
        Assert.Equal(written, await Staged.TextAsync(db, "select string_agg(id::text || mt_last_modified::text, ',' order by id) from campaignsim.mt_doc_calibrationblock"));
        Assert.Equal(2L, await Staged.CountAsync(db, "select count(*) from campaignsim.mt_doc_calibrationblock"));
    }

    /// <summary>Every world's every target's figure and diagnostics, as text that compares exactly.</summary>
    private static string[] Figures(IReadOnlyList<IReadOnlyList<CalibrationResult>> worlds) =>
        [.. worlds.SelectMany((results, w) => results.Select(r => $"{w} {r.Target.Id} {r.Estimate} "
            + string.Join(";", r.Diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}={d.Value}"))))];
}
