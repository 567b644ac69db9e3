using CampaignSim.Domain.Events;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.Scenarios;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// The state of one workplace during a run, held as parallel arrays (one slot per worker) for speed.
/// It changes only through <see cref="Apply"/>, which is deterministic and draws no random numbers:
/// the state after a run is the fold of its events.
/// </summary>
public sealed class WorkplaceState
{
    /// <summary>Creates the state of a workplace before its workforce is assembled.</summary>
    public WorkplaceState(int index, WorkplaceSpec spec, string modelId, Scenario scenario)
    {
        Index = index;
        Spec = spec;
        ModelId = modelId;
        Scenario = scenario;
        UnionPresent = spec.Union.Present;
        Stance = spec.Union.Stance;
        LeadershipHostility = spec.Union.HostilityToUnauthorizedAction;
        Responsiveness = spec.Union.Responsiveness;
        ContractInForce = spec.Union.Present && spec.Contract.InForce;
        ContractExpiry = spec.Contract.ExpiryWeek;
        NoStrikeClause = spec.Contract.NoStrikeClause;
        InUnit = spec.JobClasses.Select(c => c.InBargainingUnit).ToArray();
        Demands = spec.Demands.Select(d => new DemandState(d.Id, d.Kind, d.WagePct, d.Cost, d.GrievanceRelief, -1)).ToList();
        var weeks = scenario.Weeks;
        CommitteeByWeek = new int[weeks + 1];
        ParticipationByWeek = new double[weeks + 1];
        FiringsByWeek = new int[weeks + 1];
        Employed = 0;
    }

    /// <summary>Position of the workplace in the scenario.</summary>
    public int Index { get; }

    /// <summary>The workplace as specified.</summary>
    public WorkplaceSpec Spec { get; }

    /// <summary>The scenario the workplace belongs to.</summary>
    public Scenario Scenario { get; }

    /// <summary>Id of the organizing model used here.</summary>
    public string ModelId { get; }

    /// <summary>The current week.</summary>
    public int Week { get; private set; }

    // Workers (parallel arrays).
    internal int N;
    internal int[] JobClass = [];
    internal int[] Department = [];
    internal double[] BaseWage = [];
    internal double[] Wage = [];
    internal int[] Probation = [];
    internal double[] Grievance = [];
    internal double[] BaseGrievance = [];
    internal double[] Fear = [];
    internal double[] BaseFear = [];
    internal double[] Commitment = [];
    internal double[] Trust = [];
    internal double[] Threshold = [];
    internal double[] Visibility = [];
    internal int[] Disciplines = [];
    internal int[] LastContactWeek = [];
    internal Workers.WorkerFlags[] Flags = [];
    internal int[][]? Ties;
    internal bool[] InUnit;

    /// <summary>Number of workers ever on the payroll in this run.</summary>
    public int WorkerCount => N;

    /// <summary>Workers employed now.</summary>
    public int Employed { get; private set; }

    /// <summary>Organizing committee members employed now.</summary>
    public int CommitteeSize { get; private set; }

    /// <summary>Whether a mainstream union represents the workers.</summary>
    public bool UnionPresent { get; private set; }

    /// <summary>Politics of the union leadership.</summary>
    public UnionStance Stance { get; private set; }

    /// <summary>Whether the caucus holds the union's leadership.</summary>
    public bool CaucusLeads { get; private set; }

    /// <summary>Whether the caucus has left the mainstream union's structures.</summary>
    public bool Disaffiliated { get; private set; }

    /// <summary>Leadership hostility to action outside official channels, 0–1.</summary>
    public double LeadershipHostility { get; private set; }

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

    /// <summary>Whether contract bargaining is under way.</summary>
    public bool Bargaining { get; private set; }

    /// <summary>Week the current bargaining opened.</summary>
    public int BargainingSince { get; private set; }

    /// <summary>Whether the current bargaining is for a first contract.</summary>
    public bool FirstContractBargaining { get; private set; }

