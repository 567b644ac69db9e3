using System.Diagnostics;
using System.Text.Json;
using CampaignSim.Analysis.Comparison;
using CampaignSim.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignSim.Workbench;

/// <summary>
/// The committee's workbench: a page and a small JSON API over the comparison engine and the report library.
/// <see cref="Build"/> makes the server <c>campaignsim serve</c> runs; <see cref="AddWorkbench"/> and <see cref="UseWorkbench"/>
/// let tests host the same endpoints.
/// </summary>
public static class WorkbenchApp
{
    /// <summary>Header that carries the token when the server listens beyond loopback.</summary>
    public const string TokenHeader = "X-Workbench-Token";

    /// <summary>Cookie that carries the token once the page was opened with it.</summary>
    public const string TokenCookie = "campaignsim-workbench-token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    /// <summary>The server for <paramref name="options"/>, not yet started; finished comparisons are kept in <paramref name="archive"/> when given.</summary>
    public static WebApplication Build(WorkbenchOptions options, IComparisonArchive? archive = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1024;
            k.AddServerHeader = false;
        });
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':') && !options.Host.StartsWith('[') ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        builder.Services.AddWorkbench(options, archive: archive);
        var app = builder.Build();
        app.UseWorkbench();
        return app;
    }

    /// <summary>
    /// Runs a tiny comparison of a shipped scenario (two runs per model) and builds its report, so the engine and the report
    /// code are compiled before the committee's first change: a first comparison in a fresh process otherwise runs
    /// several times slower than later ones. Failures are ignored; it only saves time.
    /// </summary>
    public static Task WarmUp(WebApplication app) => Task.Run(() =>
    {
        try
        {
            var library = app.Services.GetRequiredService<ScenarioLibrary>();
            var options = app.Services.GetRequiredService<WorkbenchOptions>();
            if ((library.Entries.FirstOrDefault(e => e.ShortName == "hospital-stewards") ?? library.Entries.FirstOrDefault()) is not { } entry)
            {
                return;
            }

            var input = ComparisonInput.From(new ComparisonBody { Scenario = entry.ShortName, Runs = 2 }, options, library);
            var result = ProgressiveComparison.Run(input.Request(options.Threads), (_, _) => { });
            _ = Reports.HtmlRenderer.Render(Reports.ComparisonReport.Build(
                new Reports.Output.ComparisonRecord(input.Loaded, input.ScenarioArgument, result, input.CommandLine(input.Weights, input.Matter), DateTimeOffset.UtcNow),
                ComparisonInput.OutFolder));
        }
        catch (Exception)
        {
            // Only a head start: any real problem shows when the page asks for the same work.
        }
    });

    /// <summary>Registers the workbench's services; <paramref name="archive"/> keeps finished comparisons beyond the server's memory.</summary>
    public static IServiceCollection AddWorkbench(this IServiceCollection services, WorkbenchOptions options, ScenarioLibrary? library = null,
        IComparisonArchive? archive = null)
    {
        services.AddSingleton(options);
        services.AddSingleton(library ?? new ScenarioLibrary(ScenarioCatalog.FindShipped()));
        services.AddSingleton(new ComparisonJobs(options, archive));
        services.AddRouting();
        return services;
    }

    /// <summary>
    /// Adds the security headers, the checks that keep other sites out (the Host, then where a state-changing request comes
    /// from), the token check, the error handling and the endpoints. The checks come before routing, so they cover every
    /// endpoint, the page and its assets included.
    /// </summary>
    public static IApplicationBuilder UseWorkbench(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<WorkbenchOptions>();
        var server = app.ApplicationServices.GetService<IServer>();
        var hosts = new AllowedHosts(options.Host, () => AllowedHosts.PortsOf(server?.Features.Get<IServerAddressesFeature>()?.Addresses, options.Port));
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            if (!hosts.Allows(context.Request.Host))
            {
                await Problem(context, 400, "the Host of this request is not this workbench's address; open the address it printed when it started");
                return;
            }

            if (CrossSiteCheck.IsStateChanging(context.Request.Method) && CrossSiteCheck.FromAnotherSite(context.Request))
            {
                await Problem(context, 403, "a request from another site may not change anything here; use the workbench's own page");
                return;
            }

            if (options.Token is { } token && !HasToken(context, token))
            {
                await Problem(context, 401, "this workbench listens beyond this computer, so every request needs the token printed when it started: "
                    + "open the address it printed (with ?token=…)");
                return;
            }

            try
            {
                await next(context);
            }
            catch (BadInputException e)
            {
                await Problem(context, e.Status, e.Message);
            }
            catch (ScenarioException e)
            {
                await Problems(context, e);
            }
            catch (JsonException e)
            {
                await Problem(context, 400, JsonProblem(e, options));
            }
            catch (BadHttpRequestException e)
            {
                await Problem(context, e.StatusCode, e.Message);
            }
            catch (Exception e) when (!context.Response.HasStarted)
            {
                await Problem(context, 500, $"internal error ({e.GetType().Name}: {e.Message}); please report it with the scenario");
            }
        });
        app.UseRouting();
        app.UseEndpoints(e => e.MapWorkbench());
        return app;
    }

    private static void MapWorkbench(this IEndpointRouteBuilder e)
    {
        e.MapGet("/", () => Asset("index.html"));
        e.MapGet("/assets/{name}", (string name) => Asset(name));

        e.MapGet("/api/scenarios", (ScenarioLibrary library) =>
            Results.Json(library.Entries.Select(s => new { name = s.ShortName, title = s.Name, summary = s.Summary }), Json));

        e.MapGet("/api/scenarios/{name}", (string name, ScenarioLibrary library) =>
        {
            var entry = library.Find(name);
            return Results.Json(new { name = entry.ShortName, title = entry.Name, yaml = File.ReadAllText(entry.Path) }, Json);
        });

        // Loads a scenario with its overrides exactly as 'validate' and 'compare' do: the form for it, or every problem by line.
        e.MapPost("/api/scenario/check", async (HttpContext context, WorkbenchOptions options, ScenarioLibrary library) =>
        {
            var body = await ReadBody(context, options);
            var (loaded, argument, _) = ComparisonInput.Load(body, options, library);
            return Results.Json(new
            {
                ok = true,
                scenario = argument,
                name = loaded.Scenario.Name,
                workers = loaded.Scenario.Workplaces.Sum(w => w.Workers),
                fields = ScenarioForm.For(loaded.Scenario),
            }, Json);
        });

        e.MapPost("/api/comparisons", async (HttpContext context, WorkbenchOptions options, ScenarioLibrary library, ComparisonJobs jobs) =>
        {
            var body = await ReadBody(context, options);
            var input = ComparisonInput.From(body, options, library);
            var (job, reused) = jobs.Start(input, body.Replaces);
            return Results.Json(ResultViews.Of(job, input.Weights, input.Matter) with { Reused = reused, SavedId = SavedId(jobs, job) }, Json, statusCode: reused ? 200 : 202);
        });

        // Progress and results; with have=N (the replications the page already shows) the report sections are left out
        // until newer ones exist, so polling stays cheap while the runs go on.
        e.MapGet("/api/comparisons/{id}", (string id, string? weights, string? matter, int? have, ComparisonJobs jobs) =>
        {
            var job = Job(jobs, id);
            var view = ResultViews.Of(job, weights is null ? null : ParseWeights(weights), matter is null ? null : ParseMatter(matter)) with { SavedId = SavedId(jobs, job) };
            return Results.Json(have == view.Summarized && view.Summarized > 0 ? view with { Sections = [], Ranking = [], Unchanged = true } : view, Json);
        });

        e.MapDelete("/api/comparisons/{id}", (string id, ComparisonJobs jobs) =>
        {
            var job = Job(jobs, id);
            job.Cancel();
            return Results.Json(new { id, state = job.State == "running" ? "cancelling" : job.State }, Json);
        });

        // Re-ranks the runs already made under other weights or smallest differences that matter: no new simulation. The body
        // is read first, so a body that is not JSON is a 415 whatever the id.
        e.MapPost("/api/comparisons/{id}/rank", async (string id, HttpContext context, WorkbenchOptions options, ComparisonJobs jobs) =>
        {
            var body = await ReadBody(context, options);
            var job = Job(jobs, id);
            var weights = ComparisonInput.WeightsFrom(body.Weights);
            var matter = ComparisonInput.MatterFrom(body.Matter);
            if (job.Summary is null)
            {
                throw new BadInputException("no runs have finished yet; the ranking follows when the first ones do", 409);
            }

            var clock = Stopwatch.StartNew();
            var view = ResultViews.Ranked(job, weights, matter);
            context.Response.Headers["Server-Timing"] = $"rank;dur={clock.Elapsed.TotalMilliseconds:F1}";
            return Results.Json(view, Json);
        });

        e.MapGet("/api/comparisons/{id}/files/{name}", (string id, string name, string? weights, string? matter, ComparisonJobs jobs) =>
        {
            var job = Job(jobs, id);
            if (job.State != "done")
            {
                throw new BadInputException($"the comparison is {job.State}; its files can be downloaded when every run has finished", 409);
            }

            var w = weights is null ? job.Input.Weights : ParseWeights(weights);
            var d = matter is null ? job.Input.Matter : ParseMatter(matter);
            var files = ResultViews.Files(job, w, d);
            if (!files.TryGetValue(name, out var bytes))
            {
                throw new BadInputException($"no file '{name}'; the files are {string.Join(", ", files.Keys)}", 404);
            }

            var type = Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".md" => "text/markdown; charset=utf-8",
                ".json" => "application/json",
                ".csv" => "text/csv; charset=utf-8",
                _ => "application/yaml",
            };
            return Results.File(bytes, type, name);
        });

        e.MapGet("/api/comparisons/{id}/story", (string id, string? model, int? replication, ComparisonJobs jobs) =>
        {
            var job = Job(jobs, id);
            var applicable = job.Request.Models.Where(m => ComparisonRunner.NotApplicableBecause(job.Request.Scenario, m) is null).ToList();
            if (model is null || !applicable.Contains(model))
            {
                throw new BadInputException($"choose a model that applies here: {string.Join(", ", applicable)}");
            }

            var r = replication ?? 0;
            if (r < 0 || r >= job.Request.Replications)
            {
                throw new BadInputException($"replication must be from 0 to {job.Request.Replications - 1} (got {r})");
            }

            return Results.Json(ResultViews.Story(job, model, r), Json);
        });

        e.MapGet("/api/whatif", (string? before, string? after, string? weights, string? matter, ComparisonJobs jobs) =>
        {
            var (a, b) = Pair(jobs, before, after);
            return Results.Json(ResultViews.WhatIf(a, b, weights is null ? b.Input.Weights : ParseWeights(weights), matter is null ? b.Input.Matter : ParseMatter(matter)), Json);
        });

        // The what-if folder the report refers to (report.md, report.html, before/, after/), as one zip.
        e.MapGet("/api/whatif/files/whatif.zip", (string? before, string? after, string? weights, string? matter, ComparisonJobs jobs) =>
        {
            var (a, b) = Pair(jobs, before, after);
            if (a.State != "done" || b.State != "done")
            {
                throw new BadInputException("the what-if folder can be downloaded when both comparisons have finished", 409);
            }

            var bytes = ResultViews.WhatIfZip(a, b, weights is null ? b.Input.Weights : ParseWeights(weights), matter is null ? b.Input.Matter : ParseMatter(matter));
            return Results.File(bytes, "application/zip", "whatif.zip");
        });

        // The six organizing models in plain words, for the page's names and descriptions.
        e.MapGet("/api/models", () => Results.Json(Domain.OrganizingModels.ModelCatalog.All.Select(m => new
        {
            id = m.Id,
            name = m.Name,
            shortName = Reports.ComparisonReport.ShortName(m.Id),
            summary = m.Summary,
            color = Reports.SvgCharts.ColorFor(m.Id),
        }), Json));

        e.MapPost("/api/sweeps", async (HttpContext context, WorkbenchOptions options, ScenarioLibrary library, ComparisonJobs jobs) =>
        {
            var body = await ReadBody<SweepBody>(context, options);
            var (path, values, points) = SweepViews.Check(body, options, library);
            var sweep = jobs.StartSweep(path, points, values, body.Comparison.Replaces);
            return Results.Json(SweepViews.Of(sweep, points[0].Weights, points[0].Matter), Json, statusCode: 202);
        });

        e.MapGet("/api/sweeps/{id}", (string id, string? weights, string? matter, ComparisonJobs jobs) =>
        {
            var sweep = Sweep(jobs, id);
            return Results.Json(SweepViews.Of(sweep, weights is null ? sweep.Points[0].Weights : ParseWeights(weights),
                matter is null ? sweep.Points[0].Matter : ParseMatter(matter)), Json);
        });

        e.MapDelete("/api/sweeps/{id}", (string id, ComparisonJobs jobs) =>
        {
            var sweep = Sweep(jobs, id);
            sweep.Cancel();
            return Results.Json(new { id, state = sweep.State == "running" ? "cancelling" : sweep.State }, Json);
        });

        e.MapPost("/api/robust", async (HttpContext context, WorkbenchOptions options, ScenarioLibrary library, ComparisonJobs jobs) =>
        {
            var body = await ReadBody<RobustBody>(context, options);
            var (input, file, count) = RobustViews.Check(body, options, library);
            var job = jobs.StartRobust(input, file, count, body.Replaces);
            return Results.Json(RobustViews.Of(job, input.Weights, input.Matter, SavedId(jobs, job)), Json, statusCode: 202);
        });

        e.MapGet("/api/robust/{id}", (string id, string? weights, string? matter, ComparisonJobs jobs) =>
        {
            var job = Robust(jobs, id);
            return Results.Json(RobustViews.Of(job, weights is null ? job.Input.Weights : ParseWeights(weights),
                matter is null ? job.Input.Matter : ParseMatter(matter), SavedId(jobs, job)), Json);
        });

        e.MapDelete("/api/robust/{id}", (string id, ComparisonJobs jobs) =>
        {
            var job = Robust(jobs, id);
            job.Cancel();
            return Results.Json(new { id, state = job.State == "running" ? "cancelling" : job.State }, Json);
        });

        // Comparisons and robustness checks kept beyond this server's memory (docs/workbench.md#comparisons-kept): the list,
        // and one to reopen. Each says what differs between what made it and this workbench (engine, worlds file), if anything.
        e.MapGet("/api/saved", async (ComparisonJobs jobs, CancellationToken cancel) =>
        {
            var archive = jobs.Archive;
            var list = archive is null ? [] : await archive.ListAsync(50, cancel);
            var worlds = list.Any(c => c.Robust is not null) ? WorldsNow() : null;
            return Results.Json(new
            {
                where = archive?.Where,
                limit = archive?.Limit,
                problem = archive?.LastProblem,
                comparisons = list.Select(c => new
                {
                    c.Id,
                    kind = c.Robust is null ? "comparison" : "robust",
                    c.SavedUtc,
                    c.Title,
                    c.Scenario,
                    c.Sets,
                    c.Runs,
                    c.Seed,
                    c.Answer,
                    c.Headline,
                    c.EngineVersion,
                    worlds = c.Robust?.Worlds,
                    worldsInFile = c.Robust?.WorldsInFile,
                    worldsEngineVersion = c.Robust?.WorldsEngineVersion,
                    changed = c.ChangedSince(Domain.Simulation.EngineInfo.Version, worlds),
                    changes = c.Sets.Select(Describe).ToList(),
                }),
            }, Json);
        });

        e.MapGet("/api/saved/{id}", async (string id, ComparisonJobs jobs, CancellationToken cancel) =>
        {
            var archive = jobs.Archive ?? throw new BadInputException("this workbench keeps no comparisons beyond its memory", 404);
            var saved = await archive.FindAsync(id, cancel)
                ?? throw new BadInputException($"no kept comparison '{id}' in {archive.Where}; it may have been made on another workbench, or dropped as older than the last {archive.Limit}", 404);
            var worlds = saved.Robust is null ? null : WorldsNow();
            return Results.Json(new
            {
                saved,
                engineNow = Domain.Simulation.EngineInfo.Version,
                worldsNow = worlds is null ? null : new { engineVersion = worlds.EngineVersion, inFile = worlds.Worlds.Count },
                changed = saved.ChangedSince(Domain.Simulation.EngineInfo.Version, worlds),
                changes = saved.Sets.Select(Describe).ToList(),
            }, Json);
        });

        e.MapFallback((HttpContext context) => Problem(context, 404, $"no page or endpoint at {context.Request.Path}; see docs/workbench.md"));
    }

    /// <summary>
    /// Whether the request carries the token: in the header (the page's script), the query (the printed address,
    /// download links) or the cookie set when the page was opened with it (so the page's own script and style load).
    /// </summary>
    private static bool HasToken(HttpContext context, string token)
    {
        static bool Same(string? given, string token) => given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(token));

        if (Same(context.Request.Query["token"].FirstOrDefault(), token))
        {
            context.Response.Cookies.Append(TokenCookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            return true;
        }

        return Same(context.Request.Headers[TokenHeader].FirstOrDefault(), token) || Same(context.Request.Cookies[TokenCookie], token);
    }

    private static (ComparisonJob Before, ComparisonJob After) Pair(ComparisonJobs jobs, string? before, string? after)
    {
        var a = Job(jobs, before ?? throw new BadInputException("give before=ID, the comparison to start from", 400));
        var b = Job(jobs, after ?? throw new BadInputException("give after=ID, the comparison to set against it", 400));
        if (a.Summary is null || b.Summary is null || a.Summarized != b.Summarized || a.Request.BaseSeed != b.Request.BaseSeed)
        {
            throw new BadInputException("the two comparisons are compared run by run on the same seeds: wait until both have the same runs done, "
                + "with the same number of runs and the same seed", 409);
        }

        return (a, b);
    }

    /// <summary>The id a finished comparison is kept under, when this workbench keeps them (its link is <c>?saved=ID</c>).</summary>
    private static string? SavedId(ComparisonJobs jobs, ComparisonJob job) =>
        jobs.Archive is null || job.State != "done" ? null : job.Input.Key[..SavedComparison.IdLength];

    /// <summary>The id a finished robustness check is kept under, when this workbench keeps them (its link is <c>?saved=ID</c>).</summary>
    private static string? SavedId(ComparisonJobs jobs, RobustJob job) =>
        jobs.Archive is null || job.State != "done" ? null : SavedComparison.RobustId(job);

    /// <summary>The shipped worlds file as it is now, or null when there is none or it cannot be read.</summary>
    private static Analysis.Worlds.WorldsFile? WorldsNow()
    {
        try
        {
            return RobustViews.ShippedWorlds();
        }
        catch (BadInputException)
        {
            return null;
        }
    }

    private static RobustJob Robust(ComparisonJobs jobs, string id) =>
        jobs.FindRobust(id) ?? throw new BadInputException($"no robustness check '{id}' (the workbench keeps the most recent ones only; run it again)", 404);

    private static SweepJob Sweep(ComparisonJobs jobs, string id) =>
        jobs.FindSweep(id) ?? throw new BadInputException($"no sweep '{id}' (the workbench keeps the most recent ones only; run it again)", 404);

    /// <summary>A setting in words: "Employer hostility: 0.9".</summary>
    private static string Describe(string set) =>
        set.IndexOf('=', StringComparison.Ordinal) is > 0 and var at ? $"{Analysis.ParameterLabels.For(set[..at].Trim())}: {set[(at + 1)..].Trim()}" : set;

    private static ComparisonJob Job(ComparisonJobs jobs, string id) =>
        jobs.Find(id) ?? throw new BadInputException($"no comparison '{id}' (the workbench keeps the most recent ones only; run it again)", 404);

    private static RankingWeights ParseWeights(string text)
    {
        try
        {
            return RankingWeights.Parse(text);
        }
        catch (FormatException e)
        {
            throw new BadInputException(e.Message);
        }
    }

    private static DifferencesThatMatter ParseMatter(string text)
    {
        try
        {
            return DifferencesThatMatter.Parse(text);
        }
        catch (FormatException e)
        {
            throw new BadInputException($"smallest differences that matter: {e.Message}");
        }
    }

    /// <summary>
    /// Reads a JSON body of at most <see cref="WorkbenchOptions.MaxBodyBytes"/>; larger is a 413 with the limit. Any content type
    /// but <c>application/json</c> is a 415: a form or a script on another site can send text or form data without asking, but
    /// JSON only after a CORS preflight, which the workbench never grants (docs/workbench.md#safety).
    /// </summary>
    private static Task<ComparisonBody> ReadBody(HttpContext context, WorkbenchOptions options) => ReadBody<ComparisonBody>(context, options);

    private static async Task<T> ReadBody<T>(HttpContext context, WorkbenchOptions options)
        where T : new()
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadInputException(
                $"send the request body as JSON with Content-Type: application/json (it came as {context.Request.ContentType ?? "no content type"})", 415);
        }

        var limit = options.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw TooLarge(limit);
            }
        }

        if (buffer.Length == 0)
        {
            return new T();
        }

        return JsonSerializer.Deserialize<T>(buffer.ToArray(), Json) ?? new T();
    }

    /// <summary>
    /// A body the JSON reader refused, in words a committee can act on: the field and what it takes, never the reader's own
    /// message, which names .NET types (<c>System.Nullable`1[System.Int32]</c>).
    /// </summary>
    internal static string JsonProblem(JsonException e, WorkbenchOptions options)
    {
        var path = e.Path ?? "$";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "";
        var dot = field.IndexOfAny(['.', '[']);
        var (top, key) = dot < 0 ? (field, "") : (field[..dot], field[(dot + 1)..].TrimEnd(']'));
        if (!e.Message.Contains("could not be converted", StringComparison.Ordinal) && e.InnerException is not InvalidOperationException)
        {
            return $"the request is not valid JSON (line {(e.LineNumber ?? 0) + 1}, character {(e.BytePositionInLine ?? 0) + 1}); the page sends JSON, so reload it";
        }

        return top.ToLowerInvariant() switch
        {
            "runs" => $"Runs per model: give a whole number from 1 to {options.MaxRuns.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)}.",
            "seed" => $"First seed: give a whole number from 0 to {ulong.MaxValue.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)}.",
            "weights" => $"Weight{(key.Length > 0 ? $" '{key}'" : "s")}: give a number from 0 to 100.",
            "matter" => $"Smallest difference that matters{(key.Length > 0 ? $" in {key}" : "s")}: give a number, 0 or more.",
            "sets" => "Each setting must be written as path=value, for example workplace.employer.hostility=0.8.",
            "values" => "Sweep values: give a list of numbers or words.",
            _ => $"the request's field '{(field.Length > 0 ? field : "(body)")}' is not of the kind the workbench expects; see docs/workbench.md",
        };
    }

    private static BadInputException TooLarge(int limit) =>
        new($"the request is larger than {limit / 1024} KiB; a scenario file may be at most {ScenarioLimits.MaxFileBytes / 1024 / 1024} MiB", 413);

    private static IResult Asset(string name)
    {
        var stream = typeof(WorkbenchApp).Assembly.GetManifestResourceStream("wwwroot/" + name);
        if (stream is null)
        {
            throw new BadInputException($"no file '{name}'", 404);
        }

        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }

    private static Task Problem(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { status, message }, Json);
    }

    private static Task Problems(HttpContext context, ScenarioException e)
    {
        context.Response.Clear();
        context.Response.StatusCode = 422;
        var count = e.Errors.Count;
        return context.Response.WriteAsJsonAsync(new
        {
            status = 422,
            message = $"the scenario has {count} problem{(count == 1 ? "" : "s")}",
            problems = e.Errors.Select(p => new { file = p.File, line = p.Line, column = p.Column, path = p.Path, message = p.Message, text = p.ToString() }),
        }, Json);
    }
}
