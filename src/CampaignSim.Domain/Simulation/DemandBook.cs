using CampaignSim.Domain.Events;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Simulation;

/// <summary>The workers' demands and where each stands: the scenario's, and reinstatement demands raised during the run.</summary>
public sealed class DemandBook
{
    private readonly Scenario _scenario;
    private readonly List<DemandState> _demands;

    private double WonShare => _scenario.Mechanics.Bargaining.WageDemandWonShare;

    internal DemandBook(Scenario scenario, WorkplaceSpec spec)
    {
        _scenario = scenario;
        var classIds = spec.JobClasses.Select(c => c.Id).ToList();
        _demands = spec.Demands
            .Select(d => new DemandState(d.Id, d.Kind, d.WagePct, d.Cost, d.GrievanceRelief, -1) { Classes = d.JobClasses.Select(id => classIds.IndexOf(id)).ToArray() })
            .ToList();
    }

    /// <summary>The demands, the scenario's first, in order.</summary>
    public IReadOnlyList<DemandState> All => _demands;

    /// <summary>The demand with an id, or null.</summary>
    public DemandState? Find(string id) => _demands.Find(d => d.Id == id);

    /// <summary>The wage demand not yet won, or null.</summary>
    public DemandState? OpenWageDemand => _demands.Find(d => d.Kind == DemandKind.Wage && !d.Won);

    /// <summary>The first demand not yet won, or null.</summary>
    public DemandState? FirstOpen => _demands.Find(d => !d.Won);

    private DemandState? _called;
    private bool _calledAtTop;

    /// <summary>
    /// An action called for a demand. A minority action in one department counts towards the rung's refusals but not
    /// towards the workplace's ladder (its highest rung and turnouts), which whole-workplace actions climb.
    /// </summary>
    internal void Apply(ActionCalled x, double counted)
    {
        _called = Find(x.DemandId);
        if (_called is null) return;
        if ((int)x.Tactic != _called.ActionRung) _called.RefusalsAtRung = 0;
        _called.ActionRung = (int)x.Tactic;
        if (x.Department >= 0)
        {
            _called = null;
            return;
        }

        _calledAtTop = (int)x.Tactic >= _called.LastRung;
        _called.LastRung = Math.Max(_called.LastRung, (int)x.Tactic);
        _called.LastActionWeek = x.Week;
        _called.LastCounted = counted;
    }

    /// <summary>The turnout of the action just called, for its demand.</summary>
    internal void Apply(ActionTaken x, int employed)
    {
        if (_called is null) return;
        _called.LastTurnout = employed == 0 ? 0 : (double)x.Participants.Length / employed;
        if (_calledAtTop) _called.TopRungTurnout = _called.LastTurnout;
        _called = null;
    }

    /// <summary>
    /// Records what was won of a demand; returns it, or null when the id names none. A non-wage demand is won whole; a
    /// raise counts towards its wage demand, which is won once the raises reach its won share (a smaller raise settles
    /// this round for part of the ask, and the rest can be pressed again).
    /// </summary>
    internal DemandState? Apply(DemandWon x)
    {
        var demand = Find(x.DemandId);
        if (demand is null) return null;
        demand.WonPct += x.WagePct;
        if (demand.Kind == DemandKind.NonWage || demand.WagePct <= 0 || demand.WonPct >= WonShare * demand.WagePct || x.WagePct == 0)
        {
            demand.Won = true;
            demand.WonWeek = x.Week;
        }
        else
        {
            demand.LastRefusedWeek = x.Week;
        }

        return demand;
    }

    internal void Apply(DemandRefused x)
    {
        if (Find(x.DemandId) is not { } refused) return;
        refused.Refusals++;
        refused.RefusalsAtRung++;
        refused.LastRefusedWeek = x.Week;
    }

    /// <summary>A new demand; one raised again under the same id (a worker fired a second time) starts afresh in its old place.</summary>
    internal void Apply(DemandRaised x)
    {
        var fresh = new DemandState(x.DemandId, DemandKind.NonWage, 0, x.Cost, _scenario.Mechanics.Legal.ReinstatementDemandRelief, x.Worker);
        var known = _demands.FindIndex(d => d.Id == x.DemandId);
        if (known >= 0) _demands[known] = fresh;
        else _demands.Add(fresh);
    }

    /// <summary>A contract's raise counts towards the open wage demand and settles it for the contract's term.</summary>
    internal void Apply(ContractRatified x)
    {
        if (OpenWageDemand is not { } wage) return;
        wage.WonPct += x.WagePct;
        wage.SettledUntil = x.ExpiryWeek;
    }

    internal void Digest(Action<double> d, Action<int> n)
    {
        foreach (var demand in _demands)
        {
            n(demand.Won ? 1 : 0); n(demand.Refusals); n(demand.LastRung); d(demand.WonPct); n(demand.SettledUntil);
            n(demand.LastActionWeek); d(demand.LastTurnout); d(demand.LastCounted); d(demand.TopRungTurnout);
            n(demand.ActionRung); n(demand.RefusalsAtRung);
        }
    }
}
