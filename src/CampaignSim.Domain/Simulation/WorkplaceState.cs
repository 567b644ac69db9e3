using CampaignSim.Domain.Employer;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.Leadership;
using CampaignSim.Domain.Legal;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Simulation;

/// <summary>
/// The state of one workplace during a run, split by concern: the workforce, the union and its contract, the round of
/// bargaining, the strike, the legal docket, the pressure the employer feels, the demands, the totals and the
/// timeline. Each part folds the events that concern it with one <c>Apply</c> per event type and keeps its state
/// private; <see cref="Apply"/> routes each event to its parts in a fixed order (a part that reads another's state
/// for an event is served before that part changes). Folding is deterministic and draws no random numbers, so the
/// state after a run is the fold of its events.
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
        Workforce = new Workers.Workforce(scenario, spec);
        Union = new UnionState(scenario, spec);
        Bargaining = new BargainingState();
        Strike = new Tactics.StrikeState();
        Docket = new LegalDocket();
        Pressure = new EmployerPressure(scenario, spec);
        Demands = new DemandBook(scenario, spec);
        Totals = new WorkplaceTotals(spec.JobClasses.Count);
        Committee = new Committee.CommitteeRecord(scenario.Mechanics.Actions, Math.Max(1, spec.Departments));
        Timeline = new WorkplaceTimeline(scenario.Weeks);
        EmployerHostility = spec.Employer.Hostility;
    }

    /// <summary>How hostile the employer is in this run (<see cref="EmployerStanceSet"/>; the scenario's until it is set).</summary>
    public double EmployerHostility { get; private set; }

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

    /// <summary>The workers.</summary>
    public Workers.Workforce Workforce { get; }

    /// <summary>The mainstream union, its leadership and contract.</summary>
    public UnionState Union { get; }

    /// <summary>The round of contract bargaining.</summary>
    public BargainingState Bargaining { get; }

    /// <summary>The strike, if one is on.</summary>
    public Tactics.StrikeState Strike { get; }

    /// <summary>Grievances, charges and the recognition petition before the legal channel.</summary>
    public LegalDocket Docket { get; }

    /// <summary>What the employer feels and has seen.</summary>
    public EmployerPressure Pressure { get; }

    /// <summary>The demands and their status.</summary>
    public DemandBook Demands { get; }

    /// <summary>The committee's recent defeats and rest.</summary>
    public Committee.CommitteeRecord Committee { get; }

    /// <summary>Counters for the outcome.</summary>
    public WorkplaceTotals Totals { get; }

    /// <summary>Committee, participation and firings week by week.</summary>
    public WorkplaceTimeline Timeline { get; }

    /// <summary>Whether worker <paramref name="i"/> is covered by a contract in force: a bargaining-unit member while the union represents the unit.</summary>
    public bool CoveredByContract(int i) => Union.ContractInForce && Union.Present && Workforce.InUnit(i);

    /// <summary>Whether the campaign has gone public: an action called, a drive gone public or a petition filed. Until then the employer only suspects.</summary>
    public bool Public => Pressure.LastActionWeek >= 0 || Committee.WentPublicWeek != Units.Never || Docket.PetitionFiled || Union.Certified;

    /// <summary>Events folded so far: what a reader that keeps something computed from the state compares to know it is current.</summary>
    internal int Version { get; private set; }

    /// <summary>Folds one event about this workplace (or a <see cref="WeekPassed"/> or <see cref="CampaignEnded"/>) into the state.</summary>
    public void Apply(CampaignEvent e)
    {
        Version++;
        switch (e)
        {
            case WorkforceAssembled x:
                Workforce.Apply(x);
                Strike.Apply(x);
                Totals.Apply(x);
                break;
            case EmployerStanceSet x:
                EmployerHostility = x.Hostility;
                break;
            case WeekPassed x:
                if (x.Week > 0) CloseWeek(x.Week - 1);
                Week = x.Week;
                // One pass over the workers: the week's dues and strike pay, then their drift (docs/ODD.md §7.1).
                Totals.Apply(x, Workforce, Union.Present, Strike, Scenario, Spec);
                Union.Apply(x);
                var strikeShare = Strike.On ? Workforce.ShareOfEmployed(Strike.Strikers) : 0;
                Pressure.Apply(x, strikeShare);
                if (Strike.On) Timeline.Participation(x.Week, strikeShare);
                break;
            case CommitteeWeekPlanned x:
                Totals.Apply(x);
                Union.Apply(x);
                Workforce.Apply(x);
                break;
            case OneOnOneHeld x:
                Workforce.Apply(x);
                Totals.Apply(x);
                break;
            case TrainingHeld x:
                Workforce.Apply(x);
                Totals.Apply(x);
                break;
            case WorkerJoinedCommittee x: Workforce.Apply(x); break;
            case WorkerLeftCommittee x: Workforce.Apply(x); break;
            case WorkerJoinedOrganization x: Workforce.Apply(x); break;
            case EmployerViolatedTerms x:
                Workforce.Apply(x);
                Totals.Apply(x);
                Pressure.Apply(x);
                break;
            case GrievanceFiled x:
                Totals.Apply(x);
                Docket.Apply(x, Spec.Contract.GrievanceDelayWeeks);
                break;
            case GrievanceDecided x:
                Docket.Apply(x);
                Workforce.Apply(x);
                break;
            case ActionCalled x:
                Pressure.Apply(x);
                Totals.Apply(x);
                Strike.Apply(x);
                Union.Apply(x);
                Demands.Apply(x, Workforce.CommittedShare(Scenario.Mechanics.Organizing.CountedCommitment));
                Committee.Apply(x, x.Department < 0 ? 0 : Workforce.CommittedShare(Scenario.Mechanics.Organizing.CountedCommitment, x.Department));
                break;
            case ActionTaken x:
                Committee.Apply(x);
                Demands.Apply(x, Workforce.Employed);
                var profile = Tactics.TacticCatalog.Profile(Scenario.Mechanics, x.Tactic);
                Workforce.Apply(x, profile);
                Totals.Apply(x, profile, Workforce);
                Timeline.Participation(x.Week, Workforce.ShareOfEmployed(x.Participants.Length));
                Pressure.Apply(x);
                Strike.Apply(x);
                break;
            case DemandWon x:
                Committee.Apply(x);
                if (Demands.Apply(x) is not { } won) break;
                Totals.Apply(x);
                Workforce.Apply(x, won);
                Pressure.Apply(x);
                break;
            case DemandRefused x:
                Committee.Apply(x);
                Demands.Apply(x);
                Workforce.Apply(x);
                break;
            case DemandRaised x: Demands.Apply(x); break;
            case WorkerDisciplined x:
                Workforce.Apply(x);
                Totals.Apply(x);
                break;
            case WorkerFired x:
                Pressure.Apply(x, Workforce.Department[x.Worker]);
                Strike.Apply(x);
                Workforce.Apply(x);
                Totals.Apply(x, Workforce.JobClass[x.Worker]);
                break;
            case ChargeFiled x: Docket.Apply(x); break;
            case RemedyDecided x:
                Docket.Apply(x);
                if (x.Returned && !Workforce.Has(x.Worker, Workers.WorkerFlags.Employed)) Totals.Reinstated();
                Workforce.Apply(x);
                break;
            case WorkerReinstated x:
                Docket.Apply(x);
                if (!Workforce.Has(x.Worker, Workers.WorkerFlags.Employed)) Totals.Reinstated();
                Workforce.Apply(x);
                break;
            case CaptiveAudienceMeetingHeld x:
                Workforce.Apply(x);
                Totals.Apply(x);
                break;
            case RedBaitingRun x: Pressure.Apply(x); break;
            case UnionElectionHeld x:
                Union.Apply(x);
                Totals.Apply(x);
                Workforce.Apply(x);
                break;
            case LeadershipChanged x: Union.Apply(x); break;
            case CaucusDisaffiliated x:
                Union.Apply(x);
                Workforce.Apply(x);
                break;
            case BargainingOpened x:
                Totals.Apply(x);
                Bargaining.Apply(x);
                break;
            case StrikeVoteHeld x:
                Totals.Apply(x, Union.CaucusLeads);
                Bargaining.Apply(x);
                break;
            case StrikersReturned x: Strike.Apply(x); break;
            case StrikeEnded x:
                Committee.Apply(x);
                Workforce.Apply(x, Strike);
                Strike.Apply(x);
                Totals.Apply(x);
                break;
            case ContractRatified x:
                Union.Apply(x);
                Bargaining.Apply(x);
                Totals.Apply(x);
                Workforce.Apply(x);
                Demands.Apply(x);
                break;
            case ContractExpired x: Union.Apply(x); break;
            case RatificationVoteHeld x:
                Totals.Apply(x);
                Bargaining.Apply(x);
                break;
            case CardsSigned x: Workforce.Apply(x); break;
            case DriveWentPublic x: Committee.Apply(x); break;
            case RecognitionPetitionFiled x: Docket.Apply(x); break;
            case RecognitionPetitionWithdrawn x: Docket.Apply(x); break;
            case CertificationElectionHeld x:
                Union.Apply(x);
                Docket.Apply(x);
                Workforce.Apply(x);
                break;
            case OfferMade x: Bargaining.Apply(x); break;
            case DecertificationElectionHeld x:
                Union.Apply(x);
                Bargaining.Apply(x);
                Workforce.Apply(x);
                break;
            case WorkersQuit x: Workforce.Apply(x); break;
            case WorkersLaidOff x:
                Strike.Apply(x);
                Workforce.Apply(x);
                break;
            case ConditionsWorsened x:
                Workforce.Apply(x);
                Pressure.Apply(x);
                break;
            case CampaignEnded x:
                Totals.Apply(x, Strike);
                CloseWeek(x.Week);
                break;
        }
    }

    private void CloseWeek(int week)
    {
        if (week < 0 || week >= Timeline.Length) return;
        Timeline.CloseWeek(week, Workforce.CommitteeSize, Totals.Firings);
        Totals.CloseWeek(Workforce.CommitteeSize);
    }

    /// <summary>A digest of the whole state, for proving that replay rebuilds the live state exactly.</summary>
    public string Digest()
    {
        using var h = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void D(double v) => h.AppendData(BitConverter.GetBytes(v));
        void I(int v) => h.AppendData(BitConverter.GetBytes(v));
        Workforce.Digest(D, I);
        Union.Digest(D, I);
        Bargaining.Digest(D, I);
        Strike.Digest(I);
        Docket.Digest(I);
        Pressure.Digest(D, I);
        Demands.Digest(D, I);
        Committee.Digest(D, I);
        h.AppendData(System.Text.Encoding.UTF8.GetBytes(Totals.ToString()));
        return Convert.ToHexString(h.GetHashAndReset());
    }
}
