namespace CampaignSim.Workbench;

/// <summary>The SHA-256 of a text's UTF-8 bytes in lower-case hex: the page's keys and ids are made from it.</summary>
internal static class Sha256Text
{
    /// <summary>The 64 hex digits of the SHA-256 of <paramref name="text"/>.</summary>
    public static string Hex(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
