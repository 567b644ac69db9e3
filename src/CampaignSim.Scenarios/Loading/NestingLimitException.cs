using YamlDotNet.Core;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// Lists and mappings nested deeper than <see cref="ScenarioLimits.MaxNesting"/>. Thrown from inside the parser, before
/// YamlDotNet builds the nodes, because building them recurses once per level and a deep enough input overflows the
/// stack, which no handler can catch.
/// </summary>
internal sealed class NestingLimitException(Mark start)
    : YamlException(start, start, $"lists and mappings are nested more than {ScenarioLimits.MaxNesting} levels deep here; a scenario needs at most six levels");
