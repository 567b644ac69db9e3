using YamlDotNet.Core;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// The YAML goes beyond a limit of <see cref="ScenarioLimits"/> while it is parsed: nested too deep, or aliases that
/// refer to themselves or expand to too many nodes. Thrown from inside the parser, before YamlDotNet builds the nodes,
/// because building (and comparing) them recurses, and a deep or self-referring enough input overflows the stack,
/// which no handler can catch.
/// </summary>
internal sealed class InputLimitException(Mark start, string message) : YamlException(start, start, message);
