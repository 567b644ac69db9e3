using CampaignSim.Domain.Simulation;

namespace CampaignSim.Analysis;

/// <summary>
/// One thing a calibration run reads from its runs: a target's samples or a diagnostic's. Readers that share a case,
/// settings and model read the same runs, so a case is simulated once however many targets it serves.
/// </summary>
/// <param name="Case">The case it runs.</param>
/// <param name="Settings">Counterfactual parameter settings, empty for the defaults.</param>
/// <param name="Models">Models whose runs it reads, in order.</param>
/// <param name="Read">Reads one run into samples.</param>
/// <param name="Exposed">Reads whether a run is exposed, for a relative difference; null otherwise.</param>
internal sealed record CalibrationReader(string Case, IReadOnlyDictionary<string, double> Settings, IReadOnlyList<string> Models,
    Func<RunResult, IEnumerable<double>> Read, Func<RunResult, bool>? Exposed)
{
    /// <summary>The settings as one ordered string, so that readers with equal settings share runs.</summary>
    public string SettingsKey => string.Join(';', Settings.OrderBy(s => s.Key, StringComparer.Ordinal)
        .Select(s => $"{s.Key}={s.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"));
}
