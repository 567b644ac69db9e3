namespace CampaignSim.Scenarios;

/// <summary>
/// The Unicode bidirectional formatting characters (Unicode Standard Annex #9, "Unicode Bidirectional Algorithm":
/// the marks ALM, LRM and RLM, the embeddings and overrides LRE, RLE, PDF, LRO and RLO, and the isolates LRI, RLI, FSI
/// and PDI). They are invisible, yet reorder how the text around them is shown: after U+202E (RLO) the name
/// "diner gnp.exe" reads "diner exe.png". Scenario text may hold none (docs/scenarios.md, "Input limits"), and what the
/// command line prints shows them escaped (docs/cli.md).
/// </summary>
public static class BidiControls
{
    /// <summary>Whether <paramref name="c"/> is one of them.</summary>
    public static bool Is(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The index of the first of them in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Is(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
