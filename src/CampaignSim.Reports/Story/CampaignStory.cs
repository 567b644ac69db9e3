using CampaignSim.Domain.Infrastructure;
using CampaignSim.Reports.Output;
using CampaignSim.Reports;
using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Reports.Story;

/// <summary>
/// story.md: one campaign told week by week in plain sentences, read from its events. Weeks with only routine work
/// (one-on-ones, trainings, grievances, violations, memberships) are folded into one line per quiet stretch.
/// </summary>
public static class CampaignStory
{
    /// <summary>Builds the story of a run.</summary>
    public static Report Build(RunResult run, Scenario scenario, string modelId, ulong seed)
    {
        var start = run.Events.OfType<CampaignStarted>().FirstOrDefault();
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(2, "In short"),
            new BulletListBlock(Summary(run, scenario)),
            new ParagraphBlock($"{ComparisonReport.Name(modelId)} in {ScenarioDescription.Brief(scenario)}. {Workforce(run.Events)}{Employers(run.Events, scenario)}"),
            new ParagraphBlock(
                "Every event is in events.jsonl. This story names what changed the campaign; weeks with only routine work "
                + "(one-on-ones, trainings, grievances, small violations, new members) are summed up in one line per quiet stretch."),
            new HeadingBlock(2, "Week by week"),
            new BulletListBlock(new Narrator(scenario).Lines(run.Events)),
            new HeadingBlock(2, "How it ended"),
            OutcomeTable(run.Outcome, scenario),
        };
        if (!string.IsNullOrEmpty(run.Outcome.DemandsWonIds))
        {
            blocks.Add(new ParagraphBlock("Demands won: " + run.Outcome.DemandsWonIds.Replace("+", ", ", StringComparison.Ordinal) + "."));
        }

