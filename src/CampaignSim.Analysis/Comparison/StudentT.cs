namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// The 97.5% quantile of Student's t distribution, the multiplier of a two-sided 95% interval of a mean from a small
/// sample. Computed with addition, multiplication and division only (a table up to 30 degrees of freedom, then the
/// Cornish–Fisher expansion, within 3e-8 of the exact value), so every machine gets the same bits.
/// </summary>
public static class StudentT
{
    /// <summary>The 97.5% quantile of the standard normal distribution.</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>Quantiles for 1–30 degrees of freedom (index = degrees of freedom − 1), to 15 significant digits.</summary>
    private static readonly double[] Table =
    [
        12.7062047361725, 4.30265272974921, 3.18244630528371, 2.77644510519780, 2.57058183563617,
        2.44691185114493, 2.36462425159279, 2.30600413520410, 2.26215716279822, 2.22813885198631,
        2.20098516009159, 2.17881282966725, 2.16036865646290, 2.14478668791781, 2.13144954555983,
        2.11990529922124, 2.10981557783332, 2.10092204024104, 2.09302405440835, 2.08596344726585,
        2.07961384472769, 2.07387306790398, 2.06865761041903, 2.06389856162802, 2.05953855275330,
        2.05552943864285, 2.05183051648028, 2.04840714179516, 2.04522964213280, 2.04227245630126,
    ];

    /// <summary>The 97.5% quantile for <paramref name="degreesOfFreedom"/> (at least 1).</summary>
    public static double Quantile975(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (degreesOfFreedom <= Table.Length)
        {
            return Table[degreesOfFreedom - 1];
        }

        // Cornish–Fisher expansion of t in powers of 1/ν around the normal quantile (Abramowitz and Stegun 26.7.5).
        const double z = Z975;
        var z2 = z * z;
        var v = (double)degreesOfFreedom;
        var g1 = (z2 + 1) * z / 4;
        var g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        var g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        var g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + (g1 + (g2 + (g3 + g4 / v) / v) / v) / v;
    }
}
