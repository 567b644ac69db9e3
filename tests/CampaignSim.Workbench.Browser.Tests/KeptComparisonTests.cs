using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CampaignSim.Workbench.Browser.Tests.PageHelpers;

namespace CampaignSim.Workbench.Browser.Tests;

/// <summary>
/// Comparisons that outlive the server (issue 22, item 6): made on the page, listed, reopened and shared by a link after the
/// server is stopped and started again, kept in a local file without a database and in PostgreSQL with <c>--db</c>.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public partial class KeptComparisonTests(Workbench workbench)
{
    [Fact]
    public async Task without_a_database_the_comparisons_survive_a_restart_in_a_local_file()
    {
        using var homeFolder = new TempFolder();
        var home = homeFolder.Path;
        var environment = new Dictionary<string, string> { ["XDG_STATE_HOME"] = home };
        var file = Path.Combine(home, "campaignsim", "workbench-comparisons.json");
        await SurvivesARestart(workbench, environment, [], $"the file {file} on this computer");
        Assert.True(File.Exists(file));
    }

    /// <summary>
    /// One comparison of a shipped scenario with a setting changed and one of pasted text, each kept when it finishes; the
    /// server is stopped and started again; both are still listed, and their links reopen the same settings and answer.
    /// </summary>
    internal static async Task SurvivesARestart(Workbench workbench, IReadOnlyDictionary<string, string> environment, string[] args, string where)
    {
        var errors = new List<string>();
        string shippedLink, textLink, shippedHeadline, textHeadline, pastedName;
        var (server, address, printed) = await Start(environment, args);
        try
        {
            Assert.Contains($"Comparisons made on it are kept in {where}.", printed);
            var page = await workbench.Open(1400, 1000, errors, "?runs=12&set=workplace.employer.hostility%3D0.8", address);
            await Done(page, 12);
            await Until(page, "document.querySelectorAll('#saved li').length === 1", 30);
            Assert.Contains(where, await page.Locator("#saved-where").TextContentAsync());
            shippedHeadline = (await page.EvaluateAsync<string>("() => window.workbench.state.view.headline"))!;
            var id = (await page.Locator("#saved li").First.GetAttributeAsync("data-saved"))!;
            shippedLink = $"?saved={id}";
            Assert.Contains("Employer hostility: 0.8", await page.Locator("#saved li").First.TextContentAsync());

            // Pasted text (the shipped file renamed) is kept with its text, and its address becomes its kept link.
            var yaml = await page.Locator("#yaml").InputValueAsync();
            pastedName = "Our own hospital " + Guid.NewGuid().ToString("N")[..6];
            await page.Locator("#yaml-box summary").ClickAsync();
            await page.Locator("#yaml").FillAsync(NameLine().Replace(yaml, "name: " + pastedName, 1));
            await page.Locator("#yaml-apply").ClickAsync();
            await Until(page, "window.workbench.state.inputs.yaml !== null && window.workbench.state.view.state === 'done' && document.querySelectorAll('#saved li').length === 2", 120);
            await Until(page, "location.search.includes('saved=')", 30);
            textLink = "?" + page.Url.Split('?')[1];
            Assert.DoesNotContain("text=1", textLink);
            textHeadline = (await page.EvaluateAsync<string>("() => window.workbench.state.view.headline"))!;
            await Workbench.Close(page);
        }
        finally
        {
            await Stop(server);
        }

        // Started again: both are listed, and each link opens its settings and gives the same answer.
        (server, address, _) = await Start(environment, args);
        try
        {
            var clock = Stopwatch.StartNew();
            var page = await workbench.Open(1400, 1000, errors, shippedLink, address);
            await Done(page, 12);
            var reopened = clock.ElapsedMilliseconds;
            Assert.Equal("0.8", await page.Locator("#f-workplace-employer-hostility").InputValueAsync());
            Assert.StartsWith("Reopened the comparison kept on ", await page.Locator("#history-status").TextContentAsync());
            Assert.Equal(shippedHeadline, await page.EvaluateAsync<string>("() => window.workbench.state.view.headline"));
            Assert.Equal(2, await page.Locator("#saved li").CountAsync());
            Assert.Contains(pastedName, await page.Locator("#saved").TextContentAsync());
            await page.Locator("#saved-box").ScrollIntoViewIfNeededAsync();
            await Workbench.Shot(page, args.Length > 0 ? "24-kept-in-the-database" : "23-kept-in-a-file", fullPage: false);
            await Workbench.Close(page);

            var shared = await workbench.Open(1400, 1000, errors, textLink, address);
            await Until(shared, "window.workbench.state.view && window.workbench.state.view.state === 'done'", 120);
            Assert.Equal("", await shared.Locator("#scenario").InputValueAsync());
            Assert.Contains("name: " + pastedName, await shared.Locator("#yaml").InputValueAsync());
            Assert.Equal(textHeadline, await shared.EvaluateAsync<string>("() => window.workbench.state.view.headline"));
            Workbench.Record($"kept comparison reopened after a restart ({(args.Length > 0 ? "PostgreSQL" : "local file")}), 12 runs per model simulated again: {reopened} ms");
            await Workbench.Close(shared);
        }
        finally
        {
            await Stop(server);
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task without_a_database_a_robustness_check_survives_a_restart_in_a_local_file()
    {
        using var homeFolder = new TempFolder();
        var home = homeFolder.Path;
        var environment = new Dictionary<string, string> { ["XDG_STATE_HOME"] = home };
        var id = await CheckSurvivesARestart(workbench, environment, []);
        var file = Path.Combine(home, "campaignsim", "workbench-comparisons.json");
        var kept = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))!.AsArray();
        var check = kept.Single(k => (string?)k!["id"] == id)!;
        Assert.Equal(2, (int)check["robust"]!["worlds"]!);

        // Made by another engine: opened, it is shown as kept and said to be so, and nothing is run.
        check["engineVersion"] = "2.0.0";
        await File.WriteAllTextAsync(file, kept.ToJsonString(), TestContext.Current.CancellationToken);
        var errors = new List<string>();
        var (server, address, _) = await Start(environment, []);
        try
        {
            var page = await workbench.Open(1400, 1000, errors, $"?saved={id}", address);
            await Until(page, "document.getElementById('robust-box').dataset.state === 'kept'", 120);
            Assert.Contains("It was made with engine 2.0.0 and this workbench runs engine ", await page.Locator("#history-status").TextContentAsync());
            Assert.StartsWith("As kept on ", await page.Locator("#robust-progress").TextContentAsync());
            Assert.Equal((string?)check["answer"], await page.Locator(".robust-verdict").TextContentAsync());
            Assert.Contains("It was made with engine 2.0.0", await page.Locator("#saved li[data-kind=robust]").TextContentAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => window.workbench.state.robust === null"), "nothing is run");
            await Workbench.Close(page);
        }
        finally
        {
            await Stop(server);
        }

        Assert.Empty(errors);
    }

    /// <summary>
    /// A small robustness check (2 worlds × 3 runs per model, a setting changed) kept when it finishes; the server is stopped
    /// and started again; the check is listed, labelled as one, and its link opens the same settings and runs it again to the
    /// same verdict and table.
    /// </summary>
    /// <returns>The id the check is kept under.</returns>
    internal static async Task<string> CheckSurvivesARestart(Workbench workbench, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        const string Settings = "?runs=3&set=workplace.employer.hostility%3D0.7";
        const string RobustDone = "document.getElementById('robust-box').dataset.state === 'done'";
        var errors = new List<string>();
        string verdict, table, id;
        var (server, address, _) = await Start(environment, args);
        try
        {
            var page = await workbench.Open(1400, 1000, errors, Settings, address);
            await Done(page, 3);
            await page.Locator("#robust-worlds").FillAsync("2");
            await page.Locator("#robust-runs").FillAsync("3");
            await page.Locator("#robust-go").ClickAsync();
            await Until(page, RobustDone, 300);
            verdict = (await page.Locator(".robust-verdict").TextContentAsync())!;
            table = await page.Locator("#robust-result tbody").InnerTextAsync();
            await Until(page, "document.querySelector('#saved li[data-kind=robust]') !== null", 30);
            var kept = page.Locator("#saved li[data-kind=robust]");
            Assert.Contains("How robust: 2 worlds × 3 runs — ", await kept.TextContentAsync());
            id = (await kept.GetAttributeAsync("data-saved"))!;
            await Workbench.Close(page);
        }
        finally
        {
            await Stop(server);
        }

        // Started again: the check is listed beside the comparison, and its link reruns it to the same verdict.
        (server, address, _) = await Start(environment, args);
        try
        {
            var page = await workbench.Open(1400, 1000, errors, Settings, address);
            await Until(page, "document.querySelector('#saved li[data-kind=robust]') !== null", 30);
            var kept = page.Locator("#saved li[data-kind=robust]");
            Assert.Equal(id, await kept.GetAttributeAsync("data-saved"));
            Assert.Contains("Employer hostility: 0.7. How robust: 2 worlds × 3 runs — ", await kept.TextContentAsync());
            // The list gives the verdict's first clause, without "The ranking " where the verdict opens with it.
            var clause = verdict.Split(':')[0];
            Assert.Contains(clause.StartsWith("The ranking ", StringComparison.Ordinal) ? clause["The ranking ".Length..] : clause, await kept.TextContentAsync());
            Assert.Equal(1, await page.Locator("#saved li[data-kind=comparison]").CountAsync());

            var clock = Stopwatch.StartNew();
            await kept.Locator("a").ClickAsync();
            // The address is enough here (the page's own load can wait on the rerun under a busy machine); the state below
            // is waited for with its own, longer budget.
            await page.WaitForURLAsync($"**/?saved={id}*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
            await Until(page, $"window.workbench.state.keptRobust !== null && {RobustDone}", 300);
            var reopened = clock.ElapsedMilliseconds;
            Assert.StartsWith("Reopened the robustness check kept on ", await page.Locator("#history-status").TextContentAsync());
            Assert.Equal("0.7", await page.Locator("#f-workplace-employer-hostility").InputValueAsync());
            Assert.Equal("2", await page.Locator("#robust-worlds").InputValueAsync());
            Assert.Equal("3", await page.Locator("#robust-runs").InputValueAsync());
            Assert.Equal(verdict, await page.Locator(".robust-verdict").TextContentAsync());
            Assert.Equal(table, await page.Locator("#robust-result tbody").InnerTextAsync());
            Assert.EndsWith("The same verdict as when it was kept.", await page.Locator("#robust-progress").TextContentAsync());
            Workbench.Record($"kept robustness check reopened after a restart ({(args.Length > 0 ? "PostgreSQL" : "local file")}), 2 worlds × 3 runs simulated again: {reopened} ms");
            await Workbench.Close(page);
        }
        finally
        {
            await Stop(server);
        }

        Assert.Empty(errors);
        return id;
    }

    private static async Task<(Process Server, string Address, string Printed)> Start(IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var (process, line) = await Workbench.Serve(environment, args);
        var address = AddressIn().Match(line);
        Assert.True(address.Success, line);
        return (process, address.Value, line);
    }

    private static async Task Stop(Process server)
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync(TestContext.Current.CancellationToken);
        server.Dispose();
    }

    [GeneratedRegex(@"http://[^\s/]+")]
    private static partial Regex AddressIn();

    [GeneratedRegex(@"^name: .*$", RegexOptions.Multiline)]
    private static partial Regex NameLine();
}

/// <summary>The same with <c>serve --db</c>: the comparisons are documents in PostgreSQL, and no file is written.</summary>
[Collection(WorkbenchCollection.Name)]
public class KeptInPostgresTests(Workbench workbench, CampaignSim.Testing.PostgresFixture postgres) : IClassFixture<CampaignSim.Testing.PostgresFixture>
{
    [Fact]
    public async Task with_a_database_the_comparisons_are_stored_listed_reopened_and_shared_by_link()
    {
        using var homeFolder = new TempFolder();
        var home = homeFolder.Path;
        // XDG_STATE_HOME is set too, and must stay empty: with --db nothing is written to the file.
        var environment = new Dictionary<string, string> { ["XDG_STATE_HOME"] = home };
        var database = new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        await KeptComparisonTests.SurvivesARestart(workbench, environment, ["--db", postgres.ConnectionString], $"PostgreSQL at {database.Host}:{database.Port}, database \"{database.Database}\"");
        Assert.False(Directory.Exists(Path.Combine(home, "campaignsim")));
        await using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new Npgsql.NpgsqlCommand("select count(*) from campaignsim.mt_doc_pagecomparison", connection);
        Assert.Equal(2L, (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }
}

/// <summary>A robustness check kept with <c>serve --db</c>: a document beside the comparisons in PostgreSQL, no file written.</summary>
[Collection(WorkbenchCollection.Name)]
public class KeptCheckInPostgresTests(Workbench workbench, CampaignSim.Testing.PostgresFixture postgres) : IClassFixture<CampaignSim.Testing.PostgresFixture>
{
    [Fact]
    public async Task with_a_database_a_robustness_check_is_stored_listed_and_reopened_to_the_same_verdict()
    {
        using var homeFolder = new TempFolder();
        var home = homeFolder.Path;
        var environment = new Dictionary<string, string> { ["XDG_STATE_HOME"] = home };
        await KeptComparisonTests.CheckSurvivesARestart(workbench, environment, ["--db", postgres.ConnectionString]);
        Assert.False(Directory.Exists(Path.Combine(home, "campaignsim")));
        await using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        // The comparison shown beside it and the check, each kept once; the check's JSON (a string in the document) has its worlds.
        await using var count = new Npgsql.NpgsqlCommand("select count(*), count(*) filter (where position('\\\"robust\\\":{' in data::text) > 0) "
            + "from campaignsim.mt_doc_pagecomparison", connection);
        await using var reader = await count.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal((2L, 1L), (reader.GetInt64(0), reader.GetInt64(1)));
    }
}
