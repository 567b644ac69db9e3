using System.Linq.Expressions;
using System.Text.RegularExpressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>Text: free text, an identifier, or one of a fixed set of names.</summary>
internal sealed partial class TextField<T> : Field<T>
    where T : class
{
    private static readonly char[] Controls = Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(char.IsControl).ToArray();
    private static readonly char[] ControlsBarLayout = Controls.Where(c => c is not ('\n' or '\t' or '\r')).ToArray();
    private readonly Func<T, string?> get;
    private readonly Func<T, string?, T> set;

    public TextField(Expression<Func<T, string?>> getter, Func<T, string?, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
    }

    /// <summary>Letters, digits and dashes only (ids appear in reports and event streams).</summary>
    public bool IsId { get; init; }

    /// <summary>An empty value is allowed (and read as empty text).</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>An empty value is allowed and read as null.</summary>
    public bool AllowNull { get; init; }

    /// <summary>Longest value allowed, in characters.</summary>
    public int MaxLength { get; init; } = ScenarioLimits.MaxNameLength;

    /// <summary>Line breaks and tabs are allowed (a description); no other control character ever is.</summary>
    public bool Multiline { get; init; }

    /// <summary>When set, the value must be one of these.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    public override FieldShape Shape => FieldShape.Value;

    public override string TypeText =>
        Allowed is { } allowed ? $"one of: {YamlNames.List(allowed)}" : IsId ? "id (letters, digits, dashes)" : "text";

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path)
    {
        if (!ScalarText.TryText(node, reader, path, out var value))
        {
            return record;
        }

        // A block scalar (description: |) ends in a newline that is layout, not content.
        value = value?.TrimEnd();
        if (string.IsNullOrWhiteSpace(value))
        {
            if (AllowNull)
            {
                return set(record, null);
            }

            if (AllowEmpty)
            {
                return set(record, "");
            }

            reader.Report(node, path, $"expected {TypeText}, got nothing");
            return record;
        }

        if (value.Length > MaxLength)
        {
            reader.Report(node, path, $"is {value.Length:N0} characters long; at most {MaxLength:N0} are allowed");
            return record;
        }

        // Text is echoed to terminals and written into reports: an escape sequence in a name could clear a screen or
        // rewrite what a reader sees, and a bidirectional override could show it in another order.
        var control = value.IndexOfAny(Multiline ? ControlsBarLayout : Controls);
        if (control >= 0)
        {
            reader.Report(node, path, $"holds the control character U+{(int)value[control]:X4} at character {control + 1}; "
                + (Multiline ? "text may hold line breaks and tabs but no other control characters" : "text may hold no control characters"));
            return record;
        }

        var bidi = BidiControls.IndexIn(value);
        if (bidi >= 0)
        {
            reader.Report(node, path, $"holds the bidirectional formatting character U+{(int)value[bidi]:X4} at character {bidi + 1}; "
                + "text may hold none (invisible, they reorder how the text around them is shown)");
            return record;
        }

        if (IsId && !IdPattern().IsMatch(value))
        {
            reader.Report(node, path, $"'{value}' is not a valid id: use letters, digits and dashes only");
            return record;
        }

        if (Allowed is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
        {
            reader.Report(node, path, $"'{value}' is not allowed; {Suggestions.DidYouMean(value, allowed)}allowed values: {YamlNames.List(allowed)}");
            return record;
        }

        return set(record, value);
    }

    public override YamlNode? Write(T value, T? defaults) =>
        defaults is not null && string.Equals(get(value), get(defaults), StringComparison.Ordinal) ? null : new YamlScalarNode(get(value) ?? "");

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex IdPattern();
}
