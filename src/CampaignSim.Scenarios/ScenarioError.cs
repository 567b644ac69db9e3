namespace CampaignSim.Scenarios;

/// <summary>
/// One problem found in a scenario file or a <c>--set</c> override.
/// </summary>
/// <param name="File">File the problem is in, as given by the caller; <c>--set</c> for a command-line override.</param>
/// <param name="Line">1-based line, or for a <c>--set</c> the ordinal of the override; 0 when there is no position (a missing file).</param>
/// <param name="Column">1-based column, or for a <c>--set</c> the character position in the override; 0 when there is no position.</param>
/// <param name="Path">Where in the scenario, e.g. <c>workplaces[0].employer.hostility</c>; <c>(file)</c> or <c>(root)</c> for the whole file.</param>
/// <param name="Message">What is wrong, with the allowed range or values.</param>
public sealed record ScenarioError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>The error as <c>file:line:col: path: message</c> (or <c>file: path: message</c> when there is no position).</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Path}: {Message}" : $"{File}: {Path}: {Message}";
}
