namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// How a varied parameter takes its values, so that a design, a narrowed range and a discovered threshold respect what the
/// engine accepts: <see cref="Domain.Mechanics.ScenarioParameter.With"/> rounds a whole number and reads a switch as on from
/// one half, so a design that spread such a parameter over fractions would sample the same world several times.
/// </summary>
public enum WorldValueKind
{
    /// <summary>Any number between the bounds.</summary>
    Continuous,

    /// <summary>A whole number between the bounds (workers, weeks, members): each whole number is equally likely.</summary>
    Whole,

    /// <summary>Off (0) or on (1).</summary>
    Switch,
}
