namespace CampaignSim.Scenarios;

/// <summary>
/// How large a scenario may be. A scenario is a description a committee writes by hand, a few kilobytes long; the
/// limits sit far above any real one and keep a mistaken or hostile input from taking the memory, time or stack of
/// the process. Each is checked as early as it can be: the file size before the file is read, the nesting while it
/// is parsed, the rest while it is mapped. docs/scenarios.md lists them.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>Largest scenario file, in bytes (1 MiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>Deepest nesting of lists and mappings; a scenario needs six levels.</summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// Most values, lists and mappings in a document once its aliases are expanded; a scenario has a few hundred, and
    /// a handful of aliases that each double the one before ("billion laughs") would otherwise take the process.
    /// </summary>
    public const int MaxExpandedNodes = 100_000;

    /// <summary>Most workplaces in one scenario.</summary>
    public const int MaxWorkplaces = 50;

    /// <summary>Most job classes, and most demands, in one workplace.</summary>
    public const int MaxItemsPerWorkplace = 50;

    /// <summary>Most scheduled shocks in one workplace (about two a week over the longest campaign).</summary>
    public const int MaxShocks = 1_000;

    /// <summary>Longest id, in characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>Longest name, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest description, in characters.</summary>
    public const int MaxDescriptionLength = 10_000;

    /// <summary>Longest <c>--set</c> override, in characters.</summary>
    public const int MaxSetLength = 10_000;
}
