using CampaignSim.Domain.Events;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Leadership;

/// <summary>
/// The mainstream union and its contract: whether it represents the workers, its leadership's politics, the caucus's
/// place in it, the contract in force, and the mediation load a conflict with its leadership puts on the committee.
/// </summary>
public sealed class UnionState
{
    private readonly Scenario _scenario;
    private readonly WorkplaceSpec _spec;

    internal UnionState(Scenario scenario, WorkplaceSpec spec)
    {
        _scenario = scenario;
        _spec = spec;
        Present = spec.Union.Present;
        Stance = spec.Union.Stance;
        Hostility = spec.Union.HostilityToUnauthorizedAction;
        Responsiveness = spec.Union.Responsiveness;
        ContractInForce = spec.Union.Present && spec.Contract.InForce;
        ContractExpiry = spec.Contract.ExpiryWeek;
        NoStrikeClause = spec.Contract.NoStrikeClause;
    }

    /// <summary>Whether a mainstream union represents the workers.</summary>
    public bool Present { get; private set; }

    /// <summary>Politics of the union leadership.</summary>
    public UnionStance Stance { get; private set; }

    /// <summary>Whether the caucus holds the union's leadership.</summary>
    public bool CaucusLeads { get; private set; }

    /// <summary>Whether the caucus has left the mainstream union's structures.</summary>
    public bool Disaffiliated { get; private set; }

    /// <summary>Leadership hostility to action outside official channels, 0–1.</summary>
    public double Hostility { get; private set; }

    /// <summary>Probability the union pursues a filed grievance, 0–1.</summary>
    public double Responsiveness { get; private set; }

    /// <summary>Whether a contract is in force.</summary>
    public bool ContractInForce { get; private set; }

    /// <summary>Expiry week of the current (or last) contract.</summary>
    public int ContractExpiry { get; private set; }

    /// <summary>Whether the contract in force has a no-strike clause.</summary>
    public bool NoStrikeClause { get; private set; }

    /// <summary>True while a no-strike clause binds the union.</summary>
    public bool NoStrikeClauseInForce => ContractInForce && NoStrikeClause;

    /// <summary>Contracts ratified in this run.</summary>
    public int ContractsRatified { get; private set; }

    /// <summary>Whether the union won certification in this run.</summary>
    public bool Certified { get; private set; }

    /// <summary>Whether the union was decertified in this run.</summary>
    public bool Decertified { get; private set; }

    /// <summary>Week of the last decertification vote.</summary>
    public int LastDecertificationVoteWeek { get; private set; } = Units.Never;

    /// <summary>Hours of mediation the conflict with the leadership demands of the committee (fades week by week).</summary>
    public double ConflictLoad { get; private set; }

    /// <summary>Chance the executive board puts a strike vote to members, by its stance; a caucus in office always does, unless a conservative turn has left it a hostile board.</summary>
    public double BoardWillingness()
    {
        var m = _scenario.Mechanics.Bargaining;
        return CaucusLeads && Stance != UnionStance.Business ? 1.0 : Stance switch
        {
            UnionStance.Militant => m.BoardWillingnessMilitant,
            UnionStance.Mixed => m.BoardWillingnessMixed,
            _ => m.BoardWillingnessBusiness,
        };
    }

    internal void Apply(WeekPassed x) => ConflictLoad *= _scenario.Mechanics.Organizing.ConflictRetention;

    internal void Apply(CommitteeWeekPlanned x) => ConflictLoad = Math.Max(0, ConflictLoad - x.ConflictHours);

    internal void Apply(ActionCalled x)
    {
        if (x.OutsideOfficialChannels && Present) ConflictLoad += _scenario.Mechanics.Organizing.ConflictHoursPerUnofficialAction * Hostility;
    }

    /// <summary>
    /// A caucus that wins takes office and turns the union militant; a caucus that holds office wins a mandate that also
    /// removes a hostile board a conservative turn left it with; a caucus that loses office returns the old guard and its ways.
    /// </summary>
    internal void Apply(UnionElectionHeld x)
    {
        if (x.CaucusWon)
        {
            var l = _scenario.Mechanics.Leadership;
            CaucusLeads = true;
            Stance = UnionStance.Militant;
            Hostility = Math.Min(Hostility, l.CaucusHostilityCap);
            Responsiveness = Math.Max(Responsiveness, l.CaucusResponsivenessFloor);
        }
        else if (!x.CaucusWon && x.CaucusDefended)
        {
            CaucusLeads = false;
            Stance = _spec.Union.Stance;
            Hostility = _spec.Union.HostilityToUnauthorizedAction;
            Responsiveness = _spec.Union.Responsiveness;
        }
    }

    internal void Apply(LeadershipChanged x)
    {
        Stance = x.Stance;
        CaucusLeads = x.CaucusLeads;
        if (x.Stance != UnionStance.Business) return;
        var l = _scenario.Mechanics.Leadership;
        Hostility = Math.Max(Hostility, l.ConservativeHostilityFloor);
        Responsiveness = Math.Min(Responsiveness, l.ConservativeResponsivenessCap);
    }

    internal void Apply(CaucusDisaffiliated x) => Disaffiliated = true;

    internal void Apply(ContractRatified x)
    {
        ContractInForce = true;
        ContractExpiry = x.ExpiryWeek;
        NoStrikeClause = x.NoStrikeClause;
        ContractsRatified++;
    }

    internal void Apply(ContractExpired x) => ContractInForce = false;

    internal void Apply(CertificationElectionHeld x)
    {
        if (!x.Won) return;
        Certified = true;
        Present = true;
    }

    internal void Apply(DecertificationElectionHeld x)
    {
        LastDecertificationVoteWeek = x.Week;
        if (!x.Decertified) return;
        Present = false;
        ContractInForce = false;
        Decertified = true;
    }

    internal void Digest(Action<double> d, Action<int> n)
    {
        d(ConflictLoad); d(Hostility); d(Responsiveness);
        n(Present ? 1 : 0); n((int)Stance); n(CaucusLeads ? 1 : 0); n(Disaffiliated ? 1 : 0);
        n(ContractInForce ? 1 : 0); n(ContractExpiry); n(NoStrikeClause ? 1 : 0); n(ContractsRatified);
        n(Certified ? 1 : 0); n(Decertified ? 1 : 0); n(LastDecertificationVoteWeek);
    }
}
