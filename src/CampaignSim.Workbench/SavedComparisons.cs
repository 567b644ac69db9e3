using System.Text.Json;
using CampaignSim.Analysis.Worlds;

namespace CampaignSim.Workbench;

/// <summary>A model's place in a stored comparison's answer, as the page showed it.</summary>
/// <param name="Model">Model id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Rank">Rank.</param>
/// <param name="FirstIn">The share of resamples in which it comes first, as the report prints it.</param>
/// <param name="Score">The score as the report prints it.</param>
public sealed record SavedRank(string Model, string Name, int Rank, string FirstIn, string Score);

/// <summary>What a robustness check kept beyond the server's memory ran in, and each model's standing across those worlds.</summary>
/// <param name="Worlds">How many plausible worlds it ran: the first ones of the worlds file.</param>
/// <param name="WorldsEngineVersion">The engine version the worlds file's worlds were matched with (its <c>engineVersion</c>).</param>
/// <param name="WorldsInFile">How many plausible worlds the file held.</param>
/// <param name="WorldsDigest">What tells that file from another with the same engine version and count (<see cref="RobustViews.Digest"/>).</param>
/// <param name="Models">Each model's standing across the worlds: the worlds it is first in, its median and worst-tenth shortfall.</param>
public sealed record SavedRobustness(int Worlds, string WorldsEngineVersion, int WorldsInFile, string WorldsDigest, IReadOnlyList<RobustStanding> Models);

