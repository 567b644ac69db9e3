using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Employer;

/// <summary>
/// What the employer has seen and feels: the disruption it feels (threat), the stigma its red-baiting has left, the last
/// action on the floor and whether that action was protected.
/// </summary>
public sealed class EmployerPressure
{
    private readonly Scenario _scenario;
    private readonly WorkplaceSpec _spec;
    private readonly int[] _lastProvocation;

    internal EmployerPressure(Scenario scenario, WorkplaceSpec spec)
    {
        _scenario = scenario;
        _spec = spec;
        _lastProvocation = Enumerable.Repeat(Units.Never, Math.Max(1, spec.Departments)).ToArray();
    }

    /// <summary>
    /// Week of the employer's last provocation per department: a violation there, the firing of one of its workers, or
    /// conditions worsened for everyone.
    /// </summary>
    public ReadOnlySpan<int> LastProvocationWeek => _lastProvocation;

    /// <summary>Disruption the employer feels, in weeks of full-stoppage cost per week (fades week by week).</summary>
    public double Threat { get; private set; }

    /// <summary>Stigma left by red-baiting, 0–1 (fades week by week).</summary>
    public double Stigma { get; private set; }

    /// <summary>Week of the last action called.</summary>
    public int LastActionWeek { get; private set; } = Units.Never;

    /// <summary>Whether the last action called was protected (did not breach a no-strike clause in force).</summary>
    public bool LastActionProtected { get; private set; } = true;

    /// <summary>What the last action called pressed: a demand's id, the contract, or the grievance of the moment.</summary>
    public string LastActionDemandId { get; private set; } = "";

    /// <summary>The week's fading, then the pressure of a strike that is on (its share of the workforce).</summary>
    internal void Apply(WeekPassed x, double strikeShare)
    {
        var e = _scenario.Mechanics.Employer;
        Threat *= e.ThreatRetention;
        Stigma *= e.StigmaRetention;
        Threat += strikeShare;
    }

    internal void Apply(ActionCalled x)
    {
        LastActionWeek = x.Week;
        LastActionProtected = x.Protected;
        LastActionDemandId = x.DemandId;
    }

    internal void Apply(ActionTaken x) => Threat += x.Pressure;

    internal void Apply(DemandWon x) => Threat *= _scenario.Mechanics.Employer.ThreatAfterConcession;

    internal void Apply(EmployerViolatedTerms x) => _lastProvocation[x.Department] = x.Week;

    internal void Apply(WorkerFired x, int department) => _lastProvocation[department] = x.Week;

    /// <summary>Worse conditions imposed on everyone (forced overtime, a speed-up) provoke every department.</summary>
    internal void Apply(ConditionsWorsened x) => Array.Fill(_lastProvocation, x.Week);

    internal void Apply(RedBaitingRun x) => Stigma = Clamp.Unit(Stigma + _scenario.Mechanics.Employer.RedBaitingStigma * _spec.Employer.RedBaiting);

    internal void Digest(Action<double> d, Action<int> n)
    {
        d(Threat); d(Stigma); n(LastActionWeek); n(LastActionProtected ? 1 : 0);
        foreach (var c in LastActionDemandId) n(c);
        foreach (var week in _lastProvocation) n(week);
    }
}
