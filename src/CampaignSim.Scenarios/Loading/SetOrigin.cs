namespace CampaignSim.Scenarios.Loading;

/// <summary>Where a YAML node inserted by a <c>--set</c> override came from, so its errors point at the override.</summary>
/// <param name="Ordinal">1-based position of the override among those given.</param>
/// <param name="Column">1-based character position in the override text.</param>
/// <param name="Text">The override as given, <c>path=value</c>.</param>
internal sealed record SetOrigin(int Ordinal, int Column, string Text);
