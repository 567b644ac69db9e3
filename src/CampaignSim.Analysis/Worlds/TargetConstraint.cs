namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// Which targets constrain which parameters, read from one wave's candidates: the rank correlation between a parameter
/// and a target's implausibility, and the share of candidates the target rules out in each tenth of the parameter's
/// sampled range. A target that rules out most candidates at one end of a parameter's range and few at the other is what
/// narrows that parameter; a flat profile means the target says nothing about it.
/// </summary>
/// <param name="TargetId">The target.</param>
/// <param name="Path">The parameter.</param>
/// <param name="Correlation">Spearman's rank correlation between the parameter's value and the target's implausibility (positive: higher values are less plausible); 0 when either is constant.</param>
/// <param name="RuledOutByDecile">Share of the candidates in each tenth of the sampled range that the target rules out; NaN for a tenth with no candidate (a switch fills only the first and last).</param>
public sealed record TargetConstraint(string TargetId, string Path, double Correlation, IReadOnlyList<double> RuledOutByDecile)
{
    /// <summary>
    /// The difference between the highest and lowest share ruled out over the tenths that hold candidates: 0 when the
    /// target rules out as many everywhere in the range, 1 when it rules out all of one tenth and none of another.
    /// </summary>
    public double Contrast
    {
        get
        {
            var filled = RuledOutByDecile.Where(s => !double.IsNaN(s)).ToArray();
            return filled.Length == 0 ? 0 : filled.Max() - filled.Min();
        }
    }
}
