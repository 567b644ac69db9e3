using CampaignSim.Domain.ScenarioSpecs;

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

    /// <summary>
    /// How much of the demand has been won, 0–1: a non-wage demand is won or not; a wage demand counts the raises won
    /// towards it, on the floor or at the table, as a share of the raise asked (a partial settlement is a partial win).
    /// </summary>
    public double WonShare => Kind == DemandKind.NonWage ? (Won ? 1 : 0) : WagePct <= 0 ? (Won ? 1 : 0) : Math.Min(1, WonPct / WagePct);

    /// <summary>
    /// Week until which the demand is settled and not pressed on the floor: a contract settles the wage demand for its
    /// term, whatever part of it the contract won (one demand, one raise, whether won on the floor or at the table).
    /// </summary>
    public int SettledUntil { get; internal set; } = Mechanics.Units.Never;

    /// <summary>Week it was won.</summary>
    public int WonWeek { get; internal set; }

    /// <summary>Times the employer refused it.</summary>
    public int Refusals { get; internal set; }

    /// <summary>Week of the last refusal.</summary>
    public int LastRefusedWeek { get; internal set; } = Mechanics.Units.Never;

    /// <summary>Highest rung of the ladder used for it so far (−1 before any action).</summary>
    public int LastRung { get; internal set; } = -1;

    /// <summary>Rung of the last action called for it (−1 before any).</summary>
    public int ActionRung { get; internal set; } = -1;

    /// <summary>Refusals since an action at <see cref="ActionRung"/> was first called for it.</summary>
    public int RefusalsAtRung { get; internal set; }

    /// <summary>Week of the last action called for it.</summary>
    public int LastActionWeek { get; internal set; } = Mechanics.Units.Never;

    /// <summary>Share of employed workers who took part in the last action called for it.</summary>
    public double LastTurnout { get; internal set; }

    /// <summary>Share of employed workers the committee counted on when it called that action.</summary>
    public double LastCounted { get; internal set; }

    /// <summary>Share of employed workers who took part in the last action on the highest rung used for it (0 before any).</summary>
    public double TopRungTurnout { get; internal set; }

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
