using System.Globalization;
using System.Text;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Scenarios;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Simulation;

/// <summary>Counters the fold accumulates for the run's outcome: hours, contacts, actions, retaliation, money and decisions.</summary>
public sealed class WorkplaceTotals
{
    private readonly List<string> _demandsWon = [];
    private readonly double[] _classPeakParticipation;
    private readonly double[] _classPeakAbovePetition;
    private readonly int[] _classFirings;
    private readonly double[] _rungPeakParticipation = new double[TacticCatalog.Ladder.Count];

    internal WorkplaceTotals(int jobClasses)
    {
        _classPeakParticipation = new double[jobClasses];
        _classPeakAbovePetition = new double[jobClasses];
        _classFirings = new int[jobClasses];
    }

    /// <summary>Workers at the start.</summary>
    public int InitialWorkers { get; private set; }
    /// <summary>Hours spent on an officer-election campaign.</summary>
    public double CampaignHours { get; private set; }
    /// <summary>Hours spent mediating conflict with the mainstream union's leadership.</summary>
    public double ConflictHours { get; private set; }
    /// <summary>Staff organizer hours spent here.</summary>
    public double StaffHours { get; private set; }
    /// <summary>Deep one-on-ones held.</summary>
    public int DeepContacts { get; private set; }
    /// <summary>Trainings held.</summary>
    public int Trainings { get; private set; }
    /// <summary>Contract (or conditions) violations by the employer.</summary>
    public int Violations { get; private set; }
    /// <summary>Grievances filed (formal or on the floor).</summary>
    public int GrievancesFiled { get; private set; }
    /// <summary>Actions called.</summary>
    public int ActionsCalled { get; private set; }
    /// <summary>Actions that breached a no-strike clause in force.</summary>
    public int UnprotectedActions { get; private set; }
    /// <summary>Largest share of employed workers in one action.</summary>
    public double PeakParticipation { get; private set; }
    /// <summary>Largest participation share among workers outside the bargaining unit.</summary>
    public double PeakCrossClassParticipation { get; private set; }
    /// <summary>Largest share of employed workers in one action on each rung of the ladder (<see cref="Tactic"/> order), 0 for a rung never used.</summary>
    public IReadOnlyList<double> RungPeakParticipation => _rungPeakParticipation;
    /// <summary>Demands won, in order.</summary>
    public IReadOnlyList<string> DemandsWon => _demandsWon;
    /// <summary>Disciplines.</summary>
    public int Disciplines { get; private set; }
    /// <summary>Firings.</summary>
    public int Firings { get; private set; }
    /// <summary>Firings of committee members.</summary>
    public int LeadersFired { get; private set; }
    /// <summary>Fired workers back at work.</summary>
    public int Reinstatements { get; private set; }
    /// <summary>Captive-audience meetings.</summary>
    public int CaptiveAudienceMeetings { get; private set; }
    /// <summary>Whether the caucus won the leadership at some point.</summary>
    public bool CaucusWonLeadership { get; private set; }
    /// <summary>Strikes held.</summary>
    public int StrikesHeld { get; private set; }
    /// <summary>Strike days (five a week).</summary>
    public int StrikeDays { get; private set; }
    /// <summary>Wages lost to strikes and sick-outs, dollars.</summary>
    public double StrikePayLost { get; private set; }
    /// <summary>Whether a first contract was won.</summary>
    public bool FirstContract { get; private set; }
    /// <summary>Raise in the last contract, percent.</summary>
    public double LastContractWagePct { get; private set; }
    /// <summary>Whether the last contract has a no-strike clause.</summary>
    public bool LastContractNoStrike { get; private set; }
    /// <summary>Dues paid to both unions, dollars.</summary>
    public double DuesPaid { get; private set; }
    /// <summary>Decisions made by workers.</summary>
    public int WorkerDecisions { get; private set; }
    /// <summary>All decisions counted.</summary>
    public int Decisions { get; private set; }
    /// <summary>Largest committee.</summary>
    public int PeakCommittee { get; private set; }

    /// <summary>Largest share of each job class's employed workers in one action.</summary>
    public IReadOnlyList<double> ClassPeakParticipation => _classPeakParticipation;

    /// <summary>Largest share of each job class's employed workers in one action above a petition (a march on the boss or higher).</summary>
    public IReadOnlyList<double> ClassPeakAbovePetition => _classPeakAbovePetition;

    /// <summary>Firings per job class.</summary>
    public IReadOnlyList<int> ClassFirings => _classFirings;

    private void CountDecision(DecisionMaker by)
    {
        Decisions++;
        if (by == DecisionMaker.Workers) WorkerDecisions++;
    }

    internal void Apply(WorkforceAssembled x) => InitialWorkers = x.Workers.Count;

    /// <summary>
    /// A week's dues and strike pay, worker by worker (before the week's drift): counted in the workforce's one weekly
    /// pass over the workers, which also moves their drift (<see cref="Workers.Workforce.Apply(WeekPassed, in Workers.WeeklyPay, StrikeState, ref double, ref double)"/>).
    /// </summary>
    internal void Apply(WeekPassed x, Workers.Workforce workforce, bool unionPresent, StrikeState strike, Scenario scenario, WorkplaceSpec spec)
    {
        var pay = new Workers.WeeklyPay(
            unionPresent,
            spec.Union.DuesPct / Units.Percent * Units.HoursPerWeek,
            scenario.SolidarityUnion.MonthlyDues * Units.MonthsPerYear / Units.WeeksPerYear,
            scenario.Mechanics.Tactics.Strike.LostPayDays * Units.HoursPerDay);
        var dues = DuesPaid;
        var lost = StrikePayLost;
        workforce.Apply(x, pay, strike, ref dues, ref lost);
        DuesPaid = dues;
        StrikePayLost = lost;
    }

