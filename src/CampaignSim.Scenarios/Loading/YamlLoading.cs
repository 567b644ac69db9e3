using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Loading;

/// <summary>
/// Loads YAML text into the representation model, turning parser failures into positioned errors. The parser is
/// wrapped (<see cref="LimitedParser"/>) so that input beyond the limits stops the load before the recursive node
/// builder runs out of stack, and so that a failure without a mark can still be placed after the last event read.
/// </summary>
internal static class YamlLoading
{
    /// <summary>Loads <paramref name="text"/>; on failure calls <paramref name="fail"/> with the position and the message, and returns null.</summary>
    public static YamlStream? TryLoad(string text, Action<Mark, string> fail)
    {
        var tracking = new LimitedParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(tracking);
            return stream;
        }
        catch (InputLimitException e)
        {
            fail(e.Start, e.Message);
            return null;
        }
        catch (YamlException e) when (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndentation(text) is { } tab)
        {
            fail(tab, "YAML syntax error: a tab is used for indentation; YAML indents with spaces only");
            return null;
        }
        catch (YamlException e)
        {
            fail(e.Start.Line > 0 ? e.Start : tracking.LastEnd, $"YAML syntax error: {Describe(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these without a mark on some malformed input (an unclosed flow collection; an alias
            // followed by a key, as in "a: *x<<: *x").
            var hint = tracking.OpenFlow is { } open
                ? $"; the '{open.Bracket}' opened at line {open.Mark.Line}, column {open.Mark.Column} is never closed"
                : "";
            fail(tracking.LastEnd, $"YAML syntax error: could not read past this point{hint}");
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

    /// <summary>
    /// The first tab in the indentation of a line. YamlDotNet reports a tab used as indentation at the start of the
    /// enclosing mapping, which can be far above the offending line.
    /// </summary>
    private static Mark? TabIndentation(string text)
    {
        var line = 1;
        var column = 1;
        var indenting = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                indenting = true;
                continue;
            }

            if (indenting && c == '\t')
            {
                return new Mark(0, line, column);
            }

            indenting &= c is ' ' or '-';
            column++;
        }

        return null;
    }
}
