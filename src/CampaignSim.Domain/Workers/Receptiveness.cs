using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// How open a worker is to an organizer. It rises with grievance and falls with fear (Epstein 2002's
/// grievance-minus-risk), and depends on the organization she sees behind the organizer: trust in the
/// mainstream union for its own reps, familiarity for a solidarity union (which grows with its membership),
/// and red-baiting stigma, which lands harder on unfamiliar organizations (Williams 2019; docs/ODD.md §2).
/// </summary>
public static class Receptiveness
{
    /// <summary>Familiarity of the solidarity union: a base of 0.15 plus twice the share of coworkers in it or on the committee.</summary>
    public static double SolidarityFamiliarity(WorkplaceState w)
    {
        if (w.Employed == 0) return 0;
        var n = 0;
        for (var i = 0; i < w.N; i++)
            if (w.Has(i, WorkerFlags.Employed) && (w.Has(i, WorkerFlags.Solidarity) || w.Has(i, WorkerFlags.Committee))) n++;
        return Clamp.Unit(0.15 + 2.0 * n / w.Employed);
    }

    /// <summary>Receptiveness of worker <paramref name="i"/>, 0–1.</summary>
    public static double Of(WorkplaceState w, int i, CommitteeIdentity identity, double solidarityFamiliarity)
    {
        var openness = Clamp.Unit(0.4 + 0.8 * w.Grievance[i] - 0.4 * w.Fear[i]);
        var trust = w.Trust[i];
        var (appeal, familiarity) = identity switch
        {
            CommitteeIdentity.Mainstream => (0.4 + 0.6 * trust, 0.9),
            CommitteeIdentity.Caucus => (0.8, 0.8),
            CommitteeIdentity.DualCard => (0.45 + 0.35 * trust + 0.25 * solidarityFamiliarity, 0.5 + 0.5 * solidarityFamiliarity),
            _ => (0.35 + 0.65 * solidarityFamiliarity, solidarityFamiliarity),
        };
        return Clamp.Unit(openness * Clamp.Unit(appeal) * (1 - w.Stigma * (1 - familiarity)));
    }
}
