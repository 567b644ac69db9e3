using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// Wraps YamlDotNet's parser and stops it with an <see cref="InputLimitException"/> at the event where the document
/// goes beyond a limit: nesting deeper than <see cref="ScenarioLimits.MaxNesting"/> (aliases count with the depth of
/// what they stand for), an alias inside the list or mapping it refers to, or aliases that expand the document to more
/// than <see cref="ScenarioLimits.MaxExpandedNodes"/> nodes (a "billion laughs"). An alias before its anchor is a syntax
/// error here rather than in YamlDotNet, which would overflow the stack on some of them. It also remembers where the last
/// event ended and which flow collection is open, to place errors YamlDotNet reports without a position.
/// </summary>
internal sealed class LimitedParser(IParser inner) : IParser
{
    private readonly Stack<Frame> open = new();
    private readonly Dictionary<string, (long Size, int Height)> anchors = new(StringComparer.Ordinal);
    private long expanded;

    public ParsingEvent? Current => inner.Current;

    public Mark LastEnd { get; private set; } = Mark.Empty;

    public (char Bracket, Mark Mark)? OpenFlow =>
        open.Where(o => o.Flow).Select(o => ((char Bracket, Mark Mark)?)(o.Bracket, o.Start)).FirstOrDefault();

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        switch (inner.Current)
        {
            case SequenceStart s:
                Open('[', s.Anchor, s.Start, s.Style == SequenceStyle.Flow);
                break;
            case MappingStart m:
                Open('{', m.Anchor, m.Start, m.Style == MappingStyle.Flow);
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                Close();
                break;
            case Scalar scalar:
                Count(scalar.Start, 1);
                if (!scalar.Anchor.IsEmpty)
                {
                    anchors[scalar.Anchor.Value] = (1, 0);
                }

                break;
            case AnchorAlias alias:
                Alias(alias);
                break;
        }

        if (inner.Current is { } current)
        {
            LastEnd = current.End;
        }

        return moved;
    }

    private void Open(char bracket, AnchorName anchor, Mark start, bool flow)
    {
        if (open.Count >= ScenarioLimits.MaxNesting)
        {
            throw Nesting(start);
        }

        Count(start, 1);
        open.Push(new Frame(bracket, start, flow, anchor.IsEmpty ? null : anchor.Value, expanded - 1));
    }

    private void Close()
    {
        var frame = open.Pop();
        var height = frame.ChildHeight + 1;
        if (open.TryPeek(out var parent))
        {
            parent.ChildHeight = Math.Max(parent.ChildHeight, height);
        }

        if (frame.Anchor is { } name)
        {
            anchors[name] = (expanded - frame.ExpandedBefore, height);
        }
    }

    private void Alias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (open.Any(f => f.Anchor == name))
        {
            throw new InputLimitException(alias.Start,
                $"the alias *{name} stands inside the list or mapping &{name} itself; a scenario cannot refer to itself");
        }

        // YAML defines an anchor before its aliases. YamlDotNet would keep an unknown one as a placeholder until the end
        // of the document, and two placeholders as keys of one mapping compare each other without end.
        if (!anchors.TryGetValue(name, out var target))
        {
            throw new YamlException(alias.Start, alias.End, $"the alias *{name} comes before any anchor &{name}; define the anchor first");
        }

        if (open.Count + target.Height > ScenarioLimits.MaxNesting)
        {
            throw Nesting(alias.Start);
        }

        if (open.TryPeek(out var parent))
        {
            parent.ChildHeight = Math.Max(parent.ChildHeight, target.Height);
        }

        Count(alias.Start, target.Size);
    }

    private void Count(Mark at, long nodes)
    {
        expanded += nodes;
        if (expanded > ScenarioLimits.MaxExpandedNodes)
        {
            throw new InputLimitException(at,
                $"with its aliases expanded the document holds more than {ScenarioLimits.MaxExpandedNodes:N0} values, lists and mappings; a scenario needs a few hundred");
        }
    }

    private static InputLimitException Nesting(Mark at) =>
        new(at, $"lists and mappings are nested more than {ScenarioLimits.MaxNesting} levels deep here (counting what aliases stand for); a scenario needs at most six levels");

    /// <summary>A list or mapping being read.</summary>
    private sealed class Frame(char bracket, Mark start, bool flow, string? anchor, long expandedBefore)
    {
        public char Bracket { get; } = bracket;

        public Mark Start { get; } = start;

        public bool Flow { get; } = flow;

        public string? Anchor { get; } = anchor;

        public long ExpandedBefore { get; } = expandedBefore;

        /// <summary>Height of the highest list or mapping read inside it so far.</summary>
        public int ChildHeight { get; set; }
    }
}
