using System.Text;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// The durable queue on PostgreSQL (Wolverine's PostgreSQL transport, table <c>wolverine_queue_{name}</c>) that
/// distributed comparisons put their run blocks on and every worker takes them from (competing consumers).
/// </summary>
/// <remarks>
/// There is one queue per engine version: a worker built from another engine would produce other numbers, so it
/// never even sees the blocks of a comparison started by this one. It listens only to its own version's queue.
/// </remarks>
internal static class SharedRunQueue
{
    /// <summary>Prefix of every engine version's queue name.</summary>
    public const string Prefix = "campaign_runs_e";

    /// <summary>The queue of this engine version, e.g. <c>campaign_runs_e2_0_0</c>.</summary>
    public static string Name { get; } = NameFor(EngineInfo.Version);

    /// <summary>Its Wolverine address.</summary>
    public static Uri Uri { get; } = new($"postgresql://{Name}");

    /// <summary>The queue name of an engine version: letters and digits kept, anything else an underscore.</summary>
    public static string NameFor(string engineVersion)
    {
        var name = new StringBuilder(Prefix);
        foreach (var c in engineVersion.ToLowerInvariant()) name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return name.ToString();
    }

    /// <summary>
    /// The engine version whose queue an address names (with dots for the underscores of the queue name), or null
    /// when it names none.
    /// </summary>
    public static string? EngineOf(string address)
    {
        var start = address.IndexOf("://" + Prefix, StringComparison.Ordinal);
        return start < 0 ? null : address[(start + 3 + Prefix.Length)..].TrimEnd('/').Replace('_', '.');
    }
}
