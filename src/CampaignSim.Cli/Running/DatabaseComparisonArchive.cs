using CampaignSim.EventStore;
using CampaignSim.Workbench;

namespace CampaignSim.Cli.Running;

/// <summary>The workbench's comparisons and robustness checks kept in PostgreSQL (<c>serve --db</c>), as documents of <see cref="PageComparisonStore"/>.</summary>
public sealed class DatabaseComparisonArchive(PageComparisonStore store) : IComparisonArchive, IAsyncDisposable
{
    /// <inheritdoc />
    public string Where => store.Database;

    /// <inheritdoc />
    public int? Limit => null;

    /// <inheritdoc />
    public string? LastProblem { get; private set; }

    /// <inheritdoc />
    public async Task SaveAsync(SavedComparison saved, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.SaveAsync(saved.Id, saved.SavedUtc, saved.ToJson(), cancellationToken);
            LastProblem = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LastProblem = $"could not keep the {(saved.Robust is null ? "comparison" : "robustness check")} in {store.Database}: {e.Message}";
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SavedComparison>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        try
        {
            return [.. (await store.ListAsync(max, cancellationToken)).Select(SavedComparison.FromJson).OfType<SavedComparison>()];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LastProblem = $"could not read the kept comparisons from {store.Database}: {e.Message}";
            return [];
        }
    }

    /// <inheritdoc />
    public async Task<SavedComparison?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.FindAsync(id, cancellationToken) is { } json ? SavedComparison.FromJson(json) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LastProblem = $"could not read the kept comparison from {store.Database}: {e.Message}";
            return null;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => store.DisposeAsync();
}
