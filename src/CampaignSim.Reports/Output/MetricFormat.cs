using CampaignSim.Analysis.Comparison;
using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Reports.Output;

/// <summary>How a metric reads in reports: probabilities and shares as percentages, money in dollars, and so on.</summary>
public static class MetricFormat
{
    /// <summary>Whether the metric is a 0–1 probability or share, shown in percent.</summary>
    public static bool IsFraction(OutcomeMetric metric) => metric.Unit is "probability" or "share";

    /// <summary>The unit as shown after a value or in a column header.</summary>
    public static string UnitLabel(OutcomeMetric metric) => metric.Unit switch
    {
        "probability" or "share" => "%",
        "count" => "",
        _ => metric.Unit,
    };

    /// <summary>A column header: label and unit.</summary>
    public static string Header(OutcomeMetric metric) =>
        UnitLabel(metric) is { Length: > 0 } unit ? $"{metric.Label} ({unit})" : metric.Label;

    /// <summary>A value without its unit, at the precision the metric needs.</summary>
    public static string Value(OutcomeMetric metric, double value) => metric.Unit switch
    {
        "probability" or "share" => Numbers.Fixed(value * 100, 0),
        "$" or "$ per worker" or "hours" => Numbers.Fixed(value, 0),
        "days" or "workers" => Numbers.Fixed(value, 1),
        _ => Numbers.Fixed(value, 2),
    };

    /// <summary>A 95% interval as "lo to hi".</summary>
    public static string Interval(OutcomeMetric metric, double low, double high) => $"{Value(metric, low)} to {Value(metric, high)}";

    /// <summary>A value with its interval, e.g. "2.29 (2.10 to 2.48)".</summary>
    public static string ValueAndInterval(OutcomeMetric metric, double mean, double low, double high) =>
        $"{Value(metric, mean)} ({Interval(metric, low, high)})";

    /// <summary>A difference with sign, without unit.</summary>
    public static string Difference(OutcomeMetric metric, double difference) =>
        Numbers.Signed(difference * Scale(metric), DifferenceDecimals(metric));

    /// <summary>A difference with sign at <paramref name="decimals"/> decimals (of the unit shown).</summary>
    public static string Difference(OutcomeMetric metric, double difference, int decimals) =>
        Numbers.Signed(difference * Scale(metric), decimals);

    /// <summary>
    /// Decimals that show a paired difference honestly: the metric's usual precision, or more when the interval is clear
    /// but a bound would round to zero (+1 [0, +2]* reads as if the interval touched zero; +1.4 [+0.3, +2.5]* does not).
    /// </summary>
    public static int Decimals(OutcomeMetric metric, PairedDifference d)
    {
        var decimals = DifferenceDecimals(metric);
        if (!d.Clear)
        {
            return decimals;
        }

        var scale = Scale(metric);
        while (decimals < DifferenceDecimals(metric) + MaxExtraDecimals
               && (RoundsToZero(d.CiLow * scale, decimals) || RoundsToZero(d.CiHigh * scale, decimals)))
        {
            decimals++;
        }

        return decimals;
    }

    /// <summary>"+0.29 [+0.20, +0.38]*": a paired difference with its 95% interval, * when the interval excludes zero.</summary>
    public static string DifferenceCell(OutcomeMetric metric, PairedDifference d)
    {
        var decimals = Decimals(metric, d);
        return $"{Difference(metric, d.MeanDifference, decimals)} [{Difference(metric, d.CiLow, decimals)}, {Difference(metric, d.CiHigh, decimals)}]{(d.Clear ? "*" : "")}";
    }

    /// <summary>The size of a difference as a bare number, in the units of <see cref="Amount"/>.</summary>
    public static string Magnitude(OutcomeMetric metric, double magnitude) => Numbers.Fixed(magnitude * Scale(metric), MagnitudeDecimals(metric, magnitude));

    /// <summary>The size of a difference with the unit differences are counted in, for sentences ("3.10 points", "12.0 percentage points").</summary>
    public static string Amount(OutcomeMetric metric, double magnitude) => WithDifferenceUnit(metric, Magnitude(metric, magnitude));