    /// <summary>Week the first contract is reached (drawn at certification), 0 if none.</summary>
    public int FirstContractWeek { get; private set; }

    /// <summary>Whether a strike vote authorised a strike in the current bargaining.</summary>
    public bool StrikeAuthorized { get; private set; }

    /// <summary>Yes share of the last strike vote.</summary>
    public double LastStrikeVoteYesShare { get; private set; }

    /// <summary>Whether a recognition petition has been filed.</summary>
    public bool PetitionFiled { get; private set; }

    /// <summary>Week of the certification election.</summary>
    public int CertificationElectionWeek { get; private set; }

    /// <summary>Week of the last certification election (a lost one bars another for a year).</summary>
    public int LastCertificationElectionWeek { get; private set; } = Units.Never;

    /// <summary>Whether the campaign has gone public: an action called or a petition filed. Until then the employer only suspects.</summary>
    public bool Public => LastActionWeek >= 0 || PetitionFiled || Certified;

    /// <summary>Whether the union won certification in this run.</summary>
    public bool Certified { get; private set; }

    /// <summary>Whether the union was decertified in this run.</summary>
    public bool Decertified { get; private set; }

    /// <summary>Disruption the employer feels, in weeks of full-stoppage cost per week (decays 15% a week).</summary>
    public double Threat { get; private set; }

    /// <summary>Stigma left by red-baiting, 0–1 (decays 5% a week).</summary>
    public double Stigma { get; private set; }

    /// <summary>Hours of mediation the leadership conflict demands (decays 10% a week).</summary>
    public double ConflictLoad { get; private set; }

    /// <summary>Week of the last action.</summary>
    public int LastActionWeek { get; private set; } = Units.Never;

    /// <summary>Whether a strike is on.</summary>
    public bool StrikeOn { get; private set; }

    /// <summary>What the current (or last) strike is over: a demand id, or <see cref="ContractDemandId"/>.</summary>
    public string StrikeDemandId { get; private set; } = "";

    /// <summary>Demand id of a strike over the contract at expiry.</summary>
    public const string ContractDemandId = "contract";

    /// <summary>Week of the last decertification vote.</summary>
    public int LastDecertificationVoteWeek { get; private set; } = Units.Never;

    /// <summary>Strike days of the current strike up to <paramref name="week"/>: five a week since it began.</summary>
    public int StrikeDaysSoFar(int week) => StrikeOn ? Units.WorkdaysPerWeek * Math.Max(1, week - StrikeStartWeek) : 0;

    /// <summary>Workers on strike at its start.</summary>
    public int StrikeStartParticipants { get; private set; }

    /// <summary>Workers on strike now.</summary>
    public int Strikers { get; private set; }

    /// <summary>Week the current strike began.</summary>
    public int StrikeStartWeek { get; private set; }

    /// <summary>The demands and their status.</summary>
    public List<DemandState> Demands { get; }

    /// <summary>Formal grievances waiting for a decision.</summary>
    internal List<(int Department, int DueWeek)> PendingGrievances { get; } = [];

    /// <summary>Firing cases waiting for a remedy.</summary>
    internal List<(int Worker, int DueWeek, RemedyChannel Channel)> PendingCharges { get; } = [];

    /// <summary>Accumulated outcomes.</summary>
    public WorkplaceTotals Totals { get; } = new();

    /// <summary>Committee size at the end of each week (index = week).</summary>
    public int[] CommitteeByWeek { get; }

    /// <summary>Peak action participation share in each week.</summary>
    public double[] ParticipationByWeek { get; }

    /// <summary>Firings to date at the end of each week.</summary>
    public int[] FiringsByWeek { get; }

    private MechanicsSpec M => Scenario.Mechanics;

    /// <summary>Whether worker <paramref name="i"/> has all of <paramref name="f"/>.</summary>
    internal bool Has(int i, Workers.WorkerFlags f) => (Flags[i] & f) == f;