    /// <summary>Records the committee's size at the end of a week.</summary>
    internal void CloseWeek(int committeeSize) => PeakCommittee = Math.Max(PeakCommittee, committeeSize);

    internal void Apply(CommitteeWeekPlanned x)
    {
        ConflictHours += x.ConflictHours;
        CampaignHours += x.CampaignHours;
        StaffHours += x.StaffHours;
    }

    internal void Apply(OneOnOneHeld x)
    {
        if (x.Depth == ContactDepth.Deep) DeepContacts++;
    }

    internal void Apply(TrainingHeld x) => Trainings++;

    internal void Apply(EmployerViolatedTerms x) => Violations++;

    /// <summary>A grievance taken up is a decision of how to act on a problem on the floor: by stewards and coworkers, or by staff.</summary>
    internal void Apply(GrievanceFiled x)
    {
        GrievancesFiled++;
        CountDecision(x.DecidedBy);
    }

    /// <summary>Opening bargaining is deciding what to demand at the table.</summary>
    internal void Apply(BargainingOpened x) => CountDecision(x.AgendaSetBy);

    internal void Apply(ActionCalled x)
    {
        ActionsCalled++;
        CountDecision(x.DecidedBy);
        if (!x.Protected) UnprotectedActions++;
    }

    /// <summary>An action's participation, its lost pay, and a strike's start.</summary>
    internal void Apply(ActionTaken x, TacticProfile profile, Workers.Workforce workforce)
    {
        var hoursLost = x.Tactic == Tactic.Strike ? 0 : profile.LostPayDays * Units.HoursPerDay;
        var wage = workforce.Wage;
        var outsideUnit = 0;
        foreach (var i in x.Participants)
        {
            if (!workforce.InUnit(i)) outsideUnit++;
            if (hoursLost > 0) StrikePayLost += wage[i] * hoursLost;
        }

        var share = workforce.Employed == 0 ? 0 : (double)x.Participants.Length / workforce.Employed;
        var outsideEmployed = workforce.Employed - workforce.EmployedInUnit;
        if (outsideEmployed > 0) PeakCrossClassParticipation = Math.Max(PeakCrossClassParticipation, (double)outsideUnit / outsideEmployed);
        PeakParticipation = Math.Max(PeakParticipation, share);
        _rungPeakParticipation[(int)x.Tactic] = Math.Max(_rungPeakParticipation[(int)x.Tactic], share);
        var abovePetition = x.Tactic > Tactic.Petition;
        if (x.Tactic == Tactic.Strike) StrikesHeld++;

        var inClass = new int[_classPeakParticipation.Length];
        foreach (var i in x.Participants) inClass[workforce.JobClass[i]]++;
        for (var c = 0; c < inClass.Length; c++)
        {
            var employed = workforce.EmployedIn(c);
            if (employed == 0) continue;
            var classShare = (double)inClass[c] / employed;
            _classPeakParticipation[c] = Math.Max(_classPeakParticipation[c], classShare);
            if (abovePetition) _classPeakAbovePetition[c] = Math.Max(_classPeakAbovePetition[c], classShare);
        }
    }

    internal void Apply(DemandWon x) => _demandsWon.Add(x.DemandId);

    internal void Apply(WorkerDisciplined x) => Disciplines++;

    internal void Apply(WorkerFired x, int jobClass)
    {
        Firings++;
        if (x.Leader) LeadersFired++;
        _classFirings[jobClass]++;
    }

    /// <summary>A reinstatement counts when the worker was not already back.</summary>
    internal void Reinstated() => Reinstatements++;

    internal void Apply(CaptiveAudienceMeetingHeld x) => CaptiveAudienceMeetings++;

    internal void Apply(UnionElectionHeld x)
    {
        if (x.CaucusWon) CaucusWonLeadership = true;
    }

    /// <summary>Whether to strike: the executive board decides whether to put it to the members (a caucus's own board is workers), and the members vote.</summary>
    internal void Apply(StrikeVoteHeld x, bool caucusBoard)
    {
        CountDecision(caucusBoard ? DecisionMaker.Workers : DecisionMaker.Officials);
        if (x.BoardApproved) CountDecision(DecisionMaker.Workers);
    }

    internal void Apply(StrikeEnded x) => StrikeDays += x.Days;

    internal void Apply(ContractRatified x)
    {
        if (x.FirstContract) FirstContract = true;
        LastContractWagePct = x.WagePct;
        LastContractNoStrike = x.NoStrikeClause;
        CountDecision(x.NegotiatedBy);
    }

    /// <summary>The members' vote on a contract is their decision whether to settle.</summary>
    internal void Apply(RatificationVoteHeld x) => CountDecision(DecisionMaker.Workers);

    /// <summary>Strike days of a strike still on when the campaign ends.</summary>
    internal void Apply(CampaignEnded x, StrikeState strike)
    {
        if (strike.On) StrikeDays += strike.DaysSoFar(x.Week);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var p in typeof(WorkplaceTotals).GetProperties())
        {
            var v = p.GetValue(this);
            sb.Append(p.Name).Append('=');
            sb.Append(v switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                IReadOnlyList<string> l => string.Join(',', l),
                IReadOnlyList<double> l => string.Join(',', l.Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
                IReadOnlyList<int> l => string.Join(',', l),
                _ => Convert.ToString(v, CultureInfo.InvariantCulture),
            });
            sb.Append(';');
        }
        return sb.ToString();
    }
}
