using Wolverine.Runtime;
using Wolverine.Runtime.Agents;

namespace CampaignSim.EventStore.Hosting;

/// <summary>
/// Makes a worker recognisable in Wolverine's node table: its node lists <c>campaignsim-worker://{queue}/</c> among
/// the capabilities it records with every heartbeat, so coordinators and <c>campaignsim jobs</c> can count the
/// workers of each engine version from that table alone. The family runs no agent of its own.
/// </summary>
internal sealed class WorkerCapability : IStaticAgentFamily
{
    /// <summary>The URI scheme of the capability.</summary>
    public const string SchemeName = "campaignsim-worker";

    /// <summary>The capability of a worker of this engine version.</summary>
    public static Uri Uri { get; } = new($"{SchemeName}://{SharedRunQueue.Name}/");

    /// <inheritdoc />
    public string Scheme => SchemeName;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Uri>> AllKnownAgentsAsync() => ValueTask.FromResult<IReadOnlyList<Uri>>([]);

    /// <inheritdoc />
    public ValueTask<IAgent> BuildAgentAsync(Uri uri, IWolverineRuntime wolverineRuntime) =>
        throw new InvalidAgentException($"{uri} names a capability, not an agent.");

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Uri>> SupportedAgentsAsync() => ValueTask.FromResult<IReadOnlyList<Uri>>([Uri]);

    /// <inheritdoc />
    public ValueTask EvaluateAssignmentsAsync(AssignmentGrid assignments) => ValueTask.CompletedTask;
}