    /// <summary>Folds one event about this workplace (or a <see cref="WeekPassed"/>) into the state.</summary>
    public void Apply(CampaignEvent e)
    {
        switch (e)
        {
            case WorkforceAssembled x: Assemble(x); break;
            case WeekPassed x: PassWeek(x.Week); break;
            case CommitteeWeekPlanned x:
                Totals.ConflictHours += x.ConflictHours;
                Totals.CampaignHours += x.CampaignHours;
                Totals.StaffHours += x.StaffHours;
                ConflictLoad = Math.Max(0, ConflictLoad - x.ConflictHours);
                break;
            case OneOnOneHeld x: HoldOneOnOne(x); break;
            case TrainingHeld x:
                foreach (var i in x.Attendees)
                {
                    Commitment[i] += Spec.Behaviour.TrainingGain * (1 - Commitment[i]);
                    Fear[i] = Math.Max(0, Fear[i] - M.Reactions.TrainingFearRelief);
                }
                Totals.Trainings++;
                break;
            case WorkerJoinedCommittee x:
                Flags[x.Worker] |= Workers.WorkerFlags.Committee | Workers.WorkerFlags.EverCommittee;
                Visibility[x.Worker] = Math.Max(Visibility[x.Worker], M.Reactions.CommitteeVisibility);
                CommitteeSize++;
                break;
            case WorkerLeftCommittee x:
                Flags[x.Worker] &= ~Workers.WorkerFlags.Committee;
                CommitteeSize--;
                break;
            case WorkerJoinedOrganization x:
                Flags[x.Worker] |= x.Organization switch
                {
                    OrganizationKind.Mainstream => Workers.WorkerFlags.Mainstream,
                    OrganizationKind.Solidarity => Workers.WorkerFlags.Solidarity,
                    _ => Workers.WorkerFlags.Caucus,
                };
                break;
            case EmployerViolatedTerms x:
                for (var i = 0; i < N; i++)
                    if (Department[i] == x.Department) Grievance[i] += M.Reactions.ViolationGrievance * (1 - Grievance[i]);
                Totals.Violations++;
                break;
            case GrievanceFiled x:
                Totals.GrievancesFiled++;
                Totals.CountDecision(x.DecidedBy);
                if (x.Channel == GrievanceChannel.Formal)
                    PendingGrievances.Add((x.Department, x.Week + Spec.Contract.GrievanceDelayWeeks));
                break;
            case GrievanceDecided x:
                RemovePendingGrievance(x.Department);
                for (var i = 0; i < N; i++)
                {
                    if (Department[i] != x.Department) continue;
                    if (x.Upheld)
                    {
                        Grievance[i] = Math.Max(0, Grievance[i] - M.Reactions.UpheldGrievanceRelief);
                        Trust[i] = Clamp.Unit(Trust[i] + M.Reactions.GrievanceTrustChange);
                    }
                    else Trust[i] = Clamp.Unit(Trust[i] - M.Reactions.GrievanceTrustChange);
                }
                break;
            case ActionCalled x:
                LastActionWeek = x.Week;
                Totals.ActionsCalled++;
                Totals.CountDecision(x.DecidedBy);
                if (!x.Protected) Totals.UnprotectedActions++;
                if (x.Tactic == Tactics.Tactic.Strike) StrikeDemandId = x.DemandId;
                if (x.OutsideOfficialChannels && UnionPresent) ConflictLoad += M.Organizing.ConflictHoursPerUnofficialAction * LeadershipHostility;
                var demand = Demands.Find(d => d.Id == x.DemandId);
                if (demand is not null) demand.LastRung = Math.Max(demand.LastRung, (int)x.Tactic);
                break;
            case ActionTaken x: TakeAction(x); break;
            case DemandWon x: WinDemand(x); break;
            case DemandRefused x:
                var refused = Demands.Find(d => d.Id == x.DemandId);
                if (refused is not null) { refused.Refusals++; refused.LastRefusedWeek = x.Week; }
                for (var i = 0; i < N; i++) Grievance[i] += M.Reactions.RefusalGrievance * (1 - Grievance[i]);
                break;
            case DemandRaised x:
                Demands.Add(new DemandState(x.DemandId, DemandKind.NonWage, 0, x.Cost, M.Legal.ReinstatementDemandRelief, x.Worker));
                break;
            case WorkerDisciplined x:
                Disciplines[x.Worker]++;
                Totals.Disciplines++;
                Fear[x.Worker] = Clamp.Unit(Fear[x.Worker] + M.Reactions.DisciplineFear);
                Chill(x.Worker, M.Reactions.DisciplineChillFear, M.Reactions.DisciplineChillAnger);
                break;
            case WorkerFired x: Fire(x); break;
            case ChargeFiled x:
                PendingCharges.Add((x.Worker, x.DueWeek, x.Channel));
                break;
            case RemedyDecided x:
                PendingCharges.RemoveAll(c => c.Worker == x.Worker);
                if (x.Returned) Reinstate(x.Worker);
                break;
            case WorkerReinstated x:
                PendingCharges.RemoveAll(c => c.Worker == x.Worker);
                Reinstate(x.Worker);
                break;
            case CaptiveAudienceMeetingHeld:
                for (var i = 0; i < N; i++)
                {
                    if (!Has(i, Workers.WorkerFlags.Employed) || Has(i, Workers.WorkerFlags.Committee)) continue;
                    Fear[i] = Clamp.Unit(Fear[i] + M.Reactions.CaptiveAudienceFear * (1 - Commitment[i]));
                    Commitment[i] = Math.Max(0, Commitment[i] - M.Reactions.CaptiveAudienceCommitmentLoss);
                }
                Totals.CaptiveAudienceMeetings++;
                break;
            case RedBaitingRun:
                Stigma = Clamp.Unit(Stigma + M.Employer.RedBaitingStigma * Spec.Employer.RedBaiting);
                break;
            case UnionElectionHeld x:
                if (x.CaucusWon)
                {
                    CaucusLeads = true;
                    Stance = UnionStance.Militant;
                    LeadershipHostility = Math.Min(LeadershipHostility, M.Leadership.CaucusHostilityCap);
                    Responsiveness = Math.Max(Responsiveness, M.Leadership.CaucusResponsivenessFloor);
                    Totals.CaucusWonLeadership = true;
                }
                else
                {
                    for (var i = 0; i < N; i++)
                        if (Has(i, Workers.WorkerFlags.Caucus)) Commitment[i] = Math.Max(0, Commitment[i] - M.Elections.ElectionLossCommitment);
                }
                break;
            case LeadershipChanged x:
                Stance = x.Stance;
                CaucusLeads = x.CaucusLeads;
                if (x.Stance == UnionStance.Business)
                {
                    LeadershipHostility = Math.Max(LeadershipHostility, M.Leadership.ConservativeHostilityFloor);
                    Responsiveness = Math.Min(Responsiveness, M.Leadership.ConservativeResponsivenessCap);
                }
                break;
            case CaucusDisaffiliated:
                Disaffiliated = true;
                Totals.Disaffiliated = true;
                for (var i = 0; i < N; i++)
                    if (Has(i, Workers.WorkerFlags.Caucus) || Has(i, Workers.WorkerFlags.Committee))
                        Flags[i] = (Flags[i] & ~Workers.WorkerFlags.Caucus) | Workers.WorkerFlags.Solidarity;
                break;
            case BargainingOpened x:
                Bargaining = true;
                BargainingSince = x.Week;
                FirstContractBargaining = x.FirstContract;
                StrikeAuthorized = false;
                break;
            case StrikeVoteHeld x:
                Totals.CountDecision(DecisionMaker.Officials);
                if (x.BoardApproved) Totals.CountDecision(DecisionMaker.Workers);
                LastStrikeVoteYesShare = x.Members == 0 ? 0 : (double)x.YesVotes / x.Members;
                StrikeAuthorized = x.Authorized;
                break;
            case StrikersReturned x:
                foreach (var i in x.Workers)
                {
                    if (!Has(i, Workers.WorkerFlags.Striking)) continue;
                    Flags[i] &= ~Workers.WorkerFlags.Striking;
                    Strikers--;
                }
                break;
            case StrikeEnded x:
                StrikeOn = false;
                for (var i = 0; i < N; i++) Flags[i] &= ~Workers.WorkerFlags.Striking;
                Strikers = 0;
                Totals.StrikeDays += x.Days;
                break;
            case ContractRatified x: Ratify(x); break;
            case ContractExpired:
                ContractInForce = false;
                break;
            case CardsSigned x:
                foreach (var i in x.Workers)
                {
                    Flags[i] |= Workers.WorkerFlags.CardSigned;
                    Visibility[i] = Math.Max(Visibility[i], M.Reactions.CardSignerVisibility);
                }
                break;
            case RecognitionPetitionFiled x:
                PetitionFiled = true;
                CertificationElectionWeek = x.ElectionWeek;
                break;
            case CertificationElectionHeld x:
                if (x.Won)
                {
                    Certified = true;
                    UnionPresent = true;
                    FirstContractWeek = x.FirstContractWeek;
                    Totals.Certified = true;
                }
                else PetitionFiled = false;
                LastCertificationElectionWeek = x.Week;
                break;
            case DecertificationElectionHeld x:
                LastDecertificationVoteWeek = x.Week;
                if (x.Decertified)
                {
                    UnionPresent = false;
                    ContractInForce = false;
                    Bargaining = false;
                    Decertified = true;
                    Totals.Decertified = true;
                    for (var i = 0; i < N; i++) Flags[i] &= ~(Workers.WorkerFlags.Mainstream | Workers.WorkerFlags.Steward);
                }
                break;
            case WorkersLaidOff x:
                foreach (var i in x.Workers) Separate(i);
                for (var i = 0; i < N; i++) Fear[i] = Clamp.Unit(Fear[i] + M.Reactions.LayoffFear);
                break;
            case ConditionsWorsened x:
                for (var i = 0; i < N; i++) Grievance[i] += x.GrievanceAdded * (1 - Grievance[i]);
                break;
            case CampaignEnded x:
                if (StrikeOn) Totals.StrikeDays += StrikeDaysSoFar(x.Week);
                CloseWeek(x.Week);
                break;
        }
    }

