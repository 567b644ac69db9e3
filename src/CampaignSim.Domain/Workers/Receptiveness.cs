using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// How open a worker is to an organizer. It rises with grievance and falls with fear (Epstein 2002's
/// grievance-minus-risk), and depends on the organization she sees behind the organizer: trust in the
/// mainstream union for its own reps, familiarity for a solidarity union (which grows with its membership),
/// and red-baiting stigma, which lands harder on unfamiliar organizations (Williams 2019; docs/ODD.md §7.8).
/// </summary>
public static class Receptiveness
{
    /// <summary>Familiarity of the solidarity union: a base plus a multiple of the share of coworkers in it or on the committee.</summary>
    public static double SolidarityFamiliarity(WorkplaceState w)
    {
        var f = w.Workforce;
        if (f.Employed == 0) return 0;
        var n = 0;
        for (var i = 0; i < f.Count; i++)
            if (f.Has(i, WorkerFlags.Employed) && (f.Has(i, WorkerFlags.Solidarity) || f.Has(i, WorkerFlags.Committee))) n++;
        var m = w.Scenario.Mechanics.Identities;
        return Clamp.Unit(m.SolidarityFamiliarityBase + m.SolidarityFamiliarityGrowth * n / f.Employed);
    }

    /// <summary>Receptiveness of worker <paramref name="i"/>, 0–1.</summary>
    public static double Of(WorkplaceState w, int i, CommitteeIdentity identity, double solidarityFamiliarity)
    {
        var f = w.Workforce;
        var o = w.Scenario.Mechanics.Organizing;
        var openness = Clamp.Unit(o.OpennessBase + o.OpennessGrievance * f.Grievance[i] - o.OpennessFear * f.Fear[i]);
        var profile = IdentityCatalog.Profile(w.Scenario.Mechanics, identity);
        var appeal = profile.AppealBase + profile.AppealPerTrust * f.Trust[i] + profile.AppealPerFamiliarity * solidarityFamiliarity;
        var familiarity = profile.FamiliarityBase + profile.FamiliarityPerSolidarity * solidarityFamiliarity;
        return Clamp.Unit(openness * Clamp.Unit(appeal) * (1 - w.Pressure.Stigma * (1 - familiarity)));
    }
}
