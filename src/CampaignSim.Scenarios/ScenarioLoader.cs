using System.Security.Cryptography;
using System.Text;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Scenarios.Loading;
using CampaignSim.Scenarios.Schema;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios;

/// <summary>
/// Reads a scenario YAML file into <see cref="Scenario"/>, applying <c>--set</c> overrides and checking every value
/// against the ranges documented on the scenario records. Keys the file leaves out keep the record defaults.
/// </summary>
public static class ScenarioLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads and validates the scenario file at <paramref name="path"/>.</summary>
    /// <param name="path">A YAML scenario file.</param>
    /// <param name="sets">Overrides as <c>path=value</c>, e.g. <c>workplaces[0].employer.hostility=0.8</c>; applied in order.</param>
    /// <exception cref="ScenarioException">The file is missing or unreadable, or has any problem; every problem found is listed.</exception>
    public static LoadedScenario Load(string path, IReadOnlyList<string>? sets = null)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                throw Single(path, "is a folder, not a scenario file (give a .yaml file)");
            }

            if (!File.Exists(path))
            {
                throw Single(path, $"no such scenario file (looked for {Path.GetFullPath(path)})");
            }

            bytes = ReadAtMost(path, ScenarioLimits.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Single(path, $"cannot read the file: {e.Message}");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Single(path, "is not UTF-8 text");
        }

        var scenario = Read(text.TrimStart('\uFEFF'), path, sets ?? []);
        return new LoadedScenario(scenario, Path.GetFullPath(path), Hex(bytes), [.. sets ?? []]);
    }

    /// <summary>Parses and validates scenario YAML held in memory.</summary>
    /// <param name="yamlText">The YAML text.</param>
    /// <param name="fileNameForMessages">Name used as the file in error messages and as <see cref="LoadedScenario.SourcePath"/>.</param>
    /// <param name="sets">Overrides as <c>path=value</c>; applied in order.</param>
    /// <exception cref="ScenarioException">Any problem in the text or the overrides; every problem found is listed.</exception>
    public static LoadedScenario Parse(string yamlText, string fileNameForMessages, IReadOnlyList<string>? sets = null)
    {
        if (Encoding.UTF8.GetByteCount(yamlText) > ScenarioLimits.MaxFileBytes)
        {
            throw TooLarge(fileNameForMessages);
        }

        var scenario = Read(yamlText, fileNameForMessages, sets ?? []);
        return new LoadedScenario(scenario, fileNameForMessages, Hex(Encoding.UTF8.GetBytes(yamlText)), [.. sets ?? []]);
    }

    private static Scenario Read(string text, string fileName, IReadOnlyList<string> sets)
    {
        var reader = new ScenarioReader(fileName);
        var root = LoadRoot(text, reader);
        if (root is null)
        {
            throw new ScenarioException(reader.SortedErrors());
        }

        SetOverrides.Apply(root, sets, reader);
        reader.Remember("", root);
        var scenario = ScenarioSchema.Root.Read(root, new Scenario(), reader, "");
        ScenarioRules.Check(scenario, reader);

        if (reader.Errors.Count > 0)
        {
            throw new ScenarioException(reader.SortedErrors());
        }

        return scenario;
    }

    private static YamlMappingNode? LoadRoot(string text, ScenarioReader reader)
    {
        var stream = YamlLoading.TryLoad(text, (at, message) =>
            reader.Add(new ScenarioError(reader.FileName, (int)at.Line, (int)at.Column, "(file)", message)));
        if (stream is null)
        {
            return null;
        }

        if (stream.Documents.Count == 0 || YamlNames.IsNull(stream.Documents[0].RootNode))
        {
            reader.Add(new ScenarioError(reader.FileName, 1, 1, "(file)",
                "the document is empty; a scenario is a mapping with keys such as: " + ScenarioSchema.Root.AllowedKeys));
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            reader.Report(second, "(file)", "only one YAML document is allowed in a scenario file; remove the second '---' and what follows, or split it into its own file");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            reader.Report(node, "", $"expected a mapping at the top level with keys ({ScenarioSchema.Root.AllowedKeys}), got {YamlNames.Describe(node)}");
            return null;
        }

        return root;
    }

    /// <summary>
    /// The file's bytes, reading no more than <paramref name="limit"/> + 1 of them: the size a file reports cannot be
    /// trusted (a device such as /dev/zero reports 0 and never ends).
    /// </summary>
    private static byte[] ReadAtMost(string path, int limit)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (file.CanSeek && file.Length > limit)
        {
            throw TooLarge(path);
        }

        var buffer = new byte[limit + 1];
        var count = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return count > limit ? throw TooLarge(path) : buffer[..count];
    }

    private static ScenarioException TooLarge(string path) =>
        Single(path, $"is larger than {ScenarioLimits.MaxFileBytes / 1024 / 1024} MiB ({ScenarioLimits.MaxFileBytes:N0} bytes), the largest scenario file allowed; "
            + "a scenario is a few kilobytes of YAML");

    private static ScenarioException Single(string path, string message) =>
        new([new ScenarioError(path, 0, 0, "(file)", message)]);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
