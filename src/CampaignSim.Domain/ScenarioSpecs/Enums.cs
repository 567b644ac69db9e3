namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>Politics of the mainstream union's leadership (docs/ODD.md §2 and docs/scenarios.md).</summary>
public enum UnionStance
{
    /// <summary>Service-oriented, labor peace, little floor presence.</summary>
    Business,
    /// <summary>Partly business unionism, with some organizing and an engaged membership.</summary>
    Mixed,
    /// <summary>Organizes, escalates and strikes at contract expiry.</summary>
    Militant,
}

/// <summary>How workers' social ties are laid out.</summary>
public enum NetworkKind
{
    /// <summary>Dense ties within a department and job class, sparse ties across (the default).</summary>
    Departmental,
    /// <summary>Watts–Strogatz ring lattice with random rewiring.</summary>
    SmallWorld,
    /// <summary>Everyone is tied to everyone (used for Granovetter's threshold examples).</summary>
    Complete,
}

/// <summary>Shape of the distribution of participation thresholds.</summary>
public enum ThresholdDistribution
{
    /// <summary>Approximately normal (Irwin–Hall), clamped to [0, 1].</summary>
    Normal,
    /// <summary>Uniform between <c>min</c> and <c>max</c>.</summary>
    Uniform,
    /// <summary>Evenly spaced: worker i of n gets min + (max − min)·i/(n−1) (Granovetter's uniform example).</summary>
    Spread,
}

/// <summary>What a demand asks for.</summary>
public enum DemandKind
{
    /// <summary>A wage increase, in percent.</summary>
    Wage,
    /// <summary>A non-wage demand (cleanliness, staffing, reinstatement…).</summary>
    NonWage,
}

/// <summary>Kinds of scheduled shocks (docs/scenarios.md, shocks).</summary>
public enum ShockKind
{
    /// <summary>A conservative leadership takes office in the mainstream union.</summary>
    LeadershipTurnsConservative,
    /// <summary>The employer lays off a number of workers.</summary>
    Layoff,
    /// <summary>The employer fires the most visible worker-leader.</summary>
    LeaderFired,
    /// <summary>Workers are already taking action when the campaign starts (or at this week).</summary>
    ActionUnderWay,
    /// <summary>The employer changes conditions for the worse: grievance rises across the workplace.</summary>
    ConditionsWorsen,
}