/// <summary>
/// A comparison made on the page, or a robustness check ("How robust is this answer?"), kept so that it can be listed,
/// reopened and shared by a link after the server stops: what it was made from (the scenario text, the settings, runs and
/// seed; for a check, the worlds too) and the answer it gave. Reopening runs it again from the same inputs and seeds, which
/// gives the same numbers with the same engine version and worlds file (docs/workbench.md#comparisons-kept).
/// </summary>
/// <param name="Id">Its id in links: the start of <see cref="ComparisonInput.Key"/>, so the same inputs are kept once (for a check,
/// of that key with the worlds run and the worlds file: <see cref="RobustId"/>).</param>
/// <param name="SavedUtc">When it finished.</param>
/// <param name="EngineVersion">The engine that made it.</param>
/// <param name="Title">The scenario's name.</param>
/// <param name="Scenario">The shipped scenario's short name, or null for scenario text.</param>
/// <param name="Yaml">The scenario text it was made from (the shipped file's text for a shipped scenario).</param>
/// <param name="Sets">The settings changed on the page, as <c>--set</c> takes them.</param>
/// <param name="Runs">Runs per model (for a check, in each world).</param>
/// <param name="Seed">First seed.</param>
/// <param name="Weights">Ranking weights when it finished.</param>
/// <param name="Matter">Smallest differences that matter when it finished.</param>
/// <param name="Answer">The answer sentence under those weights (for a check, its verdict).</param>
/// <param name="Headline">The answer in a few words (for a check, "How robust: 20 worlds × 20 runs — " and the verdict's first sentence).</param>
/// <param name="Ranking">The ranking under those weights (empty for a check: see <see cref="SavedRobustness.Models"/>).</param>
/// <param name="Command">The equivalent command line.</param>
/// <param name="Robust">For a robustness check, the worlds it ran and each model's standing; null for a comparison. A workbench
/// older than this field reads a kept check as a comparison of its scenario with the runs per world.</param>
public sealed record SavedComparison(string Id, DateTimeOffset SavedUtc, string EngineVersion, string Title, string? Scenario, string Yaml,
    IReadOnlyList<string> Sets, int Runs, ulong Seed, string Weights, string Matter, string Answer, string Headline,
    IReadOnlyList<SavedRank> Ranking, string Command, SavedRobustness? Robust = null)
{
    /// <summary>How long an id is: 16 hex digits of the input key.</summary>
    public const int IdLength = 16;

    /// <summary>The JSON a store keeps.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>A kept comparison from its JSON, or null when it cannot be read (written by another version, or damaged).</summary>
    public static SavedComparison? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SavedComparison>(json, Options) is { Id.Length: > 0, Yaml: not null, Robust: null or { Worlds: > 0, Models: not null } } saved
                ? saved : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The record of a finished job, under the weights and smallest differences it was started with.</summary>
    public static SavedComparison Of(ComparisonJob job)
    {
        var input = job.Input;
        var view = ResultViews.Of(job);
        return new SavedComparison(input.Key[..IdLength], job.Finished ?? DateTimeOffset.UtcNow, Domain.Simulation.EngineInfo.Version,
            input.Loaded.Scenario.Name, input.ScenarioArgument == ComparisonInput.TextFileName ? null : input.ScenarioArgument, input.Yaml, input.Loaded.Sets,
            input.Runs, input.Seed, input.Weights.ToString(), input.Matter.ToString(), view.Answer, view.Headline,
            view.Ranking.Select(r => new SavedRank(r.Model, r.Name, r.Rank, r.BestIn, r.ScoreText)).ToList(), view.Command);
    }

    /// <summary>
    /// The record of a finished robustness check, under the weights and smallest differences it was started with: the comparison
    /// it repeated, the worlds (how many, and which file), the verdict and each model's standing; not its runs.
    /// </summary>
    public static SavedComparison Of(RobustJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var input = job.Input;
        var (verdict, first, models) = RobustViews.Answer(job, done: true, job.Results, input.Weights, input.Matter)
            ?? throw new InvalidOperationException("a robustness check is kept once every world is done");
        var headline = $"How robust: {job.Worlds.Count} world{(job.Worlds.Count == 1 ? "" : "s")} × {input.Runs} run{(input.Runs == 1 ? "" : "s")} — "
            + (first.StartsWith(RankingPrefix, StringComparison.Ordinal) ? first[RankingPrefix.Length..] : first);
        return new SavedComparison(RobustId(job), DateTimeOffset.UtcNow, Domain.Simulation.EngineInfo.Version,
            input.Loaded.Scenario.Name, input.ScenarioArgument == ComparisonInput.TextFileName ? null : input.ScenarioArgument, input.Yaml, input.Loaded.Sets,
            input.Runs, input.Seed, input.Weights.ToString(), input.Matter.ToString(), verdict, headline, [], RobustViews.Command(job, input.Weights, input.Matter),
            new SavedRobustness(job.Worlds.Count, job.File.EngineVersion, job.File.Worlds.Count, job.WorldsDigest, models));
    }

    /// <summary>
    /// The id a robustness check is kept under: the start of the SHA-256 of its comparison's input key, the worlds run and the
    /// worlds file's digest, so the same check is kept once and never under a comparison's id.
    /// </summary>
    public static string RobustId(RobustJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var key = string.Join('\n', "robust", job.Input.Key, job.Worlds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), job.WorldsDigest);
        return Sha256Text.Hex(key)[..IdLength];
    }

    /// <summary>
    /// What differs between what made this and this workbench, in words, or null when nothing does: the engine version
    /// (<paramref name="engineNow"/>) and, for a check, the worlds file (<paramref name="worldsNow"/>, null when there is none).
    /// With a difference, running it again is not running the same thing, so the page says so instead of showing other numbers.
    /// </summary>
    public string? ChangedSince(string engineNow, WorldsFile? worldsNow)
    {
        var said = new List<string>();
        if (EngineVersion != engineNow)
        {
            said.Add($"it was made with engine {EngineVersion} and this workbench runs engine {engineNow}");
        }

        if (Robust is { } robust)
        {
            var kept = $"its worlds file was of engine {robust.WorldsEngineVersion} with {robust.WorldsInFile} worlds";
            if (worldsNow is null)
            {
                said.Add($"{kept}, and this workbench has no worlds file");
            }
            else if (worldsNow.EngineVersion != robust.WorldsEngineVersion || worldsNow.Worlds.Count != robust.WorldsInFile)
            {
                said.Add($"{kept}, and this workbench's is of engine {worldsNow.EngineVersion} with {worldsNow.Worlds.Count}");
            }
            else if (RobustViews.Digest(worldsNow) != robust.WorldsDigest)
            {
                said.Add($"{kept}, and this workbench's has the same engine and number of worlds but other worlds");
            }
        }

        return said.Count == 0 ? null : char.ToUpperInvariant(said[0][0]) + string.Join("; ", said)[1..] + ".";
    }

    private const string RankingPrefix = "The ranking ";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Where comparisons and robustness checks made on the page are kept beyond the server's memory, in one list: PostgreSQL
