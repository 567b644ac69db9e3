namespace CampaignSim.Domain.ScenarioSpecs;

/// <summary>Layout of social ties.</summary>
public sealed record NetworkSpec
{
    /// <summary>Kind of network. Default departmental.</summary>
    [Setting("choice", "", "assumption: workers know coworkers in their department and job class best (docs/ODD.md §2)")]
    public NetworkKind Kind { get; init; } = NetworkKind.Departmental;

    /// <summary>Mean ties per worker inside the department.</summary>
    [Parameter(0, 200, "ties per worker", "assumption: a handful of close coworkers", PlausibleMin = 2, PlausibleMax = 12, PlausibleBecause = "shipped scenarios use 6–8 ties")]
    public double TiesWithinDepartment { get; init; } = 6;

    /// <summary>Share of within-department ties that go to the same job class first.</summary>
    [Parameter(0, 1, "share 0–1", "assumption: ties follow the job class first (craft divides)")]
    public double SameClassPreference { get; init; } = 0.7;

    /// <summary>Mean ties per worker to other departments.</summary>
    [Parameter(0, 200, "ties per worker", "assumption: sparse ties across departments (docs/ODD.md §2)", PlausibleMin = 0, PlausibleMax = 5, PlausibleBecause = "a handful of ties across departments at most in a workplace of departments")]
    public double TiesAcrossDepartments { get; init; } = 1;

    /// <summary>Small-world only: ring neighbours per worker (an even number).</summary>
    [Parameter(2, 200, "neighbours", "assumption: Watts–Strogatz (1998) ring degree of the order used in their examples", InertInShippedScenarios = "only a small-world network reads it, and no shipped scenario uses one", RangeText = "2–200, even; fewer than workers")]
    public int RingNeighbours { get; init; } = 8;

    /// <summary>Small-world only: rewiring probability.</summary>
    [Parameter(0, 1, "probability", "assumption: Watts–Strogatz (1998) small-world regime", InertInShippedScenarios = "only a small-world network reads it, and no shipped scenario uses one")]
    public double Rewiring { get; init; } = 0.1;
}
