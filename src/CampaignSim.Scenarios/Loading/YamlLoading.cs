using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// Loads YAML text into the representation model, turning parser failures into positioned errors. The parser is
/// wrapped so that a failure without a mark (YamlDotNet sometimes throws a bare InvalidOperationException on an
/// unclosed flow collection) can still be placed after the last event read.
/// </summary>
internal static class YamlLoading
{
    public static YamlStream? TryLoad(string text, ScenarioReader reader)
    {
        var tracking = new TrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(tracking);
            return stream;
        }
        catch (YamlException e)
        {
            var start = e.Start.Line > 0 ? e.Start : tracking.LastEnd;
            reader.Add(new ScenarioError(reader.FileName, (int)start.Line, (int)start.Column, "(file)", $"YAML syntax error: {Describe(e)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            var where = tracking.LastEnd;
            var hint = tracking.OpenFlow is { } open
                ? $"; the '{open.Bracket}' opened at line {open.Mark.Line}, column {open.Mark.Column} is never closed"
                : "";
            reader.Add(new ScenarioError(reader.FileName, (int)where.Line, (int)where.Column, "(file)",
                $"YAML syntax error: could not read past this point{hint}"));
            return null;
        }
    }

    public static string Describe(YamlException e)
    {
        var message = e.Message.TrimEnd('.');
        const string duplicate = "Duplicate key ";
        return message.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"duplicate key '{message[duplicate.Length..]}' (each key may appear once in a mapping)"
            : char.ToLowerInvariant(message[0]) + message[1..];
    }

    private sealed class TrackingParser(IParser inner) : IParser
    {
        private readonly Stack<(char Bracket, Mark Mark, bool Flow)> open = new();

        public ParsingEvent? Current => inner.Current;

        public Mark LastEnd { get; private set; } = Mark.Empty;

        public (char Bracket, Mark Mark)? OpenFlow =>
            open.Where(o => o.Flow).Select(o => ((char Bracket, Mark Mark)?)(o.Bracket, o.Mark)).FirstOrDefault();

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (inner.Current)
            {
                case SequenceStart s:
                    open.Push(('[', s.Start, s.Style == SequenceStyle.Flow));
                    break;
                case MappingStart m:
                    open.Push(('{', m.Start, m.Style == MappingStyle.Flow));
                    break;
                case SequenceEnd or MappingEnd when open.Count > 0:
                    open.Pop();
                    break;
            }

            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            return moved;
        }
    }
}
