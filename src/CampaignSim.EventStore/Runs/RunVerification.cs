namespace CampaignSim.EventStore.Runs;

/// <summary>What <c>CampaignStore.VerifyRunAsync</c> found.</summary>
public enum VerificationStatus
{
    /// <summary>Re-simulating the seed gave a byte-identical stream (and the stored stream, if kept, matches it).</summary>
    Verified,
    /// <summary>The stored stream, its recorded hash and the re-simulated stream do not all agree.</summary>
    Mismatch,
    /// <summary>The run was produced by another engine version; it cannot be re-derived by this one.</summary>
    EngineVersionDiffers,
}

/// <summary>The result of verifying a run by re-simulating its seed.</summary>
/// <param name="RunId">Run stream id.</param>
/// <param name="Comparison">Comparison name.</param>
/// <param name="ModelId">Model.</param>
/// <param name="Replication">Replication index.</param>
/// <param name="Seed">Seed.</param>
/// <param name="StreamStored">Whether the full stream is stored (else only its recorded hash is checked).</param>
/// <param name="StoredEngineVersion">Engine that produced the run.</param>
/// <param name="CurrentEngineVersion">This engine.</param>
/// <param name="RecordedHash">Stream hash recorded when the run finished.</param>
/// <param name="StoredHash">Hash of the stored events read back; null when the stream is not kept.</param>
/// <param name="ResimulatedHash">Hash of the re-simulated stream; null when the engine versions differ.</param>
/// <param name="Status">The verdict.</param>
/// <param name="FirstDifference">Index of the first event where stored and re-simulated streams differ, when both exist and differ.</param>
/// <param name="Message">The verdict in words.</param>
public sealed record RunVerification(
    Guid RunId,
    string Comparison,
    string ModelId,
    int Replication,
    ulong Seed,
    bool StreamStored,
    string StoredEngineVersion,
    string CurrentEngineVersion,
    string RecordedHash,
    string? StoredHash,
    string? ResimulatedHash,
    VerificationStatus Status,
    int? FirstDifference,
    string Message)
{
    /// <summary>Whether the run verified.</summary>
    public bool IsVerified => Status == VerificationStatus.Verified;
}
