using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// A recognition drive where there is no union: committed unit workers sign cards, quietly at first; the drive goes
/// public (open actions, the committee's names known) once the model's share is carded, and a petition is filed once
/// the model's target is carded and the union's count of the signers it can rely on shows a majority; the week before
/// the election the union counts again and withdraws the petition when they are no longer a majority. Organizing quietly keeps the committee out of the employer's sight, at the price of
/// calling no action until it goes public (docs/ODD.md §7.14).
/// </summary>
internal static class RecognitionDrive
{
    /// <summary>
    /// Cards and, at the target, a petition, when the union's count (<see cref="LastCount"/>) shows the majority it needs,
    /// and not within a year of the last certification election or six months of a withdrawal. A unit worker signs when
    /// she is committed or, once the drive is public, when she has lately stood up in a collective action (the
    /// organizers carry cards to those who did).
    /// </summary>
    public static IEnumerable<CampaignEvent> Week(WorkplaceView v)
    {
        var w = v.W;
        var f = v.Workforce;
        var p = v.Posture;
        var signers = new List<int>();
        var signing = v.M.Elections.CardSigningCommitment;
        int unit = 0, carded = 0, counted = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsEmployedInUnit(i)) continue;
            unit++;
            if (f.Has(i, WorkerFlags.CardSigned)) carded++;
            else if (f.Commitment[i] >= signing || (w.Public && Tested(v, i))) { signers.Add(i); carded++; }
            else continue;
            if (Sure(v, i)) counted++;
        }
        if (signers.Count > 0) yield return new CardsSigned(v.Week, v.Index, signers.ToArray());
        if (!w.Public && unit > 0 && carded >= p.PublicAtCardShare * unit)
            yield return new DriveWentPublic(v.Week, v.Index, carded, unit);
        if (v.Week - w.Docket.LastCertificationElectionWeek < v.M.Legal.ElectionBarWeeks) yield break;
        if (v.Week - w.Docket.LastWithdrawalWeek < v.M.Legal.WithdrawalBarWeeks) yield break;
        var target = Math.Max(v.Scenario.Legal.PetitionShowingShare, p.PetitionTarget);
        var electionWeek = v.Week + v.Scenario.Legal.ElectionDelayWeeks;
        if (unit > 0 && carded >= target * unit && Majority(v, counted, unit) && electionWeek <= v.Scenario.Weeks)
            yield return new RecognitionPetitionFiled(v.Week, v.Index, electionWeek);
    }

    /// <summary>
    /// The union's last count, the week before the election: the card signers in the unit an organizer would mark as
    /// sure (<see cref="Sure"/>; the same count it filed on). Below the share it needs, it
    /// withdraws the petition rather than lose (a lost election bars another for a year, a withdrawal for six months).
    /// </summary>
    public static IEnumerable<CampaignEvent> LastCount(WorkplaceView v)
    {
        var f = v.Workforce;
        int unit = 0, counted = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.IsEmployedInUnit(i)) continue;
            unit++;
            if (f.Has(i, WorkerFlags.CardSigned) && Sure(v, i)) counted++;
        }

        if (unit > 0 && !Majority(v, counted, unit))
            yield return new RecognitionPetitionWithdrawn(v.Week, v.Index, counted, unit);
    }

    /// <summary>
    /// Whether a card signer is one the union counts as sure: her commitment is at least her fear, or she has stood up in
    /// a collective action lately (a structure test the organizers can see).
    /// </summary>
    private static bool Sure(WorkplaceView v, int i) => v.Workforce.CommittedBeyondFear(i) || Tested(v, i);

    /// <summary>
    /// Whether a worker has passed a structure test lately: she took part in a collective action (a petition, a march, a
    /// stoppage) within <see cref="Mechanics.ElectionMechanics.StructureTestWeeks"/>. Organizers read such an action as the
    /// evidence of who will stand up, and in a public drive they ask those who stood up to sign a card.
    /// </summary>
    private static bool Tested(WorkplaceView v, int i) => v.Week - v.Workforce.LastActedWeek[i] <= v.M.Elections.StructureTestWeeks;

    /// <summary>Whether the count reaches the share of the unit the union needs to let an election go ahead.</summary>
    private static bool Majority(WorkplaceView v, int counted, int unit) => counted >= v.M.Elections.WithdrawBelowCountedShare * unit;
}
