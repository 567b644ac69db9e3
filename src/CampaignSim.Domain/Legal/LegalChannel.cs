using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Legal;

/// <summary>
/// The state's channel (a process, not an agent): the grievance procedure with its delays, unfair-labour-practice
/// charges with reinstatement after a delay and with probability below one, certification elections and
/// decertification votes.
/// </summary>
internal static class LegalChannel
{
    /// <summary>Decisions that fall due this week: formal grievances and firing cases.</summary>
    public static IEnumerable<CampaignEvent> DueItems(WorkplaceView v, Pcg32 legalStream)
    {
        // The items due are taken before any is decided (deciding one takes it off the docket); most weeks none is, and
        // then no iterator starts.
        var grievances = Due(v.W.Docket.Grievances, v.Week, static g => g.DueWeek);
        var charges = Due(v.W.Docket.Charges, v.Week, static c => c.DueWeek);
        return grievances.Length == 0 && charges.Length == 0 ? [] : Decide(v, legalStream, grievances, charges);
    }

    private static T[] Due<T>(IReadOnlyList<T> items, int week, Func<T, int> dueWeek)
    {
        var n = 0;
        for (var i = 0; i < items.Count; i++)
            if (dueWeek(items[i]) == week) n++;
        if (n == 0) return [];
        var due = new T[n];
        n = 0;
        for (var i = 0; i < items.Count; i++)
            if (dueWeek(items[i]) == week) due[n++] = items[i];
        return due;
    }

    private static IEnumerable<CampaignEvent> Decide(WorkplaceView v, Pcg32 legalStream, PendingGrievance[] grievances, PendingCharge[] charges)
    {
        var w = v.W;
        var legal = v.Scenario.Legal;
        var remedyBase = v.M.Legal.RemedyWithoutResponsiveness;
        foreach (var g in grievances)
        {
            var pursued = legalStream.Chance(w.Union.Responsiveness);
            var upheld = pursued && legalStream.Chance(v.Spec.Contract.ArbitrationUpheldProbability);
            yield return new GrievanceDecided(v.Week, v.Index, g.Id, g.Department, upheld);
        }

        foreach (var c in charges)
        {
            if (v.Workforce.Has(c.Worker, Workers.WorkerFlags.Employed)) continue;
            var chance = c.Channel == RemedyChannel.ContractGrievance
                ? Math.Max(v.Spec.Contract.ArbitrationUpheldProbability, legal.ContractProtection) * (remedyBase + (1 - remedyBase) * w.Union.Responsiveness)
                : legal.UlpReinstatementProbability;
            var offered = legalStream.Chance(chance);
            var returned = offered && legalStream.Chance(legal.ReinstatementAcceptance);
            yield return new RemedyDecided(v.Week, v.Index, c.Worker, offered, returned);
        }
    }

    /// <summary>
    /// A firing opens a remedy, unless it was lawful (after unprotected action): a just-cause grievance when a contract
    /// covers her and the union backs the committee, otherwise a charge with the labour board, when she and the
    /// organizers take it there (<c>mechanics.legal.chargeFilingChance</c>).
    /// </summary>
    public static IEnumerable<CampaignEvent> OpenRemedy(WorkplaceView v, WorkerFired fired, Pcg32 charges)
    {
        if (fired.Lawful) yield break;
        var i = fired.Worker;
        var byContract = v.W.CoveredByContract(i) && v.Posture.UnionBacksCommittee;
        if (!byContract && !charges.Chance(v.M.Legal.ChargeFilingChance)) yield break;
        var channel = byContract ? RemedyChannel.ContractGrievance : RemedyChannel.UnfairLaborPracticeCharge;
        var due = v.Week + (byContract ? v.Spec.Contract.GrievanceDelayWeeks : v.Scenario.Legal.UlpDelayWeeks);
        yield return new ChargeFiled(v.Week, v.Index, i, channel, Math.Max(due, v.Week + 1));
    }

    /// <summary>A threat in a captive-audience meeting is charged with the labour board when the workers and organizers take it there.</summary>
    public static IEnumerable<CampaignEvent> ChargeCoercion(WorkplaceView v, Pcg32 charges)
    {
        if (charges.Chance(v.M.Legal.ChargeFilingChance)) yield return new CoercionCharged(v.Week, v.Index);
    }

    /// <summary>
    /// The certification election: every employed bargaining-unit worker votes, with one drive-wide swing for how well
    /// the employer's campaign lands.
    /// </summary>
    public static IEnumerable<CampaignEvent> CertificationElection(WorkplaceView v, Pcg32 rng)
    {
        var f = v.Workforce;
        var m = v.M.Elections;
        var swing = rng.NextNormal(0, m.CertificationSwingSd);
        int voters = 0, yes = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsEmployedInUnit(i)) continue;
            voters++;
            var p = Clamp.Unit(m.CertificationYesBase + m.CertificationYesCommitment * f.Commitment[i] + m.CertificationYesGrievance * f.Grievance[i]
                               - m.CertificationYesFear * f.Fear[i] + (f.Has(i, Workers.WorkerFlags.CardSigned) ? m.CertificationYesCard : 0) + swing);
            if (rng.Chance(p)) yes++;
        }
        var won = voters > 0 && VoteRules.SimpleMajority(yes, voters);
        yield return new CertificationElectionHeld(v.Week, v.Index, voters, yes, won);
    }

    /// <summary>When the solidarity union holds the decertification share of the unit in an open period, the unit votes on removing the mainstream union.</summary>
    public static IEnumerable<CampaignEvent> Decertification(WorkplaceView v, Pcg32 rng)
    {
        var w = v.W;
        // Tested before the iterator starts: most models never seek it, and the weeks without a vote allocate nothing.
        return !v.Posture.SeeksDecertification || !w.Union.Present || w.Bargaining.Open || w.Strike.On ? [] : DecertificationVote(v, rng);
    }

    private static IEnumerable<CampaignEvent> DecertificationVote(WorkplaceView v, Pcg32 rng)
    {
        var w = v.W;
        var f = v.Workforce;
        if (v.Week - w.Union.LastDecertificationVoteWeek < v.M.Legal.DecertificationBarWeeks) yield break;
        var window = v.M.Legal.DecertificationWindowWeeks;
        var toExpiry = w.Union.ContractExpiry - v.Week;
        var open = !w.Union.ContractInForce || (toExpiry >= 0 && toExpiry <= window);
        if (!open) yield break;
        var unit = f.EmployedInUnit;
        var solidarity = f.EmployedInUnitWith(Workers.WorkerFlags.Solidarity);
        if (unit == 0 || solidarity < v.Scenario.Legal.DecertificationShare * unit) yield break;
        var m = v.M.Elections;
        var yes = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsEmployedInUnit(i)) continue;
            var pYes = f.Has(i, Workers.WorkerFlags.Solidarity)
                ? m.DecertificationYesSolidarity
                : Clamp.Unit(m.DecertificationYesBase + m.DecertificationYesDistrust * (1 - f.Trust[i]) + m.DecertificationYesCommitment * f.Commitment[i]);
            if (rng.Chance(pYes)) yes++;
        }
        yield return new DecertificationElectionHeld(v.Week, v.Index, unit, yes, VoteRules.SimpleMajority(yes, unit));
    }
}