        blocks.Add(new HeadingBlock(2, "Events"));
        blocks.Add(new TableBlock(["Event", ">Count"], run.Events
            .GroupBy(e => EventCatalog.NameOf(e.GetType()))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, Numbers.Whole(g.Count())])
            .ToList()));
        blocks.Add(new HeadingBlock(2, "Reproduce"));
        blocks.Add(new ParagraphBlock(
            $"Model {modelId}, seed {seed}, engine {start?.EngineVersion ?? EngineInfo.Version}, "
            + $"scenario hash {(start?.ScenarioHash ?? ScenarioHash.Compute(scenario))[..12]}: the same four give the same campaign, event for event."));
        return new Report($"What happened: {scenario.Name}", blocks);
    }

    /// <summary>
    /// The campaign in three lines, before the week-by-week story: what the workers won, how far they went together, and
    /// what it cost them in firings and discipline.
    /// </summary>
    public static IReadOnlyList<string> Summary(RunResult run, Scenario scenario)
    {
        var o = run.Outcome;
        var demands = scenario.Workplaces.Sum(w => w.Demands.Count);
        var won = (int)Math.Round(o.DemandsWon);
        var contract = run.Events.OfType<ContractRatified>().LastOrDefault();
        // The workplace's average and the contract's raise are told apart: a unit's 4.9% contract is 2.0% across a
        // hospital where most workers are outside the unit, and a steward knows the contract's figure.
        var gains = won == 0 && o.WageChangePct <= 0 && contract is null
            ? "Won: nothing. No demand was conceded and wages did not rise."
            : $"Won: {won} of {demands} demand{(demands == 1 ? "" : "s")}; "
              + (o.WageChangePct > 0 ? $"wages rose {Numbers.Fixed(o.WageChangePct, 1)}% on average across the workplace" : "wages did not rise")
              + (contract is null ? "." : $"; a {(contract.FirstContract ? "first " : "")}contract ratified in week {contract.Week} "
                 + (contract.WagePct > 0 ? $"raised the bargaining unit's pay {Numbers.Fixed(contract.WagePct, 1)}%." : "gave the bargaining unit no raise."));

        var workers = Math.Max(1, run.Events.OfType<WorkforceAssembled>().Sum(a => a.Workers.Count));
        var largest = run.Events.OfType<ActionTaken>().Where(a => a.Tactic > Domain.Tactics.Tactic.Petition)
            .OrderByDescending(a => a.Participants.Length).ThenBy(a => a.Week).FirstOrDefault();
        var action = largest is null || largest.Participants.Length == 0
            ? "Together: no action went beyond a petition."
            : $"Together: the largest action above a petition was {Domain.Tactics.TacticCatalog.Of(largest.Tactic).Phrase} in week {largest.Week}, "
              + $"with {Numbers.Fixed(100.0 * o.PeakParticipationAbovePetition, 0)}% of the workers ({Numbers.Whole(largest.Participants.Length)} of {Numbers.Whole(workers)}).";

        var fired = (int)Math.Round(o.Firings);
        var leaders = (int)Math.Round(o.LeadersFired);
        var back = (int)Math.Round(o.Reinstatements);
        var disciplined = (int)Math.Round(o.Disciplines);
        var cost = fired == 0
            ? $"The cost: nobody was fired{(disciplined > 0 ? $"; {Count(disciplined, "worker")} disciplined" : "")}."
            : $"The cost: {Count(fired, "worker")} fired{(leaders > 0 ? $" ({leaders} of them on the committee)" : "")}, {back} reinstated"
              + (disciplined > 0 ? $"; {Numbers.Whole(disciplined)} disciplinary action{(disciplined == 1 ? "" : "s")}." : ".");
        return [gains, action, cost];
    }

    private static string Count(int n, string noun) => $"{Numbers.Whole(n)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>The outcome of a run as a table of every metric.</summary>
    public static TableBlock OutcomeTable(CampaignOutcome outcome, Scenario scenario) =>
        new(["Outcome", ">Value"], OutcomeMetric.All
            .Select(m => (IReadOnlyList<string>)[MetricFormat.Header(m), OutcomeValue(m, outcome, scenario)])
            .ToList());

    /// <summary>
    /// One metric of a run, formatted; cross-class participation reads "none outside the unit" where every job class is
    /// in the bargaining unit, since a 0 there would read as a failure to reach workers who do not exist.
    /// </summary>
    /// <remarks>A count in one campaign is a whole number and reads as one ("6", not "6.00"); means over runs keep their decimals elsewhere.</remarks>
    public static string OutcomeValue(OutcomeMetric metric, CampaignOutcome outcome, Scenario scenario) =>
        metric.Id == "crossClassParticipation" && scenario.Workplaces.All(w => w.JobClasses.All(c => c.InBargainingUnit))
            ? "none outside the unit"
            : metric.Read(outcome) is var value && !MetricFormat.IsFraction(metric) && value == Math.Round(value) && Math.Abs(value) < 1e15
                ? Numbers.Whole((long)value)
                : MetricFormat.Value(metric, metric.Read(outcome));

    /// <summary>
    /// How hostile this run's employer is beside the scenario's typical one (employers differ, docs/ODD.md §7.7): a
    /// steward reading why the firings came, or did not, needs to know which employer the campaign met.
    /// </summary>
    private static string Employers(IReadOnlyList<CampaignEvent> events, Scenario scenario)
    {
        var stances = events.OfType<EmployerStanceSet>().Where(x => x.Workplace < scenario.Workplaces.Count).ToList();
        if (stances.Count == 0) return "";
        var told = stances.Select(x =>
        {
            var typical = scenario.Workplaces[x.Workplace].Employer.Hostility;
            var where = stances.Count > 1 ? $"at {scenario.Workplaces[x.Workplace].Name}, " : "";
            // Compared as shown: 0.902 against 0.90 reads "as hostile as", not "more hostile than (0.90 against 0.90)".
            var (shown, typicalShown) = (Math.Round(x.Hostility, 2), Math.Round(typical, 2));
            var than = shown > typicalShown ? "more hostile than" : shown < typicalShown ? "less hostile than" : "about as hostile as";
            return $"{where}{than} the scenario's typical employer ({Numbers.Fixed(x.Hostility, 2)} against {Numbers.Fixed(typical, 2)})";
        });
        return $" This run's employer is {string.Join("; ", told)}.";
    }

    private static string Workforce(IReadOnlyList<CampaignEvent> events)
    {
        var assembled = events.OfType<WorkforceAssembled>().ToList();
        var workers = assembled.Sum(a => a.Workers.Count);
        var committee = assembled.Sum(a => a.Workers.Count(w => w.OnCommittee));
        var stewards = assembled.Sum(a => a.Workers.Count(w => w.Steward));
        var members = assembled.Sum(a => a.Workers.Count(w => w.MainstreamMember));
        var probation = assembled.Sum(a => a.Workers.Count(w => w.ProbationWeeksLeft > 0));
        return $"At the start: {Numbers.Whole(workers)} workers, {committee} on the organizing committee, {stewards} stewards, "
            + $"{Numbers.Whole(members)} union members, {probation} on probation.";
    }

    /// <summary>Turns the event stream into lines, one per notable week or quiet stretch.</summary>
    private sealed class Narrator(Scenario scenario)
    {
        // Workers employed when each action was taken, read from the fold of the events (Workforce.Employed) rather than counted again here.
        private readonly Dictionary<ActionTaken, int> _employedAt = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<int, int> _strikeStart = [];
        private readonly Dictionary<int, IReadOnlyList<Domain.Workers.WorkerProfile>> _workers = [];
        private readonly List<string> _lines = [];
        private readonly RoutineCounts _quiet = new();
        private int _quietFrom = -1;
        private int _quietTo = -1;

        // Scheduled firings of a workplace's most visible leader (a leader-fired shock), by workplace and week, not yet told.
        // The shock is the week's first step, so the first unlawful firing of that week is the scheduled one; a steward
        // reading "fired in retaliation" would otherwise take the scenario's schedule for something the campaign provoked.
        private readonly HashSet<(int Workplace, int Week)> _scheduledFirings = scenario.Workplaces
            .SelectMany((w, i) => w.Shocks.Where(s => s.Kind == ShockKind.LeaderFired).Select(s => (i, Math.Max(1, s.Week))))
            .ToHashSet();

        public List<string> Lines(IReadOnlyList<CampaignEvent> events)
        {
            var state = new CampaignState();
            foreach (var e in events)
            {
                state.Apply(e);
                if (e is ActionTaken a)
                {
                    _employedAt[a] = state.Workplaces[a.Workplace].Workforce.Employed;
                }
            }

            foreach (var week in events.GroupBy(e => e.Week).OrderBy(g => g.Key))
            {
                var notes = new SortedDictionary<int, WeekNotes>();
                foreach (var e in week)
                {
                    var place = e is IWorkplaceEvent we ? we.Workplace : -1;
                    if (place < 0)
                    {
                        continue;
                    }

                    if (!notes.TryGetValue(place, out var n))
                    {
                        n = new WeekNotes();
                        notes[place] = n;
                    }

                    Note(e, n);
                }

                Emit(week.Key, notes);
            }

            FlushQuiet();
            return _lines;
        }

        private void Emit(int week, SortedDictionary<int, WeekNotes> notes)
        {
            var notable = notes.Where(kv => kv.Value.Notable.Count + kv.Value.Joined.Count + kv.Value.Left.Count > 0).ToList();
            if (notable.Count == 0)
            {
                foreach (var n in notes.Values)
                {
                    _quiet.Add(n.Routine);
                }

                if (week > 0)
                {
                    _quietFrom = _quietFrom < 0 ? week : _quietFrom;
                    _quietTo = week;
                }

                return;
            }

            FlushQuiet();
            var elsewhere = new RoutineCounts();
            foreach (var (place, n) in notes)
            {
                if (n.Notable.Count + n.Joined.Count + n.Left.Count == 0)
                {
                    elsewhere.Add(n.Routine);
                    continue;
                }

                var clauses = n.Routine.Clauses();
                if (n.Joined.Count > 0)
                {
                    clauses.Add($"{Workers(n.Joined)} joined the committee");
                }

                if (n.Left.Count > 0)
                {
                    clauses.Add($"{Workers(n.Left)} left the committee");
                }

                clauses.AddRange(n.Notable);
                if (clauses.Count == 0)
                {
                    continue;
                }

                var where = scenario.Workplaces.Count > 1 ? $", {scenario.Workplaces[place].Name}" : "";
                _lines.Add($"Week {week}{where}: {string.Join("; ", clauses)}.");
            }

            if (elsewhere.Any)
            {
                _lines.Add($"Week {week}, other workplaces: routine work: {string.Join("; ", elsewhere.Clauses())}.");
            }
        }

        private void FlushQuiet()
        {
            if (_quietFrom < 0)
            {
                return;
            }

            var span = _quietFrom == _quietTo ? $"Week {_quietFrom}" : $"Weeks {_quietFrom}–{_quietTo}";
            var clauses = _quiet.Clauses();
            if (clauses.Count > 0)
            {
                _lines.Add($"{span}: routine work: {string.Join("; ", clauses)}.");
            }

            _quiet.OneOnOnes = _quiet.Deep = _quiet.ByStaff = _quiet.Trainings = _quiet.Trained = 0;
            _quiet.FormalGrievances = _quiet.FloorGrievances = _quiet.Decided = _quiet.Upheld = _quiet.Violations = _quiet.Quits = 0;
            _quiet.Joined.Clear();
            _quietFrom = _quietTo = -1;
        }

        private void Note(CampaignEvent e, WeekNotes n)
        {
            var r = n.Routine;
            switch (e)
            {
                case WorkforceAssembled x:
                    _workers[x.Workplace] = x.Workers;
                    break;
                case OneOnOneHeld x:
                    r.OneOnOnes++;
                    r.Deep += x.Depth == ContactDepth.Deep ? 1 : 0;
                    r.ByStaff += x.ByStaff ? 1 : 0;
                    break;
                case TrainingHeld x:
                    r.Trainings++;
                    r.Trained += x.Attendees.Length;
                    break;
                case GrievanceFiled x:
                    if (x.Channel == GrievanceChannel.Formal)
                    {
                        r.FormalGrievances++;
                    }
                    else
                    {
                        r.FloorGrievances++;
                    }

                    break;
                case GrievanceDecided x:
                    r.Decided++;
                    r.Upheld += x.Upheld ? 1 : 0;
                    break;
                case EmployerViolatedTerms:
                    r.Violations++;
                    break;
                case WorkerJoinedOrganization x:
                    r.Joined[x.Organization] = r.Joined.GetValueOrDefault(x.Organization) + 1;
                    break;
                case WorkerJoinedCommittee x:
                    n.Joined.Add(Worker(x.Workplace, x.Worker));
                    break;
                case WorkerLeftCommittee x:
                    n.Left.Add(Worker(x.Workplace, x.Worker));
                    break;
                case ActionCalled x:
                    n.LastActionDemand = x.DemandId;
                    n.LastCall = x;
                    n.Notable.Add(Called(x));
                    n.LastActionNote = n.Notable.Count - 1;
                    break;
                case ActionTaken x:
                    Taken(x, n);
                    break;
                case DemandWon x when n.LastActionNote >= 0 && n.LastActionDemand == x.DemandId:
                    n.Notable[n.LastActionNote] += x.WagePct > 0 ? $"; the employer gave in ({Numbers.Fixed(x.WagePct, 1)}% raise)" : "; the employer gave in";
                    n.LastActionNote = -1;
                    break;
                case DemandRefused x when n.LastActionNote >= 0 && n.LastActionDemand == x.DemandId:
                    n.Notable[n.LastActionNote] += "; the employer refused";
                    n.LastActionNote = -1;
                    break;
                case DemandWon x:
                    n.Notable.Add($"the employer conceded '{x.DemandId}'{(x.WagePct > 0 ? $" ({Numbers.Fixed(x.WagePct, 1)}% raise)" : "")}");
                    break;
                case DemandRefused x:
                    n.Notable.Add($"the employer refused '{x.DemandId}'");
                    break;
                case DemandRaised x when x.Worker >= 0:
                    n.Reinstate.Add(Worker(x.Workplace, x.Worker));
                    Gather(n, n.ReinstateNote, i => n.ReinstateNote = i, n.Reinstate.Count == 1
                        ? $"a new demand: reinstate {n.Reinstate[0]}"
                        : n.Reinstate.SequenceEqual(n.Fired)
                            ? $"reinstating all {n.Reinstate.Count} became a demand"
                            : $"new demands: reinstate {Workers(n.Reinstate)}");
                    break;
                case DemandRaised x:
                    n.Notable.Add($"a new demand came up: '{x.DemandId}'");
                    break;
                case WorkerDisciplined x:
                    n.Notable.Add($"{Worker(x.Workplace, x.Worker)} was disciplined{(x.Lawful ? " for taking part in an unprotected action" : "")}");
                    break;
                case WorkerFired { Lawful: false } x when _scheduledFirings.Remove((x.Workplace, x.Week)):
                    n.Notable.Add($"{Worker(x.Workplace, x.Worker)}{(x.Leader ? ", a committee member," : "")} was fired: the scenario sets this week for the employer to fire its most visible leader");
                    break;
                case WorkerFired { Lawful: false } x:
                    n.Fired.Add(Worker(x.Workplace, x.Worker));
                    n.FiredLeaders += x.Leader ? 1 : 0;
                    Gather(n, n.FiredNote, i => n.FiredNote = i, n.Fired.Count == 1
                        ? $"{n.Fired[0]}{(x.Leader ? ", a committee member," : "")} was fired in retaliation"
                        // "In one week", not "at once": the events do not say whether the employer decided to break the
                        // committee (a purge) or its weekly chances came up more than once.
                        : $"the employer fired {n.Fired.Count} workers in retaliation in one week, {n.FiredLeaders} of them on the committee: {Workers(n.Fired)}");
                    break;
                case WorkerFired x:
                    n.Notable.Add($"{Worker(x.Workplace, x.Worker)}{(x.Leader ? ", a committee member," : "")} was fired for taking part in an unprotected action");
                    break;
                case ChargeFiled { Channel: RemedyChannel.UnfairLaborPracticeCharge } x:
                    n.Charged.Add((Worker(x.Workplace, x.Worker), x.DueWeek));
                    Gather(n, n.ChargeNote, i => n.ChargeNote = i, n.Charged.Count == 1
                        ? $"an unfair-labour-practice charge was filed for {n.Charged[0].Worker} (decision due in week {x.DueWeek})"
                        : n.Charged.Select(c => c.Worker).SequenceEqual(n.Fired)
                            ? $"unfair-labour-practice charges were filed for all {n.Charged.Count} ({DueWeeks(n.Charged)})"
                            : $"unfair-labour-practice charges were filed for {Workers(n.Charged.Select(c => c.Worker).ToList())} ({DueWeeks(n.Charged)})");
                    break;
                case ChargeFiled x:
                    n.Notable.Add($"a just-cause grievance was filed for {Worker(x.Workplace, x.Worker)} (decision due in week {x.DueWeek})");
                    break;
                case RemedyDecided x:
                    n.Notable.Add(!x.ReinstatementOffered
                        ? $"the case of {Worker(x.Workplace, x.Worker)} ended without reinstatement"
                        : x.Returned
                            ? $"{Worker(x.Workplace, x.Worker)} won reinstatement and came back"
                            : $"{Worker(x.Workplace, x.Worker)} won reinstatement but did not come back");
                    break;
                case WorkerReinstated x:
                    n.Notable.Add($"{Worker(x.Workplace, x.Worker)} was back at work, won by action on the floor");
                    break;
                case WorkersQuit x:
                    r.Quits += x.Workers.Length - x.CommitteeMembers.Length;
                    foreach (var i in x.CommitteeMembers)
                        n.Notable.Add($"{Worker(x.Workplace, i)}, a committee member, quit, and a new hire took her place");
                    break;
                case CaptiveAudienceMeetingHeld x:
                    n.Notable.Add(x.Threatened
                        ? "the employer held a captive-audience meeting in which managers threatened to close or to cut pay if the workers organized"
                        : "the employer held a captive-audience meeting");
                    break;
                case CoercionCharged:
                    n.Notable.Add("an unfair-labour-practice charge over the employer's threats was filed");
                    break;
                case RedBaitingRun:
                    n.Notable.Add("the employer ran red-baiting, \"outside agitator\" messaging");
                    break;
                case UnionElectionHeld x:
                    n.Notable.Add($"in the union's officer election the caucus slate {(x.CaucusWon ? "won" : "lost")} with {Share(x.CaucusVotes, x.Voters)} of the vote ({x.CaucusVotes} of {x.Voters})");
                    break;
                case LeadershipChanged x:
                    n.Notable.Add($"the union's leadership turned {x.Stance.ToString().ToLowerInvariant()}{(x.CaucusLeads ? ", with the caucus in charge" : "")}");
                    break;
                case CaucusDisaffiliated:
                    n.Notable.Add("the caucus left the union's structures and went independent");
                    break;
                case BargainingOpened x:
                    n.Notable.Add(x.FirstContract ? "bargaining for a first contract opened" : "bargaining for a new contract opened");
                    break;
                case OfferMade x:
                    n.Notable.Add($"the employer offered a {Numbers.Fixed(x.WagePct, 1)}% raise against {Numbers.Fixed(x.AskPct, 1)}% asked");
                    break;
                case StrikeVoteHeld x:
                    n.Notable.Add(!x.BoardApproved
                        ? "the union's executive board refused to put a strike to a vote"
                        : $"strike vote: {x.YesVotes} yes of {x.Voters} voting ({Share(x.YesVotes, x.Voters)}; {x.Members - x.Voters} of {x.Members} members did not vote), "
                          + (x.Authorized ? "strike authorized" : "not enough to strike"));
                    break;
                case RatificationVoteHeld x:
                    n.Notable.Add($"the members voted on a {Numbers.Fixed(x.WagePct, 1)}% contract: {x.YesVotes} yes of {x.Voters} voting "
                        + $"({x.Members - x.Voters} of {x.Members} did not vote), {(x.Ratified ? "ratified" : "rejected; bargaining goes on")}");
                    break;
                case StrikersReturned x:
                    n.Notable.Add($"{x.Workers.Length} striker{(x.Workers.Length == 1 ? "" : "s")} went back to work");
                    break;
                case StrikeEnded x:
                    var weeks = _strikeStart.TryGetValue(x.Workplace, out var from) ? x.Week - from : 0;
                    _strikeStart.Remove(x.Workplace);
                    n.Notable.Add($"the strike ended after {weeks} week{(weeks == 1 ? "" : "s")}, {(x.Won ? "settled" : "worn down, on the employer's terms")}");
                    break;
                case ContractRatified x:
                    n.Notable.Add($"a {(x.FirstContract ? "first " : "")}contract was ratified with a {Numbers.Fixed(x.WagePct, 1)}% raise, running to week {x.ExpiryWeek}, "
                        + $"{(x.NoStrikeClause ? "with" : "without")} a no-strike clause (negotiated by {Decider(x.NegotiatedBy)})");
                    break;
                case ContractExpired:
                    n.Notable.Add("the contract expired");
                    break;
                case CardsSigned x:
                    n.Notable.Add(x.Workers.Length == 1 ? "1 worker signed a union card" : $"{x.Workers.Length} workers signed union cards");
                    break;
                case DriveWentPublic x:
                    n.Notable.Add($"the drive went public: {x.Carded} of {x.Unit} in the unit had signed cards ({Share(x.Carded, x.Unit)})");
                    break;
                case RecognitionPetitionFiled x:
                    n.Notable.Add($"the union petitioned for a certification election, set for week {x.ElectionWeek}");
                    break;
                case RecognitionPetitionWithdrawn x:
                    n.Notable.Add($"the union withdrew its petition before the vote: its last count showed {x.Counted} of {x.Unit} in the unit it could rely on ({Share(x.Counted, x.Unit)})");
                    break;
                case CertificationElectionHeld x:
                    n.Notable.Add($"certification election: {Share(x.YesVotes, x.Voters)} yes ({x.YesVotes} of {x.Voters}), "
                        + (x.Won ? "the union won" : "the union lost"));
                    break;
                case DecertificationElectionHeld x:
                    n.Notable.Add($"decertification vote: {Share(x.YesVotes, x.Voters)} for removing the union ({x.YesVotes} of {x.Voters}); "
                        + (x.Decertified ? "the mainstream union was voted out" : "the union stays"));
                    break;
                case WorkersLaidOff x:
                    n.Notable.Add($"the employer laid off {x.Workers.Length} worker{(x.Workers.Length == 1 ? "" : "s")}");
                    break;
                case ConditionsWorsened:
                    n.Notable.Add("the employer made conditions worse across the workplace");
                    break;
            }
        }

        private static string Called(ActionCalled x)
        {
            var by = Decider(x.DecidedBy);
            var notes = new List<string>();
            if (!x.Protected)
            {
                notes.Add("unprotected: it breached the no-strike clause");
            }

            if (x.OutsideOfficialChannels)
            {
                notes.Add("outside official channels");
            }

            var where = x.Department >= 0 ? $" in department {x.Department + 1} only" : "";
            return $"{by} called {Tactic(x.Tactic)}{where} over '{x.DemandId}'{(notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "")}";
        }

        private void Taken(ActionTaken x, WeekNotes n)
        {
            var call = n.LastCall is { } c && c.Workplace == x.Workplace && c.Tactic == x.Tactic ? c : null;
            var employed = Math.Max(1, call?.Employed ?? _employedAt.GetValueOrDefault(x));
            var count = x.Participants.Length;
            var strike = x.Tactic is Domain.Tactics.Tactic.Strike or Domain.Tactics.Tactic.DemonstrationStrike;
            var verb = strike ? "walked out" : "took part";
            var text = count == 0
                ? "; nobody joined"
                : call is { Department: >= 0 }
                    ? $": {count} of the {call.Asked} workers there {verb} ({Share(count, employed)} of the workplace)"
                    : $": {Share(count, employed)} of workers ({count} of {employed}) {verb}";
            if (x.Tactic == Domain.Tactics.Tactic.Strike && count > 0)
            {
                _strikeStart[x.Workplace] = x.Week;
            }

            if (n.LastActionNote >= 0)
            {
                n.Notable[n.LastActionNote] += text;
            }
            else
            {
                n.Notable.Add($"{Tactic(x.Tactic)}{text}");
            }
        }

        private string Worker(int place, int worker)
        {
            var profiles = _workers.GetValueOrDefault(place);
            var classes = scenario.Workplaces[place].JobClasses;
            if (profiles is null || worker < 0 || worker >= profiles.Count || classes.Count < 2)
            {
                return $"worker #{worker}";
            }

            // The job class in words ("nursing assistants"), so that a reader sees who was hit; the number tells one worker from another.
            var jobClass = profiles[worker].JobClass;
            return jobClass >= 0 && jobClass < classes.Count ? $"worker #{worker} ({classes[jobClass].Id.Replace('-', ' ')})" : $"worker #{worker}";
        }

        /// <summary>
        /// Writes one clause for what happened to several workers in one week (firings, charges, reinstatement demands),
        /// in the place of the first of them, so that a wave of firings reads as one event.
        /// </summary>
        private static void Gather(WeekNotes n, int note, Action<int> setNote, string text)
        {
            if (note >= 0)
            {
                n.Notable[note] = text;
                return;
            }

            n.Notable.Add(text);
            setNote(n.Notable.Count - 1);
        }

        private static string DueWeeks(List<(string Worker, int DueWeek)> charged)
        {
            var first = charged.Min(c => c.DueWeek);
            var last = charged.Max(c => c.DueWeek);
            return first == last ? $"decisions due in week {first}" : $"decisions due in weeks {first}–{last}";
        }

        private static string Workers(List<string> workers) => workers.Count switch
        {
            1 => workers[0],
            _ => "workers " + string.Join(", ", workers.Take(workers.Count - 1).Select(w => w.Replace("worker ", "", StringComparison.Ordinal)))
                + " and " + workers[^1].Replace("worker ", "", StringComparison.Ordinal),
        };

        private static string Share(int part, int whole) => whole <= 0 ? "0%" : Numbers.Fixed(100.0 * part / whole, 0) + "%";

        private static string Decider(DecisionMaker by) => by switch
        {
            DecisionMaker.Workers => "the workers",
            DecisionMaker.Staff => "union staff",
            DecisionMaker.Officials => "union officers",
            _ => by.ToString(),
        };

        private static string Tactic(Tactic tactic) => Domain.Tactics.TacticCatalog.Of(tactic).Phrase;
    }
}
