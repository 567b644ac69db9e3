using CampaignSim.Domain.Events;
using CampaignSim.Domain.Mechanics;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Analysis;

/// <summary>
/// How the calibration targets read runs into samples: each function reads the events of one run the way the published
/// figure was counted (which campaigns, which votes, which stoppages), and says so in its target's measure text.
/// </summary>
internal static class CalibrationMeasures
{
    /// <summary>Weeks in a year, as the published figures count years after an election.</summary>
    public const int OneYear = (int)Units.WeeksPerYear;

    /// <summary>Calendar days in a week, to turn the weeks of the mechanics into the days of the published figures.</summary>
    public const int DaysPerWeek = 7;

    /// <summary>Workdays in a month of 30 calendar days (30 × 5 / 7 ≈ 21.4): a strike longer than this lasted more than a month.</summary>
    public const double WorkdaysInAMonth = 30.0 * Units.WorkdaysPerWeek / DaysPerWeek;

    /// <summary>The first certification election of a run, or null.</summary>
    public static CertificationElectionHeld? FirstElection(RunResult run) => run.Events.OfType<CertificationElectionHeld>().FirstOrDefault();

    /// <summary>The last week of a run.</summary>
    public static int End(RunResult run) => run.Events.OfType<CampaignEnded>().Single().Week;

    /// <summary>Whether a first contract is ratified in the run, by <paramref name="byWeek"/> when given.</summary>
    public static bool FirstContract(RunResult run, int byWeek = int.MaxValue, int fromWeek = 0) =>
        run.Events.OfType<ContractRatified>().Any(c => c.FirstContract && c.Week >= fromWeek && c.Week <= byWeek);

    /// <summary>Whether a run filed a recognition petition.</summary>
    public static bool Petitioned(RunResult run) => run.Events.OfType<RecognitionPetitionFiled>().Any();

    /// <summary>Drives that reached an election: 1 when a worker was fired in or before the week of the first election.</summary>
    public static IEnumerable<double> DriveFirings(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<WorkerFired>().Any(f => f.Week <= election.Week) ? 1 : 0;
    }

    /// <summary>Drives that reached an election: 1 when the first election was won.</summary>
    public static IEnumerable<double> ElectionWins(RunResult run) =>
        run.Events.OfType<CertificationElectionHeld>().Take(1).Select(e => e.Won ? 1.0 : 0.0);

    /// <summary>Drives that reached an election: 1 when a captive-audience meeting was held in or before its week.</summary>
    public static IEnumerable<double> CaptiveAudienceMeetings(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<CaptiveAudienceMeetingHeld>().Any(m => m.Week <= election.Week) ? 1 : 0;
    }

    /// <summary>Drives that reached an election: 1 when a captive-audience meeting in or before its week carried an unlawful threat.</summary>
    public static IEnumerable<double> DriveThreats(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<CaptiveAudienceMeetingHeld>().Any(m => m.Threatened && m.Week <= election.Week) ? 1 : 0;
    }

    /// <summary>
    /// Drives that reached an election with a firing in or before its week: 1 when a charge with the labour board over one
    /// of those firings was filed by then.
    /// </summary>
    public static IEnumerable<double> FiringsCharged(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        var fired = run.Events.OfType<WorkerFired>().Where(f => f.Week <= election.Week).ToArray();
        if (fired.Length == 0) yield break;
        yield return Charges(run, election.Week).Any(c => fired.Any(f => f.Worker == c.Worker && f.Week <= c.Week)) ? 1 : 0;
    }

    /// <summary>Drives that reached an election: 1 when a charge over threats or coercion was filed up to a year after it.</summary>
    public static IEnumerable<double> CoercionCharges(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<CoercionCharged>().Any(c => c.Week <= election.Week + OneYear) ? 1 : 0;
    }

