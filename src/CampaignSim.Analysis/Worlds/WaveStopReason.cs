namespace CampaignSim.Analysis.Worlds;

/// <summary>Why history matching stopped after its last wave, so the report can say whether the kept set settled.</summary>
public enum WaveStopReason
{
    /// <summary>
    /// The kept set settled: neither the share of a wave kept nor any parameter's distribution among the kept differed from
    /// the wave two before by more than sampling explains (<see cref="KeptSetShift"/>).
    /// </summary>
    Settled,

    /// <summary>No parameter's range moved by more than the stability tolerance between the last two waves.</summary>
    Stable,

    /// <summary>The largest number of waves was run before the ranges settled.</summary>
    MaximumWaves,

    /// <summary>
    /// Too few candidates met every target to narrow the ranges from: refocusing on the least implausible candidates was
    /// off or impossible (every candidate infinitely implausible), or the box stopped moving while still drawn from them.
    /// The worlds are the few that met every target, possibly none.
    /// </summary>
    TooFewKept,
}