    private void Assemble(WorkforceAssembled x)
    {
        N = x.Workers.Count;
        JobClass = new int[N];
        Department = new int[N];
        BaseWage = new double[N];
        Wage = new double[N];
        Probation = new int[N];
        Grievance = new double[N];
        BaseGrievance = new double[N];
        Fear = new double[N];
        BaseFear = new double[N];
        Commitment = new double[N];
        Trust = new double[N];
        Threshold = new double[N];
        Visibility = new double[N];
        Disciplines = new int[N];
        LastContactWeek = new int[N];
        Flags = new Workers.WorkerFlags[N];
        Ties = x.Ties?.ToArray();
        for (var i = 0; i < N; i++)
        {
            var w = x.Workers[i];
            JobClass[i] = w.JobClass;
            Department[i] = w.Department;
            BaseWage[i] = Wage[i] = w.HourlyWage;
            Probation[i] = w.ProbationWeeksLeft;
            BaseGrievance[i] = Grievance[i] = w.Grievance;
            BaseFear[i] = Fear[i] = w.Fear;
            Trust[i] = w.Trust;
            Threshold[i] = w.Threshold;
            Commitment[i] = w.Commitment;
            LastContactWeek[i] = Units.Never;
            var f = Workers.WorkerFlags.Employed;
            if (w.OnCommittee) f |= Workers.WorkerFlags.Committee | Workers.WorkerFlags.EverCommittee | Workers.WorkerFlags.DeepContact;
            if (w.Steward) f |= Workers.WorkerFlags.Steward;
            if (w.MainstreamMember) f |= Workers.WorkerFlags.Mainstream;
            if (w.WouldLead) f |= Workers.WorkerFlags.WouldLead;
            Flags[i] = f;
            if (w.OnCommittee)
            {
                CommitteeSize++;
                Visibility[i] = M.Reactions.CommitteeVisibility;
            }
        }
        Employed = N;
        Totals.InitialWorkers = N;
    }