    /// <summary>Drives that reached an election: the week of the petition that led to it.</summary>
    public static IEnumerable<double> PetitionWeek(RunResult run)
    {
        if (FirstElection(run) is null) yield break;
        yield return run.Events.OfType<RecognitionPetitionFiled>().First().Week;
    }

    /// <summary>Units that won, followed for <paramref name="weeks"/>: 1 when no first contract is ratified in that time.</summary>
    public static IEnumerable<double> NoFirstContractWithin(RunResult run, int weeks)
    {
        var won = run.Events.OfType<CertificationElectionHeld>().FirstOrDefault(e => e.Won);
        if (won is null || won.Week + weeks > End(run)) yield break;
        yield return FirstContract(run, won.Week + weeks) ? 0 : 1;
    }

    /// <summary>Units that won at least two years before the end and had no first contract a year after the election: 1 when one came in the second year.</summary>
    public static IEnumerable<double> FirstContractInSecondYear(RunResult run)
    {
        var won = run.Events.OfType<CertificationElectionHeld>().FirstOrDefault(e => e.Won);
        if (won is null || won.Week + 2 * OneYear > End(run) || FirstContract(run, won.Week + OneYear)) yield break;
        yield return FirstContract(run, won.Week + 2 * OneYear) ? 1 : 0;
    }

    /// <summary>
    /// Units still without a first contract three years after a won election, followed to the end of the run: 1 when they
    /// reach one.
    /// </summary>
    public static IEnumerable<double> FirstContractAfterThreeYearsOfWaiting(RunResult run)
    {
        var won = run.Events.OfType<CertificationElectionHeld>().FirstOrDefault(e => e.Won);
        if (won is null || won.Week + 3 * OneYear > End(run) || FirstContract(run, won.Week + 3 * OneYear)) yield break;
        yield return FirstContract(run, End(run)) ? 1 : 0;
    }

    /// <summary>Units that won, followed for three years: 1 when they are still without a first contract then.</summary>
    public static IEnumerable<double> StillWaitingAfterThreeYears(RunResult run)
    {
        var won = run.Events.OfType<CertificationElectionHeld>().FirstOrDefault(e => e.Won);
        if (won is null || won.Week + 3 * OneYear > End(run)) yield break;
        yield return FirstContract(run, won.Week + 3 * OneYear) ? 0 : 1;
    }

    /// <summary>Units that won and reached a first contract: the days from the election to its ratification.</summary>
    public static IEnumerable<double> DaysToFirstContract(RunResult run)
    {
        var won = run.Events.OfType<CertificationElectionHeld>().FirstOrDefault(e => e.Won);
        var contract = won is null ? null : run.Events.OfType<ContractRatified>().FirstOrDefault(c => c.FirstContract && c.Week >= won.Week);
        if (contract is null) yield break;
        yield return (contract.Week - won!.Week) * (double)DaysPerWeek;
    }

    /// <summary>Units that won and reached a first contract: 1 when it took three years or more.</summary>
    public static IEnumerable<double> FirstContractAfterThreeYears(RunResult run) =>
        DaysToFirstContract(run).Select(days => days >= 3 * OneYear * DaysPerWeek ? 1.0 : 0.0);

    /// <summary>Units whose first election was won: the raise their contracts compound to by the end of the run, percent.</summary>
    public static IEnumerable<double> NewUnitWageGain(RunResult run)
    {
        if (FirstElection(run) is not { Won: true }) yield break;
        var factor = 1.0;
        foreach (var c in run.Events.OfType<ContractRatified>()) factor *= 1 + c.WagePct / Units.Percent;
        yield return (factor - 1) * Units.Percent;
    }

    /// <summary>Runs that filed a petition: 1 when a first contract was ratified by the end.</summary>
    public static IEnumerable<double> RunsToFirstContract(RunResult run)
    {
        if (!Petitioned(run)) yield break;
        yield return FirstContract(run) ? 1 : 0;
    }

