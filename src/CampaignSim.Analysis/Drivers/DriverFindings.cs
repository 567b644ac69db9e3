using CampaignSim.Analysis.Comparison;

namespace CampaignSim.Analysis.Drivers;

/// <summary>Why a driver analysis has nothing to say, if so.</summary>
public enum DriverLimitation
{
    /// <summary>The analysis has findings (possibly none clear).</summary>
    None,
    /// <summary>Only one model applies: there are no differences to explain.</summary>
    OneModel,
    /// <summary>One run per model: no interval, so no difference can be called clear.</summary>
    OneRun,
}

/// <summary>The findings of <see cref="DriverAnalysis.Analyze"/>.</summary>
/// <param name="Limitation">Why there are no findings, or <see cref="DriverLimitation.None"/>.</param>
/// <param name="BaselineId">The model every other is set against.</param>
/// <param name="Models">Per model other than the baseline, in comparison order.</param>
/// <param name="Associations">Within-model associations per outcome; empty when too few runs.</param>
/// <param name="RunsInCorrelation">Runs pooled for the associations (0 when there are none).</param>
public sealed record DriverFindings(
    DriverLimitation Limitation,
    string BaselineId,
    IReadOnlyList<ModelDrivers> Models,
    IReadOnlyList<OutcomeAssociations> Associations,
    int RunsInCorrelation);

/// <summary>One model against the baseline.</summary>
/// <param name="ModelId">The model.</param>
/// <param name="ClearOutcomes">Outcome differences whose interval excludes zero, in <see cref="DriverAnalysis.OutcomeIds"/> order.</param>
/// <param name="ClearMeasures">Measure differences whose interval excludes zero, largest standardised effect first.</param>
public sealed record ModelDrivers(string ModelId, IReadOnlyList<PairedDifference> ClearOutcomes, IReadOnlyList<MeasureDifference> ClearMeasures);

/// <summary>A paired difference in an intermediate measure, with its standardised effect |mean| / sd.</summary>
/// <param name="Difference">The paired difference.</param>
/// <param name="Effect">|mean difference| divided by the standard deviation of the differences.</param>
public sealed record MeasureDifference(PairedDifference Difference, double Effect);

/// <summary>The measures that move most with one outcome within models.</summary>
/// <param name="OutcomeId">The outcome.</param>
/// <param name="Strongest">At most three measures with |r| at least <see cref="DriverAnalysis.MinCorrelation"/>, strongest first.</param>
public sealed record OutcomeAssociations(string OutcomeId, IReadOnlyList<MeasureCorrelation> Strongest);

/// <summary>A measure and its within-model correlation with an outcome.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="R">Pearson's r over runs centred on their model's mean.</param>
public sealed record MeasureCorrelation(string MeasureId, double R);
