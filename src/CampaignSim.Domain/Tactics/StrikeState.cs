using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Tactics;

/// <summary>The strike under way, if any: what it is over, when it began, and who is still out.</summary>
public sealed class StrikeState
{
    /// <summary>Demand id of a strike over the contract at expiry.</summary>
    public const string ContractDemandId = "contract";

    private bool[] _striking = [];

    /// <summary>Whether a strike is on.</summary>
    public bool On { get; private set; }

    /// <summary>What the current (or last) strike is over: a demand id, or <see cref="ContractDemandId"/>.</summary>
    public string DemandId { get; private set; } = "";

    /// <summary>Week the current strike began.</summary>
    public int StartWeek { get; private set; }

    /// <summary>Workers on strike at its start.</summary>
    public int StartParticipants { get; private set; }

    /// <summary>Workers on strike now.</summary>
    public int Strikers { get; private set; }

    /// <summary>Whether the current strike is over the contract rather than a demand.</summary>
    public bool OverContract => DemandId == ContractDemandId;

    /// <summary>Whether worker <paramref name="i"/> is on strike.</summary>
    public bool IsStriking(int i) => _striking[i];

    /// <summary>Strike days of the current strike up to <paramref name="week"/>: five a week since it began.</summary>
    public int DaysSoFar(int week) => On ? Units.WorkdaysPerWeek * Math.Max(1, week - StartWeek) : 0;

    internal void Apply(WorkforceAssembled x) => _striking = new bool[x.Workers.Count];

    internal void Apply(ActionCalled x)
    {
        if (x.Tactic == Tactic.Strike) DemandId = x.DemandId;
    }

    /// <summary>A strike begins when anyone walks out; a strike call nobody answers is no strike.</summary>
    internal void Apply(ActionTaken x)
    {
        if (x.Tactic != Tactic.Strike || x.Participants.Length == 0) return;
        On = true;
        StartWeek = x.Week;
        StartParticipants = x.Participants.Length;
        Strikers = x.Participants.Length;
        foreach (var i in x.Participants) _striking[i] = true;
    }

    internal void Apply(StrikersReturned x)
    {
        foreach (var i in x.Workers) Leave(i);
    }

    internal void Apply(StrikeEnded x)
    {
        On = false;
        Array.Clear(_striking);
        Strikers = 0;
    }

    /// <summary>A fired or laid-off striker is no longer on strike.</summary>
    internal void Apply(WorkerFired x) => Leave(x.Worker);

    internal void Apply(WorkersLaidOff x)
    {
        foreach (var i in x.Workers) Leave(i);
    }

    private void Leave(int i)
    {
        if (!_striking[i]) return;
        _striking[i] = false;
        Strikers--;
    }

    internal void Digest(Action<int> n)
    {
        n(On ? 1 : 0); n(Strikers); n(StartWeek); n(StartParticipants);
        for (var i = 0; i < _striking.Length; i++)
            if (_striking[i]) n(i);
    }
}
