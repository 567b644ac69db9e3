using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Workers;

/// <summary>
/// How a worker's grievance, fear, commitment, trust and visibility respond to what happens to her and around her: the
/// attitude rules of docs/ODD.md §7.1, §7.8, §7.10 and §7.12, one per kind of fact, each a deterministic function of the
/// worker's values and the parameters. The fold (<see cref="Workforce"/>) decides only whom a fact concerns and applies
/// the rule to each; no rule draws a random number, so replaying the events rebuilds the same values.
/// </summary>
internal static class Responses
{
    /// <summary>Moves a level towards 1 by a share of the distance.</summary>
    public static double Raised(double level, double share) => level + share * (1 - level);

    /// <summary>Moves a level towards 0 by a share of itself.</summary>
    public static double Lowered(double level, double share) => level - share * level;

    /// <summary>
    /// A week's drift: grievance and fear return towards their starting levels; commitment decays where nobody keeps in
    /// touch (a committee member's by a factor of the decay, whoever keeps in touch); a committee member's visibility
    /// stays at least at the committee's, anyone else's fades.
    /// </summary>
    /// <remarks>
    /// The plain form of the rule is: if on the committee or not kept in touch, commitment −= decay × commitment ×
    /// (on the committee ? committeeDecayFactor : 1); visibility = on the committee ? max(visibility ×
    /// committeeVisibilityRetention, committeeVisibility) : visibility × visibilityRetention. A committee member, one
    /// worker in many, takes a branch of her own, which the processor that runs the rule for every worker every week
    /// predicts well. Whether a coworker off the committee was kept in touch is as good as random to it, so that step is
    /// written without a branch: the factor is 0 or 1, and multiplying by 0 and subtracting the 0 leaves her commitment
    /// exactly as the plain form does, to the last bit.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Week(ref double grievance, double baseGrievance, ref double fear, double baseFear, ref double commitment, ref double visibility,
        bool onCommittee, bool keptInTouch, in Drift d)
    {
        grievance += d.GrievanceRelaxation * (baseGrievance - grievance);
        fear += d.FearRelaxation * (baseFear - fear);
        if (onCommittee)
        {
            commitment -= d.CommitmentDecay * commitment * d.CommitteeDecayFactor;
            visibility = Math.Max(visibility * d.CommitteeVisibilityRetention, d.CommitteeVisibility);
            return;
        }
        double untouched = keptInTouch ? 0 : 1;
        commitment -= d.CommitmentDecay * commitment * untouched;
        visibility *= d.VisibilityRetention;
    }

    /// <summary>The coefficients of a week's drift (<see cref="Week"/>), read once for the whole workforce.</summary>
    public readonly struct Drift(BehaviourSpec b, OrganizingMechanics o, ReactionMechanics r)
    {
        /// <summary><c>behaviour.grievanceRelaxation</c>.</summary>
        public readonly double GrievanceRelaxation = b.GrievanceRelaxation;
        /// <summary><c>behaviour.fearRelaxation</c>.</summary>
        public readonly double FearRelaxation = b.FearRelaxation;
        /// <summary><c>behaviour.commitmentDecay</c>.</summary>
        public readonly double CommitmentDecay = b.CommitmentDecay;
        /// <summary><c>mechanics.organizing.committeeDecayFactor</c>.</summary>
        public readonly double CommitteeDecayFactor = o.CommitteeDecayFactor;
        /// <summary><c>mechanics.reactions.committeeVisibilityRetention</c>.</summary>
        public readonly double CommitteeVisibilityRetention = r.CommitteeVisibilityRetention;
        /// <summary><c>mechanics.reactions.committeeVisibility</c>.</summary>
        public readonly double CommitteeVisibility = r.CommitteeVisibility;
        /// <summary><c>mechanics.reactions.visibilityRetention</c>.</summary>
        public readonly double VisibilityRetention = r.VisibilityRetention;
    }

    /// <summary>
    /// A conversation moves commitment towards a ceiling set by the worker's openness (not beyond: a coworker open only so
    /// far stays there), by the contact's gain times the appeal of the organization behind it. A deep one agitates and,
    /// with openness and appeal, inoculates against fear.
    /// </summary>
    public static void Conversation(ref double commitment, ref double grievance, ref double fear, bool deep, double gain, double openness, double appeal,
        OrganizingMechanics o)
    {
        var ceiling = Math.Min(1, o.CommitmentCeilingScale * openness);
        if (ceiling > commitment) commitment += gain * appeal * (ceiling - commitment);
        if (!deep) return;
        grievance = Raised(grievance, o.DeepContactAgitation);
        fear = Math.Max(0, fear - o.DeepContactInoculation * openness * appeal);
    }

    /// <summary>A training commits an attendee and eases her fear (knowing her rights).</summary>
    public static void Training(ref double commitment, ref double fear, BehaviourSpec b, ReactionMechanics r)
    {
        commitment = Raised(commitment, b.TrainingGain);
        fear = Math.Max(0, fear - r.TrainingFearRelief);
    }

    /// <summary>A decided grievance: upheld, it relieves grievance and builds trust in the union; lost, it costs trust.</summary>
    public static void GrievanceDecided(ref double grievance, ref double trust, bool upheld, ReactionMechanics r)
    {
        if (upheld)
        {
            grievance = Math.Max(0, grievance - r.UpheldGrievanceRelief);
            trust = Clamp.Unit(trust + r.GrievanceTrustChange);
        }
        else
        {
            trust = Clamp.Unit(trust - r.GrievanceTrustChange);
        }
    }

    /// <summary>A participant is seen (a leader fully, others shielded by the crowd) and committed by acting.</summary>
    public static void Acted(ref double visibility, ref double commitment, double risk, double exposure, ParticipationMechanics p)
    {
        visibility = Clamp.Unit(visibility + p.ActionVisibility * risk * exposure);
        commitment = Raised(commitment, p.ActionCommitment);
    }

    /// <summary>A captive-audience meeting frightens those the committee has not committed, and takes some commitment.</summary>
    public static void CaptiveAudience(ref double fear, ref double commitment, ReactionMechanics r)
    {
        fear = Clamp.Unit(fear + r.CaptiveAudienceFear * (1 - commitment));
        commitment = Math.Max(0, commitment - r.CaptiveAudienceCommitmentLoss);
    }

    /// <summary>Retaliation chills a tie: fear up (or, negative, relieved), anger up, commitment down, each by its share.</summary>
    public static void Chilled(ref double fear, ref double grievance, ref double commitment, double fearAdded, double anger, double discouragement)
    {
        fear = Clamp.Unit(fear + fearAdded);
        grievance += anger * (1 - grievance);
        commitment -= discouragement * commitment;
    }
}
