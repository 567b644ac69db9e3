namespace CampaignSim.Scenarios;

/// <summary>
/// A scenario could not be loaded. Carries every problem found, not only the first, so a user can fix a file in one pass.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception from the problems found; there is at least one.</summary>
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(Format(errors))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A scenario exception needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>The problems, in file order, then the <c>--set</c> overrides in the order given.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string Format(IReadOnlyList<ScenarioError> errors) => string.Join('\n', errors);
}
