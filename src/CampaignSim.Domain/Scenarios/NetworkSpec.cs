namespace CampaignSim.Domain.Scenarios;

/// <summary>Layout of social ties.</summary>
public sealed record NetworkSpec
{
    /// <summary>Kind of network. Default departmental.</summary>
    public NetworkKind Kind { get; init; } = NetworkKind.Departmental;

    /// <summary>Mean ties per worker inside the department, 0–200. Assumption: 6.</summary>
    public double TiesWithinDepartment { get; init; } = 6;

    /// <summary>Share of within-department ties that go to the same job class first, 0–1. Assumption: 0.7.</summary>
    public double SameClassPreference { get; init; } = 0.7;

    /// <summary>Mean ties per worker to other departments, 0–200. Assumption: 1.</summary>
    public double TiesAcrossDepartments { get; init; } = 1;

    /// <summary>Small-world only: ring neighbours per worker (even), 2–200. Default 8.</summary>
    public int RingNeighbours { get; init; } = 8;

    /// <summary>Small-world only: rewiring probability, 0–1. Default 0.1 (Watts–Strogatz 1998).</summary>
    public double Rewiring { get; init; } = 0.1;
}
