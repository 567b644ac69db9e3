using CampaignSim.Scenarios.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// State of one load: the errors collected so far, which node sits at which scenario path, and which nodes came
/// from <c>--set</c> overrides rather than from the file.
/// </summary>
internal sealed class ScenarioReader(string fileName)
{
    public const string SetFile = "--set";

    private readonly List<ScenarioError> errors = [];
    private readonly Dictionary<string, YamlNode> nodesByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<YamlNode, SetOrigin> setOrigins = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<YamlNode, Mark> copiedFrom = new(ReferenceEqualityComparer.Instance);

    public string FileName { get; } = fileName;

    public IReadOnlyList<ScenarioError> Errors => errors;

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public static string Display(string path) => path.Length == 0 ? "(root)" : path;

    public void Remember(string path, YamlNode node) => nodesByPath[path] = node;

    /// <summary>Whether the value at this path was written in the file or a <c>--set</c>, rather than left at its default.</summary>
    public bool IsGiven(string path) => nodesByPath.ContainsKey(path);

    public void MarkFromSet(YamlNode node, SetOrigin origin)
    {
        foreach (var n in node.AllNodes)
        {
            var column = n.Start.Line == 1 ? origin.Column + (int)n.Start.Column - 1 : origin.Column;
            setOrigins[n] = origin with { Column = Math.Max(origin.Column, column) };
        }
    }

    /// <summary>Records that <paramref name="copy"/> stands for <paramref name="original"/>, so its errors keep the original's position.</summary>
    public void Adopt(YamlNode copy, YamlNode original) => copiedFrom[copy] = Position(original);

    public void Report(YamlNode node, string path, string message)
    {
        if (setOrigins.TryGetValue(node, out var origin))
        {
            errors.Add(new ScenarioError(SetFile, origin.Ordinal, origin.Column, Display(path), $"{message} (from --set '{YamlNames.Shorten(origin.Text)}')"));
        }
        else
        {
            var start = Position(node);
            errors.Add(new ScenarioError(FileName, (int)start.Line, (int)start.Column, Display(path), message));
        }
    }

    /// <summary>
    /// Reports a problem with a value that may have been left at its default: points at the value when it was given,
    /// otherwise at the nearest enclosing section that was.
    /// </summary>
    public void ReportAt(string path, string message)
    {
        var probe = path;
        while (true)
        {
            if (nodesByPath.TryGetValue(probe, out var node))
            {
                Report(node, path, probe == path ? message : $"{message} (the value is the default)");
                return;
            }

            if (probe.Length == 0)
            {
                errors.Add(new ScenarioError(FileName, 1, 1, Display(path), $"{message} (the value is the default)"));
                return;
            }

            probe = Parent(probe);
        }
    }

    public void Add(ScenarioError error) => errors.Add(error);

    /// <summary>The errors in file order (line, then column), followed by <c>--set</c> errors in override order.</summary>
    public IReadOnlyList<ScenarioError> SortedErrors() =>
        errors
            .OrderBy(e => e.File == SetFile ? 1 : 0)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ToList();

    private Mark Position(YamlNode node) => copiedFrom.TryGetValue(node, out var mark) ? mark : node.Start;

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
