namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// A region of the parameter space described by a few restrictions, with the measures the scenario-discovery literature
/// judges it by (Bryant and Lempert 2010): coverage, the share of the cases of interest it holds (how much of the
/// phenomenon it explains), and density, the share of the worlds in it that are cases (how reliably it predicts them).
/// Mass is the share of all worlds it holds.
/// </summary>
/// <param name="Limits">The restricted parameters (unrestricted ones are left out).</param>
/// <param name="Points">Worlds in the box.</param>
/// <param name="Cases">Cases of interest in the box.</param>
/// <param name="TotalPoints">Worlds in all.</param>
/// <param name="TotalCases">Cases of interest in all.</param>
public sealed record ScenarioBox(IReadOnlyList<BoxLimit> Limits, int Points, int Cases, int TotalPoints, int TotalCases)
{
    /// <summary>Cases in the box over all cases (0 without cases).</summary>
    public double Coverage => TotalCases == 0 ? 0 : (double)Cases / TotalCases;

    /// <summary>Cases in the box over worlds in it (0 for an empty box).</summary>
    public double Density => Points == 0 ? 0 : (double)Cases / Points;

    /// <summary>Worlds in the box over all worlds.</summary>
    public double Mass => TotalPoints == 0 ? 0 : (double)Points / TotalPoints;

    /// <summary>Whether a world's values fall in the box.</summary>
    public bool Contains(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Limits.All(l => l.Contains(values[l.Parameter]));
    }
}