    private void PassWeek(int week)
    {
        if (week > 0) CloseWeek(week - 1);
        Week = week;
        var b = Spec.Behaviour;
        var r = M.Reactions;
        var mainstreamDuesRate = Spec.Union.DuesPct / Units.Percent * Units.HoursPerWeek;
        var solidarityWeekly = Scenario.SolidarityUnion.MonthlyDues * Units.MonthsPerYear / Units.WeeksPerYear;
        var strikeHoursLost = M.Tactics.Strike.LostPayDays * Units.HoursPerDay;
        var committeeDecay = M.Organizing.CommitteeDecayFactor;
        for (var i = 0; i < N; i++)
        {
            var f = Flags[i];
            if ((f & Workers.WorkerFlags.Employed) == 0) continue;
            Grievance[i] += b.GrievanceRelaxation * (BaseGrievance[i] - Grievance[i]);
            Fear[i] += b.FearRelaxation * (BaseFear[i] - Fear[i]);
            var onCommittee = (f & Workers.WorkerFlags.Committee) != 0;
            Commitment[i] -= b.CommitmentDecay * Commitment[i] * (onCommittee ? committeeDecay : 1.0);
            Visibility[i] = onCommittee ? Math.Max(Visibility[i] * r.CommitteeVisibilityRetention, r.CommitteeVisibility) : Visibility[i] * r.VisibilityRetention;
            if (Probation[i] > 0) Probation[i]--;
            if (UnionPresent && (f & Workers.WorkerFlags.Mainstream) != 0) Totals.DuesPaid += Wage[i] * mainstreamDuesRate;
            if ((f & Workers.WorkerFlags.Solidarity) != 0) Totals.DuesPaid += solidarityWeekly;
            if ((f & Workers.WorkerFlags.Striking) != 0) Totals.StrikePayLost += Wage[i] * strikeHoursLost;
        }
        Threat *= M.Employer.ThreatRetention;
        Stigma *= M.Employer.StigmaRetention;
        ConflictLoad *= M.Organizing.ConflictRetention;
        if (StrikeOn)
        {
            var share = Employed == 0 ? 0 : (double)Strikers / Employed;
            Threat += share;
            ParticipationByWeek[week] = Math.Max(ParticipationByWeek[week], share);
        }
    }

