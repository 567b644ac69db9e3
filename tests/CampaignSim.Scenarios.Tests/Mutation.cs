namespace CampaignSim.Scenarios.Tests;

/// <summary>
/// One edit of a scenario text, for the loader fuzz test: at a relative position, delete some characters, insert a
/// payload (repeated), or copy a stretch of the text over itself many times.
/// </summary>
/// <param name="Kind">0 insert, 1 delete, 2 replace, 3 repeat a stretch, 4 truncate.</param>
/// <param name="At">Where, as a fraction of the text's length.</param>
/// <param name="Length">How many characters to delete, replace or repeat.</param>
/// <param name="Payload">What to insert.</param>
/// <param name="Times">How often the payload or the stretch is repeated.</param>
public sealed record Mutation(int Kind, double At, int Length, string Payload, int Times)
{
    /// <summary>The text with this edit applied.</summary>
    public string ApplyTo(string text)
    {
        var at = Math.Clamp((int)(At * text.Length), 0, text.Length);
        var length = Math.Min(Length, text.Length - at);
        var payload = string.Concat(Enumerable.Repeat(Payload, Times));
        return Kind switch
        {
            0 => text.Insert(at, payload),
            1 => text.Remove(at, length),
            2 => text.Remove(at, length).Insert(at, payload),
            3 => text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), Times))),
            _ => text[..at],
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind}@{At:F3} len {Length} x{Times} '{Payload.Replace("\n", "\\n", StringComparison.Ordinal)}'";
}
