namespace CampaignSim.Cli.Output;

/// <summary>
/// An <c>--out</c> destination that cannot be written, or holds files campaignsim did not write: exit code 2, with a
/// message that says what to do. Nothing was written.
/// </summary>
public sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);