    private void CloseWeek(int week)
    {
        if (week < 0 || week >= CommitteeByWeek.Length) return;
        CommitteeByWeek[week] = CommitteeSize;
        FiringsByWeek[week] = Totals.Firings;
        Totals.PeakCommittee = Math.Max(Totals.PeakCommittee, CommitteeSize);
    }

    private void HoldOneOnOne(OneOnOneHeld x)
    {
        var i = x.Worker;
        var b = Spec.Behaviour;
        var gain = (x.Depth == ContactDepth.Deep ? b.DeepContactGain : b.ShallowContactGain) * x.Receptiveness;
        Commitment[i] += gain * (1 - Commitment[i]);
        LastContactWeek[i] = x.Week;
        if (x.Depth == ContactDepth.Deep)
        {
            Flags[i] |= Workers.WorkerFlags.DeepContact;
            Grievance[i] += M.Organizing.DeepContactAgitation * (1 - Grievance[i]);
            Fear[i] = Math.Max(0, Fear[i] - M.Organizing.DeepContactInoculation * x.Receptiveness);
            Totals.DeepContacts++;
        }
        else
        {
            Flags[i] |= Workers.WorkerFlags.VoteContacted;
        }
    }

    private void TakeAction(ActionTaken x)
    {
        var profile = Tactics.TacticCatalog.Profile(M, x.Tactic);
        var participation = M.Participation;
        var hoursLost = x.Tactic == Tactics.Tactic.Strike ? 0 : profile.LostPayDays * Units.HoursPerDay;
        var outsideUnit = 0;
        var crowd = Employed == 0 ? 0 : (double)x.Participants.Length / Employed;
        foreach (var i in x.Participants)
        {
            // Leaders are exposed by leading; everyone else is safer the larger the crowd.
            var exposure = Has(i, Workers.WorkerFlags.Committee) ? 1.0 : 1.0 - crowd;
            Visibility[i] = Clamp.Unit(Visibility[i] + participation.ActionVisibility * profile.Risk * exposure);
            Commitment[i] += participation.ActionCommitment * (1 - Commitment[i]);
            if (!InUnit[JobClass[i]]) outsideUnit++;
            if (hoursLost > 0) Totals.StrikePayLost += Wage[i] * hoursLost;
        }
        var share = Employed == 0 ? 0 : (double)x.Participants.Length / Employed;
        var outsideEmployed = 0;
        for (var i = 0; i < N; i++)
            if (!InUnit[JobClass[i]] && Has(i, Workers.WorkerFlags.Employed)) outsideEmployed++;
        if (outsideEmployed > 0)
            Totals.PeakCrossClassParticipation = Math.Max(Totals.PeakCrossClassParticipation, (double)outsideUnit / outsideEmployed);
        Totals.PeakParticipation = Math.Max(Totals.PeakParticipation, share);
        if (x.Week < ParticipationByWeek.Length) ParticipationByWeek[x.Week] = Math.Max(ParticipationByWeek[x.Week], share);
        Threat += x.Pressure;
        if (x.Tactic == Tactics.Tactic.Strike)
        {
            StrikeOn = true;
            StrikeStartWeek = x.Week;
            StrikeStartParticipants = x.Participants.Length;
            Strikers = x.Participants.Length;
            foreach (var i in x.Participants) Flags[i] |= Workers.WorkerFlags.Striking;
            Totals.StrikesHeld++;
        }
    }