    /// <summary>
    /// Every petition filed, as Ferguson and Kochan counted them (a drive that files again after a loss files a new
    /// petition): 1 when the union won the election the petition led to and a first contract was ratified by the end
    /// of the run.
    /// </summary>
    public static IEnumerable<double> PetitionsToFirstContract(RunResult run) =>
        PetitionElections(run).Select(e => e is { Won: true } && FirstContract(run, int.MaxValue, e.Week) ? 1.0 : 0.0);

    /// <summary>Every petition filed: 1 when the union won the election it led to and ratified a first contract within a year of it.</summary>
    public static IEnumerable<double> PetitionsToFirstContractWithinAYear(RunResult run) =>
        PetitionElections(run).Select(e => e is { Won: true } && FirstContract(run, e.Week + OneYear, e.Week) ? 1.0 : 0.0);

    /// <summary>
    /// The election each petition of the run led to, in the order filed: null for one withdrawn before its election or
    /// whose election never came.
    /// </summary>
    private static IEnumerable<CertificationElectionHeld?> PetitionElections(RunResult run)
    {
        var open = false;
        var led = new List<CertificationElectionHeld?>();
        foreach (var e in run.Events)
        {
            switch (e)
            {
                case RecognitionPetitionFiled:
                    if (open) led.Add(null);
                    open = true;
                    break;
                case RecognitionPetitionWithdrawn when open:
                    led.Add(null);
                    open = false;
                    break;
                case CertificationElectionHeld x when open:
                    led.Add(x);
                    open = false;
                    break;
            }
        }

        if (open) led.Add(null);
        return led;
    }

    /// <summary>Whether a charge was filed with the labour board in the drive: at or before the first election (the end without one).</summary>
    public static bool ChargeInDrive(RunResult run)
    {
        return AnyChargeBy(run, FirstElection(run)?.Week ?? End(run));
    }

    /// <summary>Drives that reached an election: 1 when a charge over a firing was filed up to a year after it.</summary>
    public static IEnumerable<double> FiringCharges(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        var fired = run.Events.OfType<WorkerFired>().ToArray();
        yield return Charges(run, election.Week + OneYear).Any(c => fired.Any(f => f.Worker == c.Worker && f.Week <= c.Week)) ? 1 : 0;
    }

    /// <summary>Drives that reached an election: 1 when any charge was filed against the employer up to a year after it.</summary>
    public static IEnumerable<double> AnyCharges(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return AnyChargeBy(run, election.Week + OneYear) ? 1 : 0;
    }

