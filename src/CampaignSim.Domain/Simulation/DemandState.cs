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
    /// <summary>Job classes (indices) the demand concerns; empty means every class.</summary>
    public IReadOnlyList<int> Classes { get; init; } = [];

    /// <summary>Whether the demand concerns job class <paramref name="jobClass"/>.</summary>
    public bool Concerns(int jobClass) => Classes.Count == 0 || Classes.Contains(jobClass);

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

    /// <summary>Week of the last action called for it.</summary>
    public int LastActionWeek { get; internal set; } = Mechanics.Units.Never;

    /// <summary>Share of employed workers who took part in the last action called for it.</summary>
    public double LastTurnout { get; internal set; }

    /// <summary>Share of employed workers the committee counted on when it called that action.</summary>
    public double LastCounted { get; internal set; }

    /// <summary>
    /// How much of the support it counts on the committee expects to turn out: the share that turned out last time (at most
    /// all of it), forgotten towards all of it with a memory of <paramref name="memoryWeeks"/> weeks; all of it before any
    /// action. A committee whose last action fell flat does not count on the same support twice.
    /// </summary>
    public double ExpectedTurnout(int week, double memoryWeeks)
    {
        if (LastActionWeek == Mechanics.Units.Never || LastCounted <= 0) return 1;
        var seen = Math.Min(1, LastTurnout / LastCounted);
        return 1 - (1 - seen) * Math.Exp(-(week - LastActionWeek) / memoryWeeks);
    }
}