    private void WinDemand(DemandWon x)
    {
        var demand = Demands.Find(d => d.Id == x.DemandId);
        if (demand is null) return;
        demand.Won = true;
        demand.WonWeek = x.Week;
        demand.WonPct += x.WagePct;
        Totals.DemandsWon.Add(x.DemandId);
        var raise = 1 + x.WagePct / Units.Percent;
        for (var i = 0; i < N; i++)
        {
            if (!Has(i, Workers.WorkerFlags.Employed)) continue;
            if (x.WagePct > 0) Wage[i] *= raise;
            Grievance[i] -= demand.Relief * Grievance[i];
            if (Has(i, Workers.WorkerFlags.DeepContact)) Commitment[i] += M.Reactions.WinCommitment * (1 - Commitment[i]);
        }
        Threat *= M.Employer.ThreatAfterConcession;
    }

    private void Fire(WorkerFired x)
    {
        Separate(x.Worker);
        Flags[x.Worker] |= Workers.WorkerFlags.Fired;
        Totals.Firings++;
        if (x.Leader) Totals.LeadersFired++;
        Chill(x.Worker, M.Reactions.FiringChillFear, M.Reactions.FiringChillAnger);
    }

    private void Separate(int i)
    {
        if (!Has(i, Workers.WorkerFlags.Employed)) return;
        if (Has(i, Workers.WorkerFlags.Committee)) CommitteeSize--;
        if (Has(i, Workers.WorkerFlags.Striking)) Strikers--;
        Flags[i] &= ~(Workers.WorkerFlags.Employed | Workers.WorkerFlags.Committee | Workers.WorkerFlags.Striking);
        Employed--;
    }

