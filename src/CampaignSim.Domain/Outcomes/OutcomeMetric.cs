namespace CampaignSim.Domain.Outcomes;

/// <summary>A number read from every run's outcome, with how to read it.</summary>
/// <param name="Id">camelCase id used in files (<c>wageChangePct</c>).</param>
/// <param name="Label">Short label for reports.</param>
/// <param name="Unit">Unit for reports.</param>
/// <param name="Read">Reads the value from an outcome.</param>
/// <param name="Description">Plain-words meaning.</param>
public sealed record OutcomeMetric(string Id, string Label, string Unit, Func<CampaignOutcome, double> Read, string Description)
{
    /// <summary>Every metric, in report order.</summary>
    public static IReadOnlyList<OutcomeMetric> All { get; } =
    [
        new("wageChangePct", "Wage change", "%", o => o.WageChangePct, "average raise of workers still employed at the end"),
        new("demandsWon", "Demands won", "count", o => o.DemandsWon, "the scenario's demands the employer conceded (reinstatements count separately)"),
        new("contractWon", "Contract won", "probability", o => o.ContractWon, "a contract was ratified during the campaign"),
        new("contractWagePct", "Contract raise", "%", o => o.ContractWagePct, "raise in the last contract ratified"),
        new("anyFiring", "Any firing", "probability", o => o.AnyFiring, "at least one worker was fired"),
        new("firings", "Firings", "count", o => o.Firings, "workers fired"),
        new("leadersFired", "Leaders fired", "count", o => o.LeadersFired, "committee members fired"),
        new("disciplines", "Disciplines", "count", o => o.Disciplines, "disciplinary actions"),
        new("reinstatements", "Reinstatements", "count", o => o.Reinstatements, "fired workers back at work"),
        new("peakParticipationAbovePetition", "Peak participation above a petition", "share", o => o.PeakParticipationAbovePetition,
            "largest share of workers in one action above a petition: a march on the boss or higher on the ladder"),
        new("peakParticipation", "Peak participation, petitions included", "share", o => o.PeakParticipation, "largest share of workers in one action of any kind, petitions included"),
        new("crossClassParticipation", "Cross-class participation", "share", o => o.CrossClassParticipation, "largest share of workers outside the bargaining unit in one action"),
        new("actions", "Actions", "count", o => o.Actions, "actions called"),
        new("strikesHeld", "Strikes", "count", o => o.StrikesHeld, "strikes held"),
        new("strikeDays", "Strike days", "days", o => o.StrikeDays, "days on strike"),
        new("committeeFinal", "Committee at end", "workers", o => o.CommitteeFinal, "organizing committee members at the end"),
        new("committeePeak", "Committee peak", "workers", o => o.CommitteePeak, "largest organizing committee"),
        new("leadersDeveloped", "Leaders developed", "workers", o => o.LeadersDeveloped, "workers who served on the committee"),
        new("committeeStillMeets", "Committee still meets", "probability", o => o.CommitteeStillMeets, "every workplace ends with a committee of three or more"),
        new("solidarityMembers", "Solidarity members", "workers", o => o.SolidarityMembers, "solidarity-union members at the end"),
        new("caucusWonLeadership", "Caucus won leadership", "probability", o => o.CaucusWonLeadership, "a caucus won the union's leadership"),
        new("disaffiliated", "Caucus disaffiliated", "probability", o => o.Disaffiliated, "the caucus left the union's structures"),
        new("decertified", "Union decertified", "probability", o => o.Decertified, "workers voted the mainstream union out"),
        new("certified", "Union certified", "probability", o => o.Certified, "a union won a certification election"),
        new("duesPerWorker", "Dues per worker", "$", o => o.DuesPerWorker, "dues paid to both unions over the campaign, per worker"),
        new("conflictHours", "Conflict hours", "hours", o => o.ConflictHours, "organizer hours spent mediating with the union's leadership"),
        new("campaignHours", "Election campaign hours", "hours", o => o.CampaignHours, "organizer hours spent campaigning for union office"),
        new("strikePayLost", "Strike pay lost", "$ per worker", o => o.StrikePayLostPerWorker, "wages lost to strikes and sick-outs, per worker"),
        new("workerControl", "Worker control", "share", o => o.WorkerControl, "share of decisions made by workers rather than staff or officials"),
        new("violations", "Employer violations", "count", o => o.Violations, "small violations of the contract or of conditions"),
        new("grievancesFiled", "Grievances filed", "count", o => o.GrievancesFiled, "grievances taken up formally or on the floor"),
        new("deepContacts", "Deep one-on-ones", "count", o => o.DeepContacts, "deep organizing conversations held"),
        new("unprotectedActions", "Unprotected actions", "count", o => o.UnprotectedActions, "actions that breached a no-strike clause in force"),
    ];

    /// <summary>The metric with an id.</summary>
    public static OutcomeMetric Get(string id) => All.First(m => m.Id == id);
}
