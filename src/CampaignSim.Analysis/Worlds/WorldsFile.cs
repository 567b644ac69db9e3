using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CampaignSim.Analysis.Worlds;

/// <summary>
/// The plausible worlds as a versioned file (for example <c>calibration/worlds.json</c>): the engine version and seeds
/// that produced them, the targets and their variances, the parameters varied with their starting and kept ranges, and
/// each world's values and implausibilities. A robust comparison reads its worlds from here, so the file is the record of
/// what "plausible" meant; the same inputs write the same bytes (fixed key order, shortest round-trip numbers, "\n" line
/// ends), so a changed file in a diff is a changed answer.
/// </summary>
/// <param name="Version">The file format's version (<see cref="CurrentVersion"/> when written by this code).</param>
/// <param name="EngineVersion">The engine version the worlds were simulated with (<see cref="Domain.Simulation.EngineInfo.Version"/>);
/// worlds matched under other mechanics may no longer match.</param>
/// <param name="DesignSeed">The seed of the designs.</param>
/// <param name="RunSeed">The seed of the candidates' runs.</param>
/// <param name="Cutoff">The implausibility cutoff.</param>
/// <param name="Waves">Waves run.</param>
/// <param name="Simulated">Candidates simulated over all waves.</param>
/// <param name="Targets">The targets matched, with their variances.</param>
/// <param name="Parameters">The parameters varied, over their starting ranges.</param>
/// <param name="KeptRanges">Each parameter's range among the worlds, in the order of <paramref name="Parameters"/>.</param>
/// <param name="Worlds">The plausible worlds.</param>
public sealed record WorldsFile(
    int Version,
    string EngineVersion,
    ulong DesignSeed,
    ulong RunSeed,
    double Cutoff,
    int Waves,
    int Simulated,
    IReadOnlyList<HistoryTarget> Targets,
    IReadOnlyList<WorldParameter> Parameters,
    IReadOnlyList<ParameterRange> KeptRanges,
    IReadOnlyList<PlausibleWorld> Worlds)
{
    /// <summary>The format this code writes and the newest it reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The value of the file's <c>format</c> key, which tells a worlds file from any other JSON.</summary>
    public const string FormatName = "campaignsim-worlds";

    /// <summary>The first <paramref name="count"/> worlds (a random subset: the design's order is random); throws when the file holds fewer.</summary>
    public IReadOnlyList<PlausibleWorld> Take(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > Worlds.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The worlds file holds {Worlds.Count} plausible worlds, fewer than the {count} asked for.");
        }

        return Worlds.Take(count).ToArray();
    }

    /// <summary>The file's text.</summary>
    public string ToJson()
    {
        Check();
        var s = new StringBuilder();
        s.Append("{\n");
        s.Append("  \"format\": ").Append(Text(FormatName)).Append(",\n");
        s.Append("  \"version\": ").Append(Version.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        s.Append("  \"engineVersion\": ").Append(Text(EngineVersion)).Append(",\n");
        s.Append("  \"designSeed\": ").Append(DesignSeed.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        s.Append("  \"runSeed\": ").Append(RunSeed.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        s.Append("  \"cutoff\": ").Append(Number(Cutoff)).Append(",\n");
        s.Append("  \"waves\": ").Append(Waves.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        s.Append("  \"simulated\": ").Append(Simulated.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        s.Append("  \"targets\": [");
        for (var k = 0; k < Targets.Count; k++)
        {
            var t = Targets[k];
            s.Append(k == 0 ? "\n" : ",\n").Append("    { \"id\": ").Append(Text(t.Id))
                .Append(", \"published\": ").Append(Number(t.Published))
                .Append(", \"publishedVariance\": ").Append(Number(t.PublishedVariance))
                .Append(", \"discrepancyVariance\": ").Append(Number(t.DiscrepancyVariance))
                .Append(", \"oneCase\": ").Append(t.OneCase ? "true" : "false").Append(" }");
        }

        s.Append(Targets.Count == 0 ? "],\n" : "\n  ],\n");
        s.Append("  \"parameters\": [");
        for (var j = 0; j < Parameters.Count; j++)
        {
            var p = Parameters[j];
            s.Append(j == 0 ? "\n" : ",\n").Append("    { \"path\": ").Append(Text(p.Path))
                .Append(", \"kind\": ").Append(Text(KindName(p.Kind)))
                .Append(", \"min\": ").Append(Number(p.Min))
                .Append(", \"max\": ").Append(Number(p.Max))
                .Append(", \"keptMin\": ").Append(Number(KeptRanges[j].Low))
                .Append(", \"keptMax\": ").Append(Number(KeptRanges[j].High)).Append(" }");
        }

        s.Append(Parameters.Count == 0 ? "],\n" : "\n  ],\n");
        s.Append("  \"worlds\": [");
        for (var w = 0; w < Worlds.Count; w++)
        {
            var world = Worlds[w];
            s.Append(w == 0 ? "\n" : ",\n").Append("    { \"wave\": ").Append(world.Wave.ToString(CultureInfo.InvariantCulture))
                .Append(", \"index\": ").Append(world.Index.ToString(CultureInfo.InvariantCulture))
                .Append(", \"maxImplausibility\": ").Append(Number(world.MaxImplausibility))
                .Append(", \"secondImplausibility\": ").Append(Number(world.SecondImplausibility))
                .Append(",\n      \"values\": [").Append(string.Join(", ", world.Values.Select(Number))).Append(']')
                .Append(",\n      \"implausibilities\": [").Append(string.Join(", ", world.Implausibilities.Select(Number))).Append("] }");
        }

        s.Append(Worlds.Count == 0 ? "]\n" : "\n  ]\n");
        s.Append("}\n");
        return s.ToString();
    }

    /// <summary>Writes the file (UTF-8 without a byte-order mark).</summary>
    public void Write(string path) => File.WriteAllText(path, ToJson(), new UTF8Encoding(false));

    /// <summary>Reads a worlds file; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static WorldsFile Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>
    /// Parses a worlds file's text. Throws <see cref="FormatException"/> when it is not a worlds file, was written by a
    /// newer format, lacks a key, or its lists do not match (a world with more values than parameters).
    /// </summary>
    public static WorldsFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The worlds file is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != FormatName)
            {
                throw new FormatException($"This is not a worlds file: its \"format\" is not \"{FormatName}\".");
            }

            var version = Int(root, "version");
            if (version < 1 || version > CurrentVersion)
            {
                throw new FormatException($"The worlds file has format version {version}; this CampaignSim reads versions 1 to {CurrentVersion}.");
            }

            var targets = Array(root, "targets").Select(t => new HistoryTarget(
                String(t, "id"), Double(t, "published"), Double(t, "publishedVariance"), Double(t, "discrepancyVariance"), Bool(t, "oneCase"))).ToArray();
            var parameters = Array(root, "parameters").ToArray();
            var varied = parameters.Select(p => new WorldParameter(String(p, "path"), Kind(String(p, "kind")), Double(p, "min"), Double(p, "max"))).ToArray();
            var kept = parameters.Select(p => new ParameterRange(String(p, "path"), Double(p, "keptMin"), Double(p, "keptMax"))).ToArray();
            var worlds = Array(root, "worlds").Select((w, i) =>
            {
                var values = Array(w, "values").Select(v => Number(v, "values")).ToArray();
                var implausibilities = Array(w, "implausibilities").Select(v => Number(v, "implausibilities")).ToArray();
                if (values.Length != varied.Length)
                {
                    throw new FormatException($"World {i + 1} has {values.Length} values for {varied.Length} parameters.");
                }

                if (implausibilities.Length != targets.Length)
                {
                    throw new FormatException($"World {i + 1} has {implausibilities.Length} implausibilities for {targets.Length} targets.");
                }

                return new PlausibleWorld(Int(w, "wave"), Int(w, "index"), values, implausibilities,
                    Double(w, "maxImplausibility"), Double(w, "secondImplausibility"));
            }).ToArray();

            return new WorldsFile(version, String(root, "engineVersion"), ULong(root, "designSeed"), ULong(root, "runSeed"), Double(root, "cutoff"),
                Int(root, "waves"), Int(root, "simulated"), targets, varied, kept, worlds);
        }
    }

    /// <summary>The name a kind is written under.</summary>
    public static string KindName(WorldValueKind kind) => kind switch
    {
        WorldValueKind.Whole => "whole",
        WorldValueKind.Switch => "switch",
        _ => "continuous",
    };

    private static WorldValueKind Kind(string name) => name switch
    {
        "continuous" => WorldValueKind.Continuous,
        "whole" => WorldValueKind.Whole,
        "switch" => WorldValueKind.Switch,
        _ => throw new FormatException($"Unknown parameter kind \"{name}\" (continuous, whole or switch)."),
    };

    private void Check()
    {
        if (KeptRanges.Count != Parameters.Count)
        {
            throw new InvalidOperationException($"{KeptRanges.Count} kept ranges for {Parameters.Count} parameters.");
        }

        foreach (var w in Worlds)
        {
            if (w.Values.Count != Parameters.Count || w.Implausibilities.Count != Targets.Count)
            {
                throw new InvalidOperationException("A world's values or implausibilities do not match the parameters or targets.");
            }
        }
    }

    private static string Text(string value) => JsonSerializer.Serialize(value);

    /// <summary>A number in its shortest round-trip form, so reading the file back gives the same doubles and writing them the same bytes.</summary>
    private static string Number(double value) => double.IsFinite(value)
        ? value.ToString("R", CultureInfo.InvariantCulture)
        : throw new InvalidOperationException("A worlds file holds only finite numbers; a world with an infinite implausibility is not plausible.");

    private static JsonElement Property(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value) ? value : throw new FormatException($"The worlds file lacks \"{name}\".");

    private static IEnumerable<JsonElement> Array(JsonElement e, string name)
    {
        var value = Property(e, name);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new FormatException($"\"{name}\" is not a list.");
    }

    private static string String(JsonElement e, string name)
    {
        var value = Property(e, name);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"\"{name}\" is not text.");
    }

    private static double Double(JsonElement e, string name) => Number(Property(e, name), name);

    private static double Number(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d) ? d : throw new FormatException($"\"{name}\" is not a number.");

    private static int Int(JsonElement e, string name)
    {
        var value = Property(e, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i) ? i : throw new FormatException($"\"{name}\" is not a whole number.");
    }

    private static ulong ULong(JsonElement e, string name)
    {
        var value = Property(e, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var u) ? u : throw new FormatException($"\"{name}\" is not a seed (a whole number from 0).");
    }

    private static bool Bool(JsonElement e, string name)
    {
        var value = Property(e, name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"\"{name}\" is not true or false."),
        };
    }
}
