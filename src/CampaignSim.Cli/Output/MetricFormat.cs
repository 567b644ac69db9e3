using CampaignSim.Domain.Outcomes;

namespace CampaignSim.Cli.Output;

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

    /// <summary>A value with its unit, for sentences.</summary>
    public static string WithUnit(OutcomeMetric metric, double value) => metric.Unit switch
    {
        "probability" or "share" => Value(metric, value) + "%",
        "%" => Value(metric, value) + "%",
        "$" => "$" + Value(metric, value),
        "$ per worker" => "$" + Value(metric, value) + " per worker",
        "count" => Value(metric, value),
        _ => Value(metric, value) + " " + metric.Unit,
    };

    /// <summary>A 95% interval as "lo to hi".</summary>
    public static string Interval(OutcomeMetric metric, double low, double high) => $"{Value(metric, low)} to {Value(metric, high)}";

    /// <summary>A value with its interval, e.g. "2.29 (2.10 to 2.48)".</summary>
    public static string ValueAndInterval(OutcomeMetric metric, double mean, double low, double high) =>
        $"{Value(metric, mean)} ({Interval(metric, low, high)})";

    /// <summary>A difference with sign, without unit.</summary>
    public static string Difference(OutcomeMetric metric, double difference) => metric.Unit switch
    {
        "probability" or "share" => Numbers.Signed(difference * 100, 1),
        "$" or "$ per worker" or "hours" => Numbers.Signed(difference, 0),
        "days" or "workers" => Numbers.Signed(difference, 1),
        _ => Numbers.Signed(difference, 2),
    };

    /// <summary>The size of a difference as a bare number, in the units of <see cref="Amount"/>.</summary>
    public static string Magnitude(OutcomeMetric metric, double magnitude) => Magnitude(metric, magnitude, magnitude);

    /// <summary>A size with the decimals a reference size needs, so both ends of an interval match.</summary>
    private static string Magnitude(OutcomeMetric metric, double magnitude, double reference) => metric.Unit switch
    {
        "probability" or "share" => Numbers.Fixed(magnitude * 100, 1),
        "$" or "$ per worker" or "hours" => Numbers.Fixed(magnitude, 0),
        "days" or "workers" => Numbers.Fixed(magnitude, 1),
        "%" => Numbers.Fixed(magnitude, 2),
        _ => Numbers.Fixed(magnitude, reference >= 100 ? 0 : reference >= 10 ? 1 : 2),
    };

    /// <summary>The size of a difference with the unit differences are counted in, for sentences ("3.10 points", "12.0 percentage points").</summary>
    public static string Amount(OutcomeMetric metric, double magnitude)
    {
        var number = Magnitude(metric, magnitude);
        return metric.Unit switch
        {
            "probability" or "share" => number + " percentage points",
            "%" => number + " points",
            "$" => "$" + number,
            "$ per worker" => "$" + number + " per worker",
            "hours" or "days" or "workers" => number + " " + metric.Unit,
            _ => number,
        };
    }

    /// <summary>
    /// The 95% interval of a clear difference as sizes in the sentence's direction: "2.40 to 3.80" for a rise,
    /// and for a fall the sizes of the bounds, smaller first.
    /// </summary>
    public static string MagnitudeInterval(OutcomeMetric metric, double low, double high)
    {
        if (low < 0 && high > 0)
        {
            return DifferenceInterval(metric, low, high);
        }

        var (small, large) = low >= 0 ? (low, high) : (-high, -low);
        return $"{Magnitude(metric, small, large)} to {Magnitude(metric, large, large)}";
    }

    /// <summary>An interval of differences in the units of <see cref="Difference"/>.</summary>
    public static string DifferenceInterval(OutcomeMetric metric, double low, double high) =>
        $"{Difference(metric, low)} to {Difference(metric, high)}";
}
