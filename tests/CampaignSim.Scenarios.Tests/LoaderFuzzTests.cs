using System.Diagnostics;
using CsCheck;

namespace CampaignSim.Scenarios.Tests;

/// <summary>
/// The loader survives any text: every input either loads or is refused with <see cref="ScenarioException"/> (exit 2
/// at the command line), within 1 GB of allocation (the deterministic sign of an input that blows up; how fast the
/// loader is belongs to the benchmarks), and without hanging (two minutes per input, far above any real load). Inputs are the shipped scenarios edited at random
/// (inserted YAML punctuation, control characters, anchors and aliases, deep brackets, repeated stretches, cuts) and
/// random <c>--set</c> overrides; CsCheck shrinks any failure to a small input and prints the seed that found it
/// (<c>CsCheck_Seed=…</c> replays it). Every run draws new inputs; <c>CAMPAIGNSIM_FUZZ_INPUTS</c> sets how many per test
/// (3,000 by default, about 5 s each on two cores). A stack overflow cannot be caught: it ends the test host, which
/// fails the run with the stack on stderr.
/// </summary>
public class LoaderFuzzTests
{
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("CAMPAIGNSIM_FUZZ_INPUTS"), out var n) ? n : 3_000;
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(2);
    private const long MaxAllocatedBytes = 1L << 30;

    private static readonly string[] Shipped = Directory.GetFiles(ScenarioCatalog.Shipped().Directory, "*.yaml")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly Gen<string> Payload = Gen.Frequency(
        (4, Gen.Char["[]{}:-,\"'&*!|>#%@?\t\n \\~0123456789.e+abcxyz"].Array[0, 12].Select(c => new string(c))),
        (2, Gen.OneOf("\u001b[2J", "\0", "\uFEFF", "\u0085", "\uD800", "&a [*a, *a]", "*a", "<<: *x", "!!binary AAAA", "---\n", "...\n",
            "? ", "\"\\x00\"", "1e999", "-1", "NaN", ".inf", "99999999999999999999", "- ", "\n  - ", "workplaces: ", "weeks: ", "{", "[", "\t")),
        (1, Gen.String));

    private static readonly Gen<Mutation> Mutations = Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Int[0, 200], Payload,
        Gen.Frequency((8, Gen.Int[1, 3]), (1, Gen.Int[1, 40_000])),
        (kind, at, length, payload, times) => new Mutation(kind, at, length, payload, times));

    private static readonly Gen<(string Text, Mutation[] Edits)> EditedScenarios = Gen.Select(Gen.Int[0, Shipped.Length - 1], Mutations.Array[1, 6],
        (k, edits) => (Shipped[k], edits));

    private static readonly Gen<string> Sets = Gen.Select(
        Gen.OneOf("weeks", "name", "workplace.workers", "workplace.shocks[0]", "workplace", "workplaces[1].demands", "legal", "x..y", "workplace.jobClasses[99]"),
        Payload.Array[1, 3], Gen.Int[1, 3],
        (path, parts, times) => $"{path}={string.Concat(Enumerable.Repeat(string.Concat(parts), times))}");

    [Fact]
    public void the_loader_loads_or_refuses_any_edited_scenario_within_the_limits()
    {
        EditedScenarios.Sample(input =>
        {
            var text = input.Edits.Aggregate(input.Text, (t, m) => m.ApplyTo(t));
            LoadsOrRefuses(() => ScenarioLoader.Parse(text, "fuzz.yaml"));
        }, iter: Inputs, threads: 1, print: input => string.Join("; ", input.Edits.Select(e => e.ToString())));
    }

    [Fact]
    public void the_loader_loads_or_refuses_any_set_override_within_the_limits()
    {
        Gen.Select(Gen.Int[0, Shipped.Length - 1], Sets.Array[1, 4]).Sample((k, sets) =>
            LoadsOrRefuses(() => ScenarioLoader.Parse(Shipped[k], "fuzz.yaml", sets)), iter: Inputs, threads: 1);
    }

    private static void LoadsOrRefuses(Action load)
    {
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            load();
        }
        catch (ScenarioException e)
        {
            Assert.All(e.Errors, error => Assert.DoesNotContain("--- End of stack trace", error.Message));
        }

        Assert.True(clock.Elapsed < Hang, $"one input hung for {clock.Elapsed.TotalSeconds:F0} s");
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(bytes < MaxAllocatedBytes, $"one input allocated {bytes / 1e6:F0} MB");
    }
}
