using System.Globalization;
using System.Text;
using CampaignSim.Scenarios;

namespace CampaignSim.Cli.Running;

/// <summary>
/// Everything the command prints passes through here. Control characters other than line breaks and tabs are shown
/// as <c>\x1B</c> instead of reaching the terminal (a scenario name or a path holding an escape sequence could clear
/// the screen or rewrite what a reader sees), bidirectional formatting characters as <c>\u202E</c> (they would show
/// the text around them in another order, <see cref="BidiControls"/>), and the credentials of the connection strings
/// in use are masked, a last guard should a library put a connection string into a message.
/// </summary>
public sealed class SafeConsoleWriter : TextWriter
{
    /// <summary>Credentials shorter than this are not masked in printed text: masking "ab" would garble every word holding it.</summary>
    public const int ShortestMaskedSecret = 4;

    private readonly TextWriter _inner;
    private readonly string[] _secrets;

    /// <summary>Wraps <paramref name="inner"/>, masking <paramref name="secrets"/>.</summary>
    public SafeConsoleWriter(TextWriter inner, IEnumerable<string> secrets)
        : base(CultureInfo.InvariantCulture)
    {
        _inner = inner;
        _secrets = secrets.Where(s => s.Length >= ShortestMaskedSecret).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ToArray();
        NewLine = inner.NewLine;
    }

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <summary>The text as it may be shown on a terminal.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (BidiControls.Is(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else if (IsUnsafe(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            _inner.Write(Escape(value.ToString()));
        }
        else
        {
            _inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is not null)
        {
            _inner.Write(Escape(Mask(value)));
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value) => Write(value + new string(CoreNewLine));

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    private string Mask(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, EventStore.ConnectionSecrets.Mask, StringComparison.Ordinal);
        }

        return text;
    }

    private static bool IsUnsafe(char c) => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || BidiControls.Is(c);
}
