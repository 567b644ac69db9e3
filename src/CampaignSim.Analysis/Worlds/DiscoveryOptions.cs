namespace CampaignSim.Analysis.Worlds;

/// <summary>What scenario discovery looks for when the winner changes across worlds.</summary>
public sealed record DiscoveryOptions
{
    /// <summary>PRIM's settings.</summary>
    public PrimOptions Prim { get; init; } = new();

    /// <summary>The classification tree's settings.</summary>
    public TreeOptions Tree { get; init; } = new();

    /// <summary>Most challengers explained beside the leading model: two, so at most three leading models are described.</summary>
    public int MaxChallengers { get; init; } = 2;

    /// <summary>Fewest worlds a challenger must win for its worlds to be described: below two there is no pattern to find.</summary>
    public int MinimumCases { get; init; } = 2;

    /// <summary>Smallest share of the worlds a challenger must win for its worlds to be described: 5%, PRIM's smallest box.</summary>
    public double MinimumCaseShare { get; init; } = 0.05;
}
