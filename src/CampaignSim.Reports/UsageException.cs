namespace CampaignSim.Reports;

/// <summary>The command line asks for something the command cannot do: a bad option or value. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