    /// <summary>
    /// The size of a paired difference for a sentence, at <see cref="SentenceDecimals"/>, so that it and its interval
    /// (<see cref="MagnitudeInterval(OutcomeMetric, PairedDifference)"/>) are rounded alike and the interval as printed
    /// always contains it: "0.05 percentage points (95% CI 0.01 to 0.09)", never "0.1 … (95% CI 0.01 to 0.09)".
    /// </summary>
    public static string Amount(OutcomeMetric metric, PairedDifference d) =>
        WithDifferenceUnit(metric, Numbers.Fixed(Math.Abs(d.MeanDifference) * Scale(metric), SentenceDecimals(metric, d)));

    /// <summary>
    /// The 95% interval of a difference as sizes in the sentence's direction: "2.40 to 3.80" for a rise, and for a fall
    /// the sizes of the bounds, smaller first; signed ("−0.3 to +1.2") when it includes zero. Rounded as
    /// <see cref="Amount(OutcomeMetric, PairedDifference)"/>, with enough decimals that neither end of a clear interval reads as zero.
    /// </summary>
    public static string MagnitudeInterval(OutcomeMetric metric, PairedDifference d)
    {
        var decimals = SentenceDecimals(metric, d);
        if (d.CiLow < 0 && d.CiHigh > 0)
        {
            return $"{Difference(metric, d.CiLow, decimals)} to {Difference(metric, d.CiHigh, decimals)}";
        }

        var (small, large) = d.CiLow >= 0 ? (d.CiLow, d.CiHigh) : (-d.CiHigh, -d.CiLow);
        return $"{Numbers.Fixed(small * Scale(metric), decimals)} to {Numbers.Fixed(large * Scale(metric), decimals)}";
    }

    /// <summary>
    /// One number of decimals for a difference put in words and its interval: the metric's usual precision for the larger
    /// end of the interval, or more when a bound of a clear interval would otherwise read as zero (<see cref="Decimals"/>).
    /// Rounding the estimate and both ends alike keeps the estimate inside the interval as printed.
    /// </summary>
    public static int SentenceDecimals(OutcomeMetric metric, PairedDifference d) =>
        Math.Max(MagnitudeDecimals(metric, Math.Max(Math.Abs(d.CiLow), Math.Abs(d.CiHigh))), Decimals(metric, d));

    /// <summary>An interval of differences in the units of <see cref="Difference(OutcomeMetric, double)"/>.</summary>
    public static string DifferenceInterval(OutcomeMetric metric, double low, double high) =>
        $"{Difference(metric, low)} to {Difference(metric, high)}";

    /// <summary>A number already in the unit shown, followed by the unit differences are counted in.</summary>
    public static string WithDifferenceUnit(OutcomeMetric metric, string number) => metric.Unit switch
    {
        "probability" or "share" => number + " percentage points",
        "%" => number + " points",
        "$" => "$" + number,
        "$ per worker" => "$" + number + " per worker",
        "hours" or "days" or "workers" => number + " " + metric.Unit,
        _ => number,
    };

    /// <summary>Most decimals added to show that a clear interval excludes zero.</summary>
    private const int MaxExtraDecimals = 4;

    /// <summary>100 for metrics shown in percent, else 1.</summary>
    private static double Scale(OutcomeMetric metric) => IsFraction(metric) ? 100 : 1;

    private static int DifferenceDecimals(OutcomeMetric metric) => metric.Unit switch
    {
        "probability" or "share" => 1,
        "$" or "$ per worker" or "hours" => 0,
        "days" or "workers" => 1,
        _ => 2,
    };

    private static int MagnitudeDecimals(OutcomeMetric metric, double reference) => metric.Unit switch
    {
        "probability" or "share" => 1,
        "$" or "$ per worker" or "hours" => 0,
        "days" or "workers" => 1,
        "%" => 2,
        _ => Math.Abs(reference) >= 100 ? 0 : Math.Abs(reference) >= 10 ? 1 : 2,
    };

    private static bool RoundsToZero(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero) == 0;
}
