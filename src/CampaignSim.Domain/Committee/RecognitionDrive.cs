using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// A recognition drive where there is no union: committed unit workers sign cards, quietly at first; the drive goes
/// public (open actions, the committee's names known) once the model's share is carded, and a petition is filed once
/// the model's target is carded. Organizing quietly keeps the committee out of the employer's sight, at the price of
/// calling no action until it goes public (docs/ODD.md §7.14).
/// </summary>
internal static class RecognitionDrive
{
    /// <summary>Cards and, at the target, a petition (not within a year of the last certification election).</summary>
    public static IEnumerable<CampaignEvent> Week(WorkplaceView v)
    {
        var w = v.W;
        var f = v.Workforce;
        var p = v.Posture;
        var signers = new List<int>();
        var signing = v.M.Elections.CardSigningCommitment;
        int unit = 0, carded = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed) || !f.InUnit(i)) continue;
            unit++;
            if (f.Has(i, WorkerFlags.CardSigned)) carded++;
            else if (f.Commitment[i] >= signing) { signers.Add(i); carded++; }
        }
        if (signers.Count > 0) yield return new CardsSigned(v.Week, v.Index, signers.ToArray());
        if (!w.Public && unit > 0 && carded >= p.PublicAtCardShare * unit)
            yield return new DriveWentPublic(v.Week, v.Index, carded, unit);
        if (v.Week - w.Docket.LastCertificationElectionWeek < v.M.Legal.ElectionBarWeeks) yield break;
        var target = Math.Max(v.Scenario.Legal.PetitionShowingShare, p.PetitionTarget);
        var electionWeek = v.Week + v.Scenario.Legal.ElectionDelayWeeks;
        if (unit > 0 && carded >= target * unit && electionWeek <= v.Scenario.Weeks)
            yield return new RecognitionPetitionFiled(v.Week, v.Index, electionWeek);
    }
}