    private void Reinstate(int i)
    {
        if (Has(i, Workers.WorkerFlags.Employed)) return;
        Flags[i] = (Flags[i] | Workers.WorkerFlags.Employed) & ~Workers.WorkerFlags.Fired;
        Employed++;
        Totals.Reinstatements++;
        Chill(i, -M.Reactions.ReinstatementRelief, 0);
        if (Ties is null) return;
        foreach (var j in Ties[i]) Commitment[j] += M.Reactions.ReinstatementCommitment * (1 - Commitment[j]);
    }

    /// <summary>Fear (and anger) spreading to a worker's ties after retaliation; negative fear relieves.</summary>
    private void Chill(int worker, double fear, double anger)
    {
        if (Ties is null)
        {
            for (var j = 0; j < N; j++)
            {
                if (j == worker) continue;
                Fear[j] = Clamp.Unit(Fear[j] + fear * M.Reactions.ChillWithoutTies);
                Grievance[j] += anger * M.Reactions.ChillWithoutTies * (1 - Grievance[j]);
            }
            return;
        }
        foreach (var j in Ties[worker])
        {
            Fear[j] = Clamp.Unit(Fear[j] + fear);
            Grievance[j] += anger * (1 - Grievance[j]);
        }
    }

    private void Ratify(ContractRatified x)
    {
        ContractInForce = true;
        ContractExpiry = x.ExpiryWeek;
        NoStrikeClause = x.NoStrikeClause;
        Bargaining = false;
        FirstContractBargaining = false;
        StrikeAuthorized = false;
        Totals.ContractsRatified++;
        if (x.FirstContract) Totals.FirstContract = true;
        Totals.LastContractWagePct = x.WagePct;
        Totals.LastContractNoStrike = x.NoStrikeClause;
        Totals.CountDecision(x.NegotiatedBy);
        Totals.CountDecision(DecisionMaker.Workers);
        var raise = 1 + x.WagePct / Units.Percent;
        for (var i = 0; i < N; i++)
            if (InUnit[JobClass[i]] && Has(i, Workers.WorkerFlags.Employed)) Wage[i] *= raise;
        var wageDemand = Demands.Find(d => d.Kind == DemandKind.Wage && !d.Won);
        if (wageDemand is not null) wageDemand.WonPct += x.WagePct;
    }

    private void RemovePendingGrievance(int department)
    {
        var k = PendingGrievances.FindIndex(g => g.Department == department);
        if (k >= 0) PendingGrievances.RemoveAt(k);
    }

    /// <summary>A digest of the whole state, for proving that replay rebuilds the live state exactly.</summary>
    public string Digest()
    {
        using var h = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void D(double v) => h.AppendData(BitConverter.GetBytes(v));
        void I(int v) => h.AppendData(BitConverter.GetBytes(v));
        for (var i = 0; i < N; i++)
        {
            D(Wage[i]); D(Grievance[i]); D(Fear[i]); D(Commitment[i]); D(Trust[i]); D(Visibility[i]);
            I(Probation[i]); I(Disciplines[i]); I(LastContactWeek[i]); I((int)Flags[i]);
        }
        D(Threat); D(Stigma); D(ConflictLoad); I(Employed); I(CommitteeSize); I(Strikers);
        I(ContractInForce ? 1 : 0); I(ContractExpiry); I(UnionPresent ? 1 : 0); I((int)Stance);
        foreach (var d in Demands) { I(d.Won ? 1 : 0); I(d.Refusals); I(d.LastRung); }
        h.AppendData(System.Text.Encoding.UTF8.GetBytes(Totals.ToString()));
        return Convert.ToHexString(h.GetHashAndReset());
    }
}
