using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Outcomes;

/// <summary>
/// The outcomes of one run (docs/ODD.md §7.13), read from the folded state and pooled over the scenario's
/// workplaces. Every field is a number so that runs can be summarised alike; flags are 0 or 1.
/// </summary>
public sealed record CampaignOutcome
{
    /// <summary>Fewest members of a committee that still meets at the end (the organizational legacy measure).</summary>
    public const int CommitteeThatMeets = 3;

    /// <summary>Mean wage change of the workers employed at the end, percent.</summary>
    public double WageChangePct { get; init; }
    /// <summary>The scenario's demands won (reinstatements won on the floor count under <see cref="Reinstatements"/>).</summary>
    public double DemandsWon { get; init; }
    /// <summary>Ids of the scenario's demands won, in the order they were won, joined with '+'.</summary>
    public string DemandsWonIds { get; init; } = "";
    /// <summary>1 when a contract was ratified (first or renewed) during the run.</summary>
    public double ContractWon { get; init; }
    /// <summary>Raise in the last contract ratified, percent (0 without one).</summary>
    public double ContractWagePct { get; init; }
    /// <summary>1 when the last contract ratified has a no-strike clause.</summary>
    public double ContractNoStrikeClause { get; init; }
    /// <summary>Disciplines.</summary>
    public double Disciplines { get; init; }
    /// <summary>Firings.</summary>
    public double Firings { get; init; }
    /// <summary>1 when at least one worker was fired.</summary>
    public double AnyFiring { get; init; }
    /// <summary>Committee members fired.</summary>
    public double LeadersFired { get; init; }
    /// <summary>Fired workers back at work.</summary>
    public double Reinstatements { get; init; }
    /// <summary>Committee size at the end.</summary>
    public double CommitteeFinal { get; init; }
    /// <summary>Largest committee.</summary>
    public double CommitteePeak { get; init; }
    /// <summary>Largest share of employed workers in one action, petitions included, 0–1.</summary>
    public double PeakParticipation { get; init; }
    /// <summary>
    /// Largest share of employed workers in one action above a petition (a march on the boss or higher), 0–1: the headline
    /// participation measure, since a petition signed by nearly everyone asks far less of a worker than a march or a strike.
    /// </summary>
    public double PeakParticipationAbovePetition { get; init; }
    /// <summary>Largest share of employed workers in one action on each rung of the ladder, lowest rung first.</summary>
    public RungParticipation PeakParticipationByRung { get; init; } = RungParticipation.None;
    /// <summary>Largest participation share among workers outside the bargaining unit, 0–1.</summary>
    public double CrossClassParticipation { get; init; }
    /// <summary>Actions called.</summary>
    public double Actions { get; init; }
    /// <summary>Actions that breached a no-strike clause in force.</summary>
    public double UnprotectedActions { get; init; }
    /// <summary>Strikes held.</summary>
    public double StrikesHeld { get; init; }
    /// <summary>Strike days.</summary>
    public double StrikeDays { get; init; }
    /// <summary>1 when a caucus won the union's leadership.</summary>
    public double CaucusWonLeadership { get; init; }
    /// <summary>1 when the caucus disaffiliated.</summary>
    public double Disaffiliated { get; init; }
    /// <summary>1 when the mainstream union was decertified.</summary>
    public double Decertified { get; init; }
    /// <summary>1 when a union won certification.</summary>
    public double Certified { get; init; }
    /// <summary>Dues paid to both unions over the campaign, dollars per worker.</summary>
    public double DuesPerWorker { get; init; }
    /// <summary>Organizer hours spent mediating conflict with the mainstream union's leadership.</summary>
    public double ConflictHours { get; init; }
    /// <summary>Organizer hours spent on an officer-election campaign.</summary>
    public double CampaignHours { get; init; }
    /// <summary>Wages lost to strikes and sick-outs, dollars per worker.</summary>
    public double StrikePayLostPerWorker { get; init; }
    /// <summary>Share of decisions made by workers rather than staff or officials, 0–1.</summary>
    public double WorkerControl { get; init; }
    /// <summary>1 when every workplace ends with a committee of three or more that still meets.</summary>
    public double CommitteeStillMeets { get; init; }
    /// <summary>Solidarity-union members at the end.</summary>
    public double SolidarityMembers { get; init; }
    /// <summary>Workers who served on the committee at some point.</summary>
    public double LeadersDeveloped { get; init; }
    /// <summary>Employer violations of the contract or of conditions.</summary>
    public double Violations { get; init; }
    /// <summary>Grievances filed.</summary>
    public double GrievancesFiled { get; init; }
    /// <summary>Deep one-on-ones held.</summary>
    public double DeepContacts { get; init; }

    /// <summary>Outcomes per job class, in scenario order (workplace by workplace).</summary>
    public ClassOutcomes ByClass { get; init; } = ClassOutcomes.Empty;

