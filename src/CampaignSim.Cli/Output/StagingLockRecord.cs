namespace CampaignSim.Cli.Output;

/// <summary>What a staging lock left by a killed process says (<see cref="StagingLock"/>).</summary>
/// <param name="Target">The full path the output was going to.</param>
/// <param name="Files">The files announced in the staging folder, relative and <c>/</c>-separated.</param>
/// <param name="SwappedOut">Whether the earlier output was about to be moved to the <c>.old</c> folder.</param>
internal sealed record StagingLockRecord(string Target, IReadOnlyList<string> Files, bool SwappedOut);
