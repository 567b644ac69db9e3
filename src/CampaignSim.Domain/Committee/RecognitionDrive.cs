using CampaignSim.Domain.Events;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Committee;

/// <summary>A recognition drive where there is no union: committed unit workers sign cards, and a petition is filed once the model's target is carded.</summary>
internal static class RecognitionDrive
{
    /// <summary>Cards and, at the target, a petition (not within a year of the last certification election).</summary>
    public static void Week(WeekContext ctx)
    {
        var w = ctx.W;
        var f = ctx.Workforce;
        var p = ctx.Posture;
        var signers = new List<int>();
        var signing = ctx.M.Elections.CardSigningCommitment;
        int unit = 0, carded = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed) || !f.InUnit(i)) continue;
            unit++;
            if (f.Has(i, WorkerFlags.CardSigned)) carded++;
            else if (f.Commitment[i] >= signing) { signers.Add(i); carded++; }
        }
        if (signers.Count > 0) ctx.Emit(new CardsSigned(ctx.Week, ctx.Index, signers.ToArray()));
        if (ctx.Week - w.Docket.LastCertificationElectionWeek < ctx.M.Legal.ElectionBarWeeks) return;
        var target = Math.Max(ctx.Scenario.Legal.PetitionShowingShare, p.PetitionTarget);
        var electionWeek = ctx.Week + ctx.Scenario.Legal.ElectionDelayWeeks;
        if (unit > 0 && carded >= target * unit && electionWeek <= ctx.Scenario.Weeks)
            ctx.Emit(new RecognitionPetitionFiled(ctx.Week, ctx.Index, electionWeek));
    }
}
