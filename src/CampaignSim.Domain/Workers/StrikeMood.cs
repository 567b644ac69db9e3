using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// How inclined union members are to authorise a strike: an authorisation is a threat more than a walkout, so trust in
/// the union counts alongside grievance and commitment, and fear pulls the other way. The union's strike vote is
/// cast by it; the employer reads the members' mood from it when no vote has been held.
/// </summary>
internal static class StrikeMood
{
    /// <summary>A member's inclination to vote yes, 0–1.</summary>
    public static double Inclination(WorkplaceState w, int i)
    {
        var m = w.Scenario.Mechanics.Bargaining;
        var f = w.Workforce;
        return Clamp.Unit(m.VoteYesBase + m.VoteYesGrievance * f.Grievance[i] + m.VoteYesCommitment * f.Commitment[i] - m.VoteYesFear * f.Fear[i]
                          + m.VoteYesTrust * f.Trust[i] + (f.Has(i, WorkerFlags.DeepContact) ? m.VoteYesDeepContact : 0));
    }

    /// <summary>The employed members' mean inclination, 0 when there are none.</summary>
    public static double Mood(WorkplaceState w)
    {
        var f = w.Workforce;
        double sum = 0;
        var n = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed | WorkerFlags.Mainstream)) continue;
            sum += Inclination(w, i);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