/// with <c>serve --db</c>, else a local file (<see cref="FileComparisonArchive"/>). Saving happens when one finishes; a failure is kept in
/// <see cref="LastProblem"/> and shown with the list, never thrown at the runs.
/// </summary>
public interface IComparisonArchive
{
    /// <summary>Where they are kept, in words (a file path, or the server and database; never a password).</summary>
    string Where { get; }

    /// <summary>How many are kept at most, or null for no limit.</summary>
    int? Limit { get; }

    /// <summary>The last failure to save or read, or null.</summary>
    string? LastProblem { get; }

    /// <summary>Keeps a comparison or a check (replacing one with the same id).</summary>
    Task SaveAsync(SavedComparison saved, CancellationToken cancellationToken = default);

    /// <summary>The most recent ones, newest first.</summary>
    Task<IReadOnlyList<SavedComparison>> ListAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>One by id, or null.</summary>
    Task<SavedComparison?> FindAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>
/// The comparisons and robustness checks kept in one JSON file on this computer, when the workbench has no database: the
/// last <see cref="MaxKept"/> of them together (and at most <see cref="MaxBytes"/> of scenario text in all), newest first. The file is replaced
/// whole (written beside it, then renamed over it), so a crash leaves the old list or the new one, never half of one; two
/// workbenches sharing the file each keep their own list and the last to save wins (docs/workbench.md#comparisons-kept).
/// </summary>
public sealed class FileComparisonArchive(string path) : IComparisonArchive
{
    /// <summary>Most comparisons and robustness checks kept, counted together.</summary>
    public const int MaxKept = 50;

    /// <summary>Most bytes of scenario text kept over all of them (a scenario file may be 1 MiB).</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public string Where => $"the file {Path} on this computer";

    /// <inheritdoc />
    public int? Limit => MaxKept;

    /// <inheritdoc />
    public string? LastProblem { get; private set; }

    /// <summary>
    /// The default file: <c>$XDG_STATE_HOME/campaignsim/workbench-comparisons.json</c>, else
    /// <c>~/.local/state/campaignsim/…</c> (on Windows, under the local application data folder).
    /// </summary>
    public static string DefaultPath()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        var root = !string.IsNullOrWhiteSpace(state) && System.IO.Path.IsPathRooted(state) ? state
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        return System.IO.Path.Combine(root, "campaignsim", "workbench-comparisons.json");
    }

    /// <inheritdoc />
    public async Task SaveAsync(SavedComparison saved, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var kept = new List<SavedComparison> { saved };
            var bytes = (long)saved.Yaml.Length;
            foreach (var old in await Read(cancellationToken))
            {
                if (old.Id == saved.Id || kept.Count >= MaxKept || bytes + old.Yaml.Length > MaxBytes)
                {
                    continue;
                }

                kept.Add(old);
                bytes += old.Yaml.Length;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".new";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(kept.Select(k => JsonDocument.Parse(k.ToJson()).RootElement)), cancellationToken);
            File.Move(temporary, Path, overwrite: true);
            LastProblem = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LastProblem = $"could not write {Path}: {e.Message}";
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SavedComparison>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return (await Read(cancellationToken)).Take(max).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<SavedComparison?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await ListAsync(MaxKept, cancellationToken)).FirstOrDefault(s => s.Id == id);

    private async Task<List<SavedComparison>> Read(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path, cancellationToken));
            return document.RootElement.ValueKind != JsonValueKind.Array ? []
                : document.RootElement.EnumerateArray().Select(e => SavedComparison.FromJson(e.GetRawText())).OfType<SavedComparison>().ToList();
        }
        catch (JsonException e)
        {
            // Set aside rather than overwritten by the next save, so that nothing is lost without a trace.
            var aside = Path + ".unreadable";
            File.Move(Path, aside, overwrite: true);
            LastProblem = $"{Path} could not be read ({e.Message}); it was moved to {aside} and a new list begun";
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LastProblem = $"could not read {Path}: {e.Message}";
            return [];
        }
    }
}