    /// <summary>
    /// Drives that reached an election: each pro-union worker (a card signer by the election, or a worker fired unlawfully
    /// before it) is a sample, 1 when she was fired unlawfully in or before the week of the election.
    /// </summary>
    public static IEnumerable<double> ProUnionWorkersFired(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) return [];
        var fired = run.Events.OfType<WorkerFired>().Where(f => !f.Lawful && f.Week <= election.Week).Select(f => f.Worker).ToHashSet();
        var proUnion = run.Events.OfType<CardsSigned>().Where(c => c.Week <= election.Week).SelectMany(c => c.Workers).ToHashSet();
        proUnion.UnionWith(fired);
        return proUnion.Order().Select(w => fired.Contains(w) ? 1.0 : 0.0).ToArray();
    }

    /// <summary>Every firing: 1 when it fell in a week in which at least <paramref name="wave"/> workers were fired.</summary>
    public static IEnumerable<double> FiringsInWaves(RunResult run, int wave)
    {
        var byWeek = run.Events.OfType<WorkerFired>().GroupBy(f => (f.Workplace, f.Week)).ToArray();
        return byWeek.SelectMany(g => Enumerable.Repeat(g.Count() >= wave ? 1.0 : 0.0, g.Count())).ToArray();
    }

    /// <summary>Each run: the workers fired.</summary>
    public static IEnumerable<double> Firings(RunResult run)
    {
        yield return run.Events.OfType<WorkerFired>().Count();
    }

    /// <summary>Each run with a firing: the most workers fired in one week.</summary>
    public static IEnumerable<double> MostFiredInAWeek(RunResult run)
    {
        var fired = run.Events.OfType<WorkerFired>().ToArray();
        if (fired.Length == 0) yield break;
        yield return fired.GroupBy(f => (f.Workplace, f.Week)).Max(g => g.Count());
    }

    /// <summary>Every strike vote the board put to the members: the yes share of all members.</summary>
    public static IEnumerable<double> StrikeVoteYesOfMembers(RunResult run) =>
        BoardVotes(run).Select(v => (double)v.YesVotes / v.Members);

    /// <summary>Every strike vote the board put to the members: ballots cast over members.</summary>
    public static IEnumerable<double> StrikeVoteTurnout(RunResult run) =>
        BoardVotes(run).Select(v => (double)BallotsCast(v) / v.Members);

    /// <summary>Every strike vote the board put to the members: the yes share of the ballots cast.</summary>
    public static IEnumerable<double> StrikeVoteYesOfCast(RunResult run) =>
        BoardVotes(run).Select(v => (double)v.YesVotes / BallotsCast(v));

    /// <summary>The vote that ratified the run's first contract of the round: the yes share of the ballots cast.</summary>
    public static IEnumerable<double> RatificationYesOfCast(RunResult run) =>
        run.Events.OfType<RatificationVoteHeld>().Where(v => v.Ratified && v.Voters > 0).Take(1).Select(v => (double)v.YesVotes / v.Voters);

    /// <summary>The vote that ratified the run's first contract of the round: the ballots cast over the members.</summary>
    public static IEnumerable<double> RatificationTurnout(RunResult run) =>
        run.Events.OfType<RatificationVoteHeld>().Where(v => v.Ratified && v.Members > 0).Take(1).Select(v => (double)v.Voters / v.Members);

    /// <summary>Runs that ratify a contract: its raise over the ask.</summary>
    public static IEnumerable<double> SettlementShare(RunResult run, double ask) =>
        run.Events.OfType<ContractRatified>().Take(1).Select(c => c.WagePct / ask);

    /// <summary>Runs that ratify a contract: its raise over the first wage demand of the run's own scenario.</summary>
    public static IEnumerable<double> SettlementShareOfAsk(RunResult run)
    {
        var ask = run.Events.OfType<CampaignStarted>().Single().Scenario.Workplaces[0].Demands
            .FirstOrDefault(d => d.Kind == DemandKind.Wage)?.WagePct ?? 0;
        return ask > 0 ? SettlementShare(run, ask) : [];
    }

    /// <summary>Runs with a strike and a contract: the ratified raise over the employer's last offer before the strike.</summary>
    public static IEnumerable<double> SettlementOverPreStrikeOffer(RunResult run)
    {
        var strike = run.Events.OfType<ActionTaken>().FirstOrDefault(a => a.Tactic == Tactic.Strike);
        var contract = run.Events.OfType<ContractRatified>().FirstOrDefault();
        var before = strike is null ? null : run.Events.OfType<OfferMade>().LastOrDefault(o => o.Week <= strike.Week);
        if (before is null || contract is null || before.WagePct <= 0) yield break;
        yield return contract.WagePct / before.WagePct;
    }

    /// <summary>Every strike that ended: its length in strike days.</summary>
    public static IEnumerable<double> StrikeDays(RunResult run) => run.Events.OfType<StrikeEnded>().Select(s => (double)s.Days);

    /// <summary>
    /// Every stoppage, as the Labor Action Tracker counts them: each strike that ended is a sample, 1 when it lasted five
    /// days or fewer; each walkout or sick-out with participants is a sample of 1.
    /// </summary>
    public static IEnumerable<double> ShortStoppages(RunResult run) =>
        run.Events.Select(e => e switch
        {
            StrikeEnded s => s.Days <= Units.WorkdaysPerWeek ? 1.0 : 0.0,
            ActionTaken { Participants.Length: > 0 } a when StopsWorkForDays(a.Tactic) => 1.0,
            _ => double.NaN,
        }).Where(v => !double.IsNaN(v));

    /// <summary>
    /// A stoppage that lasts no more than its set length, at most a few days: a walkout or sick-out (a shift), or a
    /// demonstration strike (a strike of a set length, <c>mechanics.tactics.demonstrationStrike.lostPayDays</c>).
    /// </summary>
    private static bool StopsWorkForDays(Tactic tactic) => tactic is Tactic.Walkout or Tactic.SickOut or Tactic.DemonstrationStrike;

    /// <summary>Every stoppage: 1 for a walkout or sick-out with participants, 0 for a demonstration strike and for a strike that ended.</summary>
    public static IEnumerable<double> WalkoutsAmongStoppages(RunResult run) =>
        AmongStoppages(run, static t => t is Tactic.Walkout or Tactic.SickOut);

    /// <summary>Every stoppage: 1 for a demonstration strike with participants, 0 for a walkout, sick-out or strike that ended.</summary>
    public static IEnumerable<double> DemonstrationStrikesAmongStoppages(RunResult run) =>
        AmongStoppages(run, static t => t == Tactic.DemonstrationStrike);

    /// <summary>Every stoppage: 1 for a short one (<see cref="StopsWorkForDays"/>) of the kind <paramref name="counted"/> names, 0 for any other.</summary>
    private static IEnumerable<double> AmongStoppages(RunResult run, Func<Tactic, bool> counted) =>
        run.Events.Select(e => e switch
        {
            StrikeEnded => 0.0,
            ActionTaken { Participants.Length: > 0 } a when StopsWorkForDays(a.Tactic) => counted(a.Tactic) ? 1.0 : 0.0,
            _ => double.NaN,
        }).Where(v => !double.IsNaN(v));

    /// <summary>
    /// Every worker in every stoppage is a sample: 1 when the strike she started lasted more than a month, 0 for a strike
    /// of a month or less and for a walkout, sick-out or demonstration strike. A strike still on at the end counts once it has passed a month.
    /// </summary>
    public static IEnumerable<double> StrikersOutOverAMonth(RunResult run)
    {
        var samples = new List<double>();
        var end = End(run);
        var events = run.Events;
        for (var k = 0; k < events.Count; k++)
        {
            if (events[k] is not ActionTaken { Participants.Length: > 0 } action) continue;
            if (StopsWorkForDays(action.Tactic))
            {
                samples.AddRange(Enumerable.Repeat(0.0, action.Participants.Length));
                continue;
            }

            if (action.Tactic != Tactic.Strike) continue;
            var ended = events.Skip(k + 1).OfType<StrikeEnded>().FirstOrDefault(s => s.Workplace == action.Workplace);
            var days = ended?.Days ?? Units.WorkdaysPerWeek * (end - action.Week);
            if (ended is null && days <= WorkdaysInAMonth) continue;
            samples.AddRange(Enumerable.Repeat(days > WorkdaysInAMonth ? 1.0 : 0.0, action.Participants.Length));
        }

        return samples;
    }

    /// <summary>Each year of a run: 1 when a stoppage (an action that would breach a no-strike clause) with participants falls in it.</summary>
    public static IEnumerable<double> StoppageYears(RunResult run)
    {
        var end = End(run);
        var stoppageWeeks = run.Events.OfType<ActionTaken>()
            .Where(a => a.Participants.Length > 0 && TacticCatalog.Of(a.Tactic).BreachesNoStrikeClause)
            .Select(a => a.Week)
            .ToArray();
        for (var year = 0; (year + 1) * OneYear <= end; year++)
            yield return stoppageWeeks.Any(w => w > year * OneYear && w <= (year + 1) * OneYear) ? 1 : 0;
    }

    /// <summary>
    /// Each year of a run: the share of the workforce that took part in at least one stoppage (an action that would breach
    /// a no-strike clause, a strike over the contract included) that year, each worker counted once a year.
    /// </summary>
    public static IEnumerable<double> WorkersInStoppagesPerYear(RunResult run)
    {
        var end = End(run);
        var workers = Math.Max(1, run.Events.OfType<WorkforceAssembled>().Sum(w => w.Workers.Count));
        var stoppages = run.Events.OfType<ActionTaken>()
            .Where(a => a.Participants.Length > 0 && TacticCatalog.Of(a.Tactic).BreachesNoStrikeClause)
            .ToArray();
        for (var year = 0; (year + 1) * OneYear <= end; year++)
        {
            var struck = stoppages.Where(a => a.Week > year * OneYear && a.Week <= (year + 1) * OneYear)
                .SelectMany(a => a.Participants.Select(p => (a.Workplace, p)))
                .Distinct()
                .Count();
            yield return (double)struck / workers;
        }
    }

    /// <summary>Each year of a run: 1 when a strike over the contract began in it.</summary>
    public static IEnumerable<double> ContractStrikeYears(RunResult run)
    {
        var end = End(run);
        var strikes = run.Events.OfType<ActionTaken>().Where(a => a.Tactic == Tactic.Strike && a.Participants.Length > 0).Select(a => a.Week).ToArray();
        for (var year = 0; (year + 1) * OneYear <= end; year++)
            yield return strikes.Any(w => w > year * OneYear && w <= (year + 1) * OneYear) ? 1 : 0;
    }

    /// <summary>Every walkout: the share of the workforce that took part.</summary>
    public static IEnumerable<double> WalkoutShares(RunResult run)
    {
        var employed = run.Events.OfType<WorkforceAssembled>().Sum(w => w.Workers.Count);
        return run.Events.OfType<ActionTaken>()
            .Where(a => a.Tactic == Tactic.Walkout)
            .Select(a => (double)a.Participants.Length / Math.Max(1, employed));
    }

    /// <summary>Each run: 1 when it has a walkout (with or without participants).</summary>
    public static IEnumerable<double> AnyWalkout(RunResult run)
    {
        yield return run.Events.OfType<ActionTaken>().Any(a => a.Tactic == Tactic.Walkout) ? 1 : 0;
    }

    /// <summary>Each run: 1 when the caucus won the union's leadership.</summary>
    public static IEnumerable<double> CaucusWins(RunResult run)
    {
        yield return run.Outcome.CaucusWonLeadership;
    }

    /// <summary>Every officer election a challenging caucus won: its share of the votes cast.</summary>
    public static IEnumerable<double> CaucusWinningShare(RunResult run) =>
        run.Events.OfType<UnionElectionHeld>()
            .Where(e => e.CaucusWon && !e.CaucusDefended && e.Voters > 0)
            .Select(e => (double)e.CaucusVotes / e.Voters);

    /// <summary>Every officer election a challenging caucus ran in: its share of the votes cast.</summary>
    public static IEnumerable<double> CaucusShare(RunResult run) =>
        run.Events.OfType<UnionElectionHeld>()
            .Where(e => !e.CaucusDefended && e.Voters > 0)
            .Select(e => (double)e.CaucusVotes / e.Voters);

    /// <summary>Drives that reached an election: 1 when a captive-audience meeting was held before the petition.</summary>
    public static IEnumerable<double> CaptiveAudienceBeforePetition(RunResult run)
    {
        if (FirstElection(run) is null) yield break;
        var petition = run.Events.OfType<RecognitionPetitionFiled>().First().Week;
        yield return run.Events.OfType<CaptiveAudienceMeetingHeld>().Any(m => m.Week < petition) ? 1 : 0;
    }

    /// <summary>Every petition filed: 1 when its certification election was held.</summary>
    public static IEnumerable<double> PetitionsToElection(RunResult run) => PetitionElections(run).Select(e => e is null ? 0.0 : 1.0);

    /// <summary>Every petition filed: 1 when the union won the election it led to.</summary>
    public static IEnumerable<double> PetitionsCertified(RunResult run) => PetitionElections(run).Select(e => e is { Won: true } ? 1.0 : 0.0);

    /// <summary>Units that won, followed for a year: 1 when a first contract was ratified within the year.</summary>
    public static IEnumerable<double> FirstContractWithinAYear(RunResult run) => NoFirstContractWithin(run, OneYear).Select(x => 1 - x);

    /// <summary>Every strike that ended: 1 when it lasted more than a month.</summary>
    public static IEnumerable<double> StrikesOverAMonth(RunResult run) =>
        run.Events.OfType<StrikeEnded>().Select(s => s.Days > WorkdaysInAMonth ? 1.0 : 0.0);

    /// <summary>Runs whose union won certification: 1 when a first contract was ratified by the end.</summary>
    public static IEnumerable<double> WinsToFirstContract(RunResult run)
    {
        if (!run.Events.OfType<CertificationElectionHeld>().Any(e => e.Won)) yield break;
        yield return FirstContract(run) ? 1 : 0;
    }

    /// <summary>Drives that reached an election with (or without) a charge filed in the drive: 1 when the first election was won.</summary>
    public static IEnumerable<double> ElectionWinsWhenCharged(RunResult run, bool charged) =>
        ChargeInDrive(run) == charged ? ElectionWins(run) : [];

    /// <summary>Runs whose union won certification with (or without) a charge filed in the drive: 1 when a first contract was ratified.</summary>
    public static IEnumerable<double> WinsToFirstContractWhenCharged(RunResult run, bool charged) =>
        ChargeInDrive(run) == charged ? WinsToFirstContract(run) : [];

    /// <summary>Drives that reached an election: 1 when a worker was fired unlawfully in the year after it.</summary>
    public static IEnumerable<double> FiringsInTheYearAfter(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<WorkerFired>().Any(f => !f.Lawful && f.Week > election.Week && f.Week <= election.Week + OneYear) ? 1 : 0;
    }

    /// <summary>Drives that reached an election: the workers who had signed a card by then.</summary>
    public static IEnumerable<double> CardSignersByElection(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<CardsSigned>().Where(c => c.Week <= election.Week).Sum(c => c.Workers.Length);
    }

    /// <summary>Drives that reached an election: the workers fired unlawfully in or before its week.</summary>
    public static IEnumerable<double> UnlawfulFiringsByElection(RunResult run)
    {
        var election = FirstElection(run);
        if (election is null) yield break;
        yield return run.Events.OfType<WorkerFired>().Count(f => !f.Lawful && f.Week <= election.Week);
    }

    /// <summary>Every strike that ended: 1 when it collapsed or ended without settling.</summary>
    public static IEnumerable<double> StrikesNotSettled(RunResult run) => run.Events.OfType<StrikeEnded>().Select(s => s.Won ? 0.0 : 1.0);

    private static IEnumerable<StrikeVoteHeld> BoardVotes(RunResult run) =>
        run.Events.OfType<StrikeVoteHeld>().Where(v => v.BoardApproved && v.Members > 0);

    /// <summary>Ballots cast in a strike vote: the members who voted.</summary>
    private static int BallotsCast(StrikeVoteHeld vote) => vote.Voters;

    /// <summary>Whether any charge with the labour board, over a firing or over threats, was filed by <paramref name="untilWeek"/>.</summary>
    private static bool AnyChargeBy(RunResult run, int untilWeek) =>
        Charges(run, untilWeek).Any() || run.Events.OfType<CoercionCharged>().Any(c => c.Week <= untilWeek);

    private static IEnumerable<ChargeFiled> Charges(RunResult run, int untilWeek) =>
        run.Events.OfType<ChargeFiled>().Where(c => c.Channel == RemedyChannel.UnfairLaborPracticeCharge && c.Week <= untilWeek);
}
