using System.Text.Json;

namespace CampaignSim.Workbench;

/// <summary>A model's place in a stored comparison's answer, as the page showed it.</summary>
/// <param name="Model">Model id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Rank">Rank.</param>
/// <param name="FirstIn">The share of resamples in which it comes first, as the report prints it.</param>
/// <param name="Score">The score as the report prints it.</param>
public sealed record SavedRank(string Model, string Name, int Rank, string FirstIn, string Score);

/// <summary>
/// A comparison made on the page, kept so that it can be listed, reopened and shared by a link after the server stops: what
/// it was made from (the scenario text, the settings, runs and seed) and the answer it gave. Reopening runs it again from the
/// same inputs and seeds, which gives the same numbers with the same engine version (docs/workbench.md#comparisons-kept).
/// </summary>
/// <param name="Id">Its id in links: the start of <see cref="ComparisonInput.Key"/>, so the same inputs are kept once.</param>
/// <param name="SavedUtc">When it finished.</param>
/// <param name="EngineVersion">The engine that made it.</param>
/// <param name="Title">The scenario's name.</param>
/// <param name="Scenario">The shipped scenario's short name, or null for scenario text.</param>
/// <param name="Yaml">The scenario text it was made from (the shipped file's text for a shipped scenario).</param>
/// <param name="Sets">The settings changed on the page, as <c>--set</c> takes them.</param>
/// <param name="Runs">Runs per model.</param>
/// <param name="Seed">First seed.</param>
/// <param name="Weights">Ranking weights when it finished.</param>
/// <param name="Matter">Smallest differences that matter when it finished.</param>
/// <param name="Answer">The answer sentence under those weights.</param>
/// <param name="Headline">The answer in a few words.</param>
/// <param name="Ranking">The ranking under those weights.</param>
/// <param name="Command">The equivalent command line.</param>
public sealed record SavedComparison(string Id, DateTimeOffset SavedUtc, string EngineVersion, string Title, string? Scenario, string Yaml,
    IReadOnlyList<string> Sets, int Runs, ulong Seed, string Weights, string Matter, string Answer, string Headline,
    IReadOnlyList<SavedRank> Ranking, string Command)
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
            return JsonSerializer.Deserialize<SavedComparison>(json, Options) is { Id.Length: > 0, Yaml: not null } saved ? saved : null;
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

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Where comparisons made on the page are kept beyond the server's memory: PostgreSQL with <c>serve --db</c>, else a local
/// file (<see cref="FileComparisonArchive"/>). Saving happens when a comparison finishes; a failure is kept in
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

    /// <summary>Keeps a comparison (replacing one with the same id).</summary>
    Task SaveAsync(SavedComparison saved, CancellationToken cancellationToken = default);

    /// <summary>The most recent ones, newest first.</summary>
    Task<IReadOnlyList<SavedComparison>> ListAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>One by id, or null.</summary>
    Task<SavedComparison?> FindAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>
/// The comparisons kept in one JSON file on this computer, when the workbench has no database: the last
/// <see cref="MaxKept"/> (and at most <see cref="MaxBytes"/> of scenario text in all), newest first. The file is replaced
/// whole (written beside it, then renamed over it), so a crash leaves the old list or the new one, never half of one; two
/// workbenches sharing the file each keep their own list and the last to save wins (docs/workbench.md#comparisons-kept).
/// </summary>
public sealed class FileComparisonArchive(string path) : IComparisonArchive
{
    /// <summary>Most comparisons kept.</summary>
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