    /// <summary>
    /// Reads the outcome from a folded state. In a scenario of several workplaces, the outcome is that of the workplaces
    /// under the compared model (those with no model pinned); workplaces whose model the scenario fixes are the
    /// surroundings, not the answer. A scenario that pins every workplace reports them all.
    /// </summary>
    public static CampaignOutcome From(CampaignState state)
    {
        var compared = state.Workplaces.Where(w => w.Spec.Model is null).ToArray();
        IReadOnlyList<WorkplaceState> ws = compared.Length > 0 ? compared : state.Workplaces;
        double wageSum = 0;
        var wageN = 0;
        var solidarity = 0;
        var leaders = 0;
        foreach (var w in ws)
        {
            var f = w.Workforce;
            leaders += f.LeadersWhoLeft;
            for (var i = 0; i < f.Count; i++)
            {
                if (f.Has(i, Workers.WorkerFlags.EverCommittee)) leaders++;
                if (!f.Has(i, Workers.WorkerFlags.Employed)) continue;
                wageSum += (f.Wage[i] / f.BaseWage[i] - 1) * Units.Percent;
                wageN++;
                if (f.Has(i, Workers.WorkerFlags.Solidarity)) solidarity++;
            }
        }
        var workers = Math.Max(1, ws.Sum(w => w.Totals.InitialWorkers));
        var decisions = ws.Sum(w => w.Totals.Decisions);
        var lastContract = ws.LastOrDefault(w => w.Union.ContractsRatified > 0);
        var prefix = state.Workplaces.Count > 1;
        double Sum(Func<WorkplaceTotals, double> f) => ws.Sum(w => f(w.Totals));
        double Any(Func<WorkplaceTotals, bool> f) => ws.Any(w => f(w.Totals)) ? 1 : 0;
        return new CampaignOutcome
        {
            WageChangePct = wageN == 0 ? 0 : wageSum / wageN,
            DemandsWon = ws.Sum(w => w.Demands.All.Where(d => d.Worker < 0).Sum(d => d.WonShare)),
            DemandsWonIds = string.Join('+', ws.SelectMany(w => w.Demands.All.Where(d => d.Won && d.Worker < 0)
                .OrderBy(d => d.WonWeek).Select(d => prefix ? $"{w.Spec.Id}:{d.Id}" : d.Id))),
            ContractWon = ws.Any(w => w.Union.ContractsRatified > 0) ? 1 : 0,
            ContractWagePct = lastContract?.Totals.LastContractWagePct ?? 0,
            ContractNoStrikeClause = lastContract is { Totals.LastContractNoStrike: true } ? 1 : 0,
            Disciplines = Sum(t => t.Disciplines),
            Firings = Sum(t => t.Firings),
            AnyFiring = Any(t => t.Firings > 0),
            LeadersFired = Sum(t => t.LeadersFired),
            Reinstatements = Sum(t => t.Reinstatements),
            CommitteeFinal = ws.Sum(w => w.Workforce.CommitteeSize),
            CommitteePeak = Sum(t => t.PeakCommittee),
            PeakParticipation = ws.Max(w => w.Totals.PeakParticipation),
            PeakParticipationAbovePetition = ws.Max(w => w.Totals.RungPeakParticipation.Skip((int)Tactic.Petition + 1).Max()),
            PeakParticipationByRung = new RungParticipation(Enumerable.Range(0, TacticCatalog.Ladder.Count)
                .Select(r => ws.Max(w => w.Totals.RungPeakParticipation[r])).ToArray()),
            CrossClassParticipation = ws.Max(w => w.Totals.PeakCrossClassParticipation),
            Actions = Sum(t => t.ActionsCalled),
            UnprotectedActions = Sum(t => t.UnprotectedActions),
            StrikesHeld = Sum(t => t.StrikesHeld),
            StrikeDays = Sum(t => t.StrikeDays),
            CaucusWonLeadership = Any(t => t.CaucusWonLeadership),
            Disaffiliated = ws.Any(w => w.Union.Disaffiliated) ? 1 : 0,
            Decertified = ws.Any(w => w.Union.Decertified) ? 1 : 0,
            Certified = ws.Any(w => w.Union.Certified) ? 1 : 0,
            DuesPerWorker = Sum(t => t.DuesPaid) / workers,
            ConflictHours = Sum(t => t.ConflictHours),
            CampaignHours = Sum(t => t.CampaignHours),
            StrikePayLostPerWorker = Sum(t => t.StrikePayLost) / workers,
            WorkerControl = decisions == 0 ? 0 : (double)ws.Sum(w => w.Totals.WorkerDecisions) / decisions,
            CommitteeStillMeets = ws.All(w => w.Workforce.CommitteeSize >= CommitteeThatMeets) ? 1 : 0,
            SolidarityMembers = solidarity,
            LeadersDeveloped = leaders,
            Violations = Sum(t => t.Violations),
            GrievancesFiled = Sum(t => t.GrievancesFiled),
            DeepContacts = Sum(t => t.DeepContacts),
            ByClass = new ClassOutcomes(ws.SelectMany(w => ClassesOf(w, prefix)).ToArray()),
        };
    }

    private static IEnumerable<ClassOutcome> ClassesOf(WorkplaceState w, bool prefix)
    {
        var f = w.Workforce;
        for (var c = 0; c < w.Spec.JobClasses.Count; c++)
        {
            double wageSum = 0;
            var employed = 0;
            for (var i = 0; i < f.Count; i++)
            {
                if (!f.IsEmployedIn(i, c)) continue;
                wageSum += (f.Wage[i] / f.BaseWage[i] - 1) * Units.Percent;
                employed++;
            }
            var id = w.Spec.JobClasses[c].Id;
            yield return new ClassOutcome(
                prefix ? $"{w.Spec.Id}:{id}" : id,
                employed == 0 ? 0 : wageSum / employed,
                w.Demands.All.Where(d => d.Worker < 0 && d.Concerns(c)).Sum(d => d.WonShare),
                w.Totals.ClassPeakParticipation[c],
                w.Totals.ClassFirings[c],
                w.Totals.ClassPeakAbovePetition[c]);
        }
    }
}
