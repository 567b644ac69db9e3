namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// How many of a wave's candidates one target ruled out: in all (its implausibility at or above the cutoff) and alone
/// (the only target that did). A target that rules out many candidates alone is the one constraining the worlds; one
/// whose candidates every other target also rules out adds little.
/// </summary>
/// <param name="TargetId">The target.</param>
/// <param name="RuledOut">Candidates it ruled out.</param>
/// <param name="RuledOutAlone">Candidates only it ruled out.</param>
/// <param name="Share">Share of the wave's simulated candidates it ruled out.</param>
public sealed record TargetRuling(string TargetId, int RuledOut, int RuledOutAlone, double Share);
