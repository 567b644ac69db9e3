using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// How a worker takes an organizer, in two parts. Her openness is her own: it rises with grievance and falls with fear
/// (Epstein 2002's grievance-minus-risk), and bounds how far organizing can bring her. The appeal is that of the
/// organization she sees behind the organizer: trust in the mainstream union for its own reps, familiarity for a
/// solidarity union (which grows with its membership), cut by red-baiting stigma, which lands harder on unfamiliar
/// organizations (Williams 2019); it sets how much each conversation moves her, so an unfamiliar organization needs
/// more conversations to get as far (docs/ODD.md §7.8).
/// </summary>
public static class Receptiveness
{
    /// <summary>Familiarity of the solidarity union: a base plus a multiple of the share of coworkers in it or on the committee.</summary>
    public static double SolidarityFamiliarity(WorkplaceState w)
    {
        var f = w.Workforce;
        if (f.Employed == 0) return 0;
        var m = w.Scenario.Mechanics.Identities;
        return Clamp.Unit(m.SolidarityFamiliarityBase + m.SolidarityFamiliarityGrowth * f.SolidarityOrCommittee / f.Employed);
    }

    /// <summary>Openness of worker <paramref name="i"/> to organizing of any kind, 0–1.</summary>
    public static double Openness(WorkplaceState w, int i)
    {
        var f = w.Workforce;
        var o = w.Scenario.Mechanics.Organizing;
        return Clamp.Unit(o.OpennessBase + o.OpennessGrievance * f.Grievance[i] - o.OpennessFear * f.Fear[i]);
    }

    /// <summary>Appeal to worker <paramref name="i"/> of the organization an organizer of <paramref name="identity"/> stands for, 0–1.</summary>
    public static double Appeal(WorkplaceState w, int i, CommitteeIdentity identity, double solidarityFamiliarity)
    {
        var f = w.Workforce;
        var profile = IdentityCatalog.Profile(w.Scenario.Mechanics, identity);
        var appeal = profile.AppealBase + profile.AppealPerTrust * f.Trust[i] + profile.AppealPerFamiliarity * solidarityFamiliarity;
        return Clamp.Unit(Clamp.Unit(appeal) * (1 - w.Pressure.Stigma * (1 - Familiarity(profile, solidarityFamiliarity))));
    }

    /// <summary>
    /// How familiar coworkers are with what an organizer of this identity stands for, 0–1: red-baiting lands on the rest,
    /// in a one-on-one and in an action alike.
    /// </summary>
    public static double Familiarity(IdentityProfile profile, double solidarityFamiliarity) =>
        Clamp.Unit(profile.FamiliarityBase + profile.FamiliarityPerSolidarity * solidarityFamiliarity);
}
