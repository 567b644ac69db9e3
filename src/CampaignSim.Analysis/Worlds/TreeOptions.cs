namespace CampaignSim.Analysis.Worlds;

/// <summary>The settings of the shallow classification tree that checks PRIM's box.</summary>
public sealed record TreeOptions
{
    /// <summary>
    /// Deepest split: 2, so that a leaf is described by at most two conditions a committee can hold in mind (Bryant and
    /// Lempert 2010 prefer boxes of few dimensions; a depth of 3 is allowed).
    /// </summary>
    public int MaxDepth { get; init; } = 2;

    /// <summary>Fewest worlds in a leaf, as a share of all worlds: 0.05, the EMA Workbench's default for its tree (as PRIM's smallest box).</summary>
    public double MinLeafShare { get; init; } = 0.05;

    /// <summary>Throws when an option is out of its range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 1, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDepth, 3, nameof(MaxDepth));
        if (!(MinLeafShare > 0 && MinLeafShare < 0.5)) throw new ArgumentOutOfRangeException(nameof(MinLeafShare), MinLeafShare, "From above 0 to below 0.5.");
    }
}
