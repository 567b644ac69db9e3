using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// Whether a worker joins an action: a threshold over her ties (Granovetter 1978), moved by grievance, fear, commitment
/// and the action's costs, among the workers willing to act at all (Epstein 2002's grievance net of risk).
/// </summary>
internal static class ParticipationRule
{
    /// <summary>
    /// Effective thresholds: a worker's own threshold θ scaled by (1 + fear × risk, more when unprotected) over
    /// (1 + grievance + commitment), each term weighted, then raised by lost pay, red-baiting stigma, a hostile leadership
    /// she trusts when the action is unofficial, and a craft line between her and the union calling it. The scaling keeps
    /// a threshold above zero, so every worker needs someone to go first, and with every weight at zero the rule is
    /// Granovetter's threshold model on the scenario's network. A craft union's call does not reach workers outside its
    /// unit: they join only through their ties.
    /// </summary>
    public static int[] Participants(WorkplaceView v, Pcg32 rng, ModelPosture p, Tactic tactic, bool isProtected, bool outside, IEnumerable<int> initiators,
        int department = -1)
    {
        var w = v.W;
        var f = v.Workforce;
        var b = v.Spec.Behaviour;
        var m = v.M.Participation;
        var profile = TacticCatalog.Profile(v.M, tactic);
        var craft = v.CraftLimited(p);
        var identity = IdentityCatalog.Profile(v.M, p.Identity);
        var familiarity = identity.RedBaitingExposed ? Receptiveness.Familiarity(identity, Receptiveness.SolidarityFamiliarity(w)) : 1.0;
        var stigma = w.Pressure.Stigma * (1 - familiarity) * m.StigmaWeight;
        var hostility = w.Union.Hostility;
        var threshold = f.Threshold;
        var fear = f.Fear;
        var grievance = f.Grievance;
        var commitment = f.Commitment;
        var trust = f.Trust;
        var thresholds = new double[f.Count];
        var eligible = new bool[f.Count];
        for (var i = 0; i < f.Count; i++)
        {
            if (!f.Has(i, WorkerFlags.Employed) || (department >= 0 && f.Department[i] != department)) continue;
            eligible[i] = true;
            var deterred = 1 + b.FearWeight * fear[i] * profile.Risk * (isProtected ? 1 : m.UnprotectedFearFactor);
            var drawn = 1 + b.GrievanceWeight * grievance[i] + b.CommitmentWeight * commitment[i];
            var t = threshold[i] * deterred / drawn
                    + LostPay(m, profile, commitment[i])
                    + stigma;
            var otherCraft = craft && !f.InUnit(i);
            if (otherCraft) t = Math.Max(t + b.CrossCraftPenalty, b.CrossCraftPenalty);
            if (outside) t += hostility * trust[i] * m.LoyaltyWeight;
            thresholds[i] = t;
            eligible[i] = Willingness(w, i, profile, isProtected) - (otherCraft ? b.CrossCraftPenalty : 0) > m.WillingnessFloor;
        }
        for (var i = 0; i < f.Count; i++)
            if (eligible[i] && !rng.Chance(profile.Availability)) eligible[i] = false;
        var starters = initiators.Where(i => f.Has(i, WorkerFlags.Employed) && f.Fear[i] < m.InitiatorFearLimit
                                             && (department < 0 || f.Department[i] == department)).ToArray();
        foreach (var i in starters) eligible[i] = true;
        // A walkout happens in plain view: each worker decides by how many of the coworkers around her, in her
        // department, are walking, not only by her friends among them.
        return tactic == Tactic.Walkout
            ? ThresholdCascade.RunInGroups(thresholds, eligible, starters, f.Department, Math.Max(1, v.Spec.Departments))
            : ThresholdCascade.Run(thresholds, eligible, starters, f.Ties);
    }

    /// <summary>What a week of the action's lost pay weighs for a worker: the more committed, the less.</summary>
    private static double LostPay(ParticipationMechanics m, TacticProfile profile, double commitment) =>
        m.LostPayWeight * profile.LostPayDays / Units.WorkdaysPerWeek * (1 - commitment);

    /// <summary>
    /// Whether a worker would act at all, apart from her coworkers (Epstein 2002: grievance net of risk): grievance,
    /// amplified by commitment, against fear scaled by the action's risk (more when unprotected) and lost pay.
    /// The threshold rule then decides when she joins; this decides whether she ever can.
    /// </summary>
    public static double Willingness(WorkplaceState w, int i, TacticProfile profile, bool isProtected)
    {
        var m = w.Scenario.Mechanics.Participation;
        var f = w.Workforce;
        return f.Grievance[i] * (m.WillingnessGrievance + m.WillingnessCommitment * f.Commitment[i])
               - f.Fear[i] * profile.Risk * (isProtected ? m.WillingnessFearProtected : m.WillingnessFearUnprotected)
               - LostPay(m, profile, f.Commitment[i]);
    }
}
