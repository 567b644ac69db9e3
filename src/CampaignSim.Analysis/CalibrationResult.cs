using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Analysis;

/// <summary>A calibration target against its simulated figure.</summary>
/// <param name="Target">The target.</param>
/// <param name="Scenario">The case scenario it ran.</param>
/// <param name="Replications">Replications per model.</param>
/// <param name="Seed">First seed (see <see cref="Calibration.SeedOf"/>).</param>
/// <param name="Estimate">The simulated figure, its 95% interval, standard error, samples and runs.</param>
/// <param name="Diagnostics">The target's diagnostics by key, computed in the same run.</param>
public sealed record CalibrationResult(CalibrationTarget Target, Scenario Scenario, int Replications, ulong Seed,
    CalibrationEstimate Estimate, IReadOnlyDictionary<string, CalibrationEstimate> Diagnostics)
{
    /// <summary>The simulated figure (a mean, median or relative difference).</summary>
    public double Value => Estimate.Value;

    /// <summary>Lower end of its 95% interval.</summary>
    public double CiLow => Estimate.CiLow;

    /// <summary>Upper end of its 95% interval.</summary>
    public double CiHigh => Estimate.CiHigh;

    /// <summary>Runs simulated (models × replications).</summary>
    public int Runs => Estimate.Runs;

    /// <summary>Samples read from them (drives that reached an election, strike votes, contracts…).</summary>
    public int Samples => Estimate.Samples;

    /// <summary>
    /// The verdict: <see cref="CalibrationVerdict.Pass"/> when the simulated figure and its whole 95% interval lie within
    /// the target's tolerance of the published figure, <see cref="CalibrationVerdict.Fail"/> when the whole interval lies
    /// outside it (or there was no sample), and <see cref="CalibrationVerdict.Undecided"/> when the interval crosses an
    /// edge of the accepted range: the replications run cannot tell on which side of the edge the model's figure lies.
    /// Without an interval (one sample) the figure alone decides.
    /// </summary>
    public CalibrationVerdict Verdict
    {
        get
        {
            if (!Estimate.HasValue) return CalibrationVerdict.Fail;
            var inside = Within(Value);
            if (double.IsNaN(CiLow) || double.IsNaN(CiHigh)) return inside ? CalibrationVerdict.Pass : CalibrationVerdict.Fail;
            if (inside && Within(CiLow) && Within(CiHigh)) return CalibrationVerdict.Pass;
            return CiHigh < Target.Low - Slack || CiLow > Target.High + Slack ? CalibrationVerdict.Fail : CalibrationVerdict.Undecided;
        }
    }

    /// <summary>Whether the target passes: its figure and its whole 95% interval are within tolerance (<see cref="Verdict"/>).</summary>
    public bool Pass => Verdict == CalibrationVerdict.Pass;

    /// <summary>Whether the target fails: its whole 95% interval is outside the tolerance, or there was no sample.</summary>
    public bool Fail => Verdict == CalibrationVerdict.Fail;

    /// <summary>The edge of the accepted range that the 95% interval crosses (the nearer one to the figure), or NaN when it crosses none.</summary>
    public double CrossedEdge
    {
        get
        {
            if (Verdict != CalibrationVerdict.Undecided) return double.NaN;
            var crossesLow = CiLow < Target.Low - Slack;
            var crossesHigh = CiHigh > Target.High + Slack;
            if (crossesLow && crossesHigh) return Math.Abs(Value - Target.Low) <= Math.Abs(Value - Target.High) ? Target.Low : Target.High;
            return crossesLow ? Target.Low : Target.High;
        }
    }

    /// <summary>
    /// For an undecided target, about how many replications per model would decide it if the figure stayed where it is:
    /// the interval narrows with the square root of the runs, so it must shrink from its half-width to the figure's
    /// distance from the edge it crosses. <see cref="int.MaxValue"/> when no number would (the figure sits on the edge);
    /// null when the target is decided.
    /// </summary>
    public int? ReplicationsToDecide
    {
        get
        {
            if (Verdict != CalibrationVerdict.Undecided) return null;
            var distance = Math.Abs(Value - CrossedEdge);
            var halfWidth = (CiHigh - CiLow) / 2;
            if (distance <= Slack) return int.MaxValue;
            var needed = Math.Ceiling(Replications * Math.Pow(halfWidth / distance, 2) / 100 - 1e-9) * 100;
            return needed >= int.MaxValue ? int.MaxValue : (int)needed;
        }
    }

    /// <summary>Whether the simulated figure itself lies within the tolerance (an undecided target's may lie on either side of the edge).</summary>
    public bool FigureWithinTolerance => Estimate.HasValue && Within(Value);

    private const double Slack = 1e-12;

    private bool Within(double x) => Math.Abs(x - Target.Published) <= Target.Tolerance + Slack;

    /// <summary>
    /// The history-matching implausibility |simulated − published| / √(uncertainty² + standard error²): how many standard
    /// deviations the simulated figure lies from the published one, counting both the published figure's stated
    /// uncertainty and the simulation's own. Infinite without a sample.
    /// </summary>
    public double Implausibility => Estimate.HasValue
        ? Math.Abs(Value - Target.Published) / Math.Sqrt(Target.Uncertainty * Target.Uncertainty + Estimate.StandardError * Estimate.StandardError)
        : double.PositiveInfinity;
}
