using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Domain.Simulation;

/// <summary>A demand and where it stands.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Kind">Wage or non-wage.</param>
/// <param name="WagePct">Raise asked, percent (wage demands).</param>
/// <param name="Cost">Cost to the employer (see <see cref="DemandSpec.Cost"/>).</param>
/// <param name="Relief">Share of grievance relieved when won.</param>
/// <param name="Worker">For a reinstatement demand, the fired worker; else −1.</param>
public sealed record DemandState(string Id, DemandKind Kind, double WagePct, double Cost, double Relief, int Worker)
{
    /// <summary>Whether it has been won.</summary>
    public bool Won { get; internal set; }

    /// <summary>Raise already won towards a wage demand, percent (contracts can win part of it).</summary>
    public double WonPct { get; internal set; }

    /// <summary>Raise still asked for, percent.</summary>
    public double RemainingPct => Math.Max(0, WagePct - WonPct);

    /// <summary>Week it was won.</summary>
    public int WonWeek { get; internal set; }

    /// <summary>Times the employer refused it.</summary>
    public int Refusals { get; internal set; }

    /// <summary>Week of the last refusal.</summary>
    public int LastRefusedWeek { get; internal set; } = Mechanics.Units.Never;

    /// <summary>Highest rung of the ladder used for it so far (−1 before any action).</summary>
    public int LastRung { get; internal set; } = -1;
}
