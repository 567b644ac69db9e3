using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

// Two builds of the engine side by side in one process (scripts/engine-ab.sh builds them; docs/performance.md reports
// what it measured). Each build's copy of this program is loaded with its own domain assembly into a load context of
// its own, and blocks of runs of the two alternate on one thread, so that both see the same machine; the figure is the
// thread's CPU time per run. Usage:
//   CampaignSim.EngineAB ab DIR_A DIR_B MODELS [BLOCKS] [RUNS]   (MODELS comma-separated; default 40 blocks of 150 runs)
//   CampaignSim.EngineAB run MODELS [BLOCKS] [RUNS]              (this build alone)
if (args.Length < 2 || (args[0] != "ab" && args[0] != "run") || (args[0] == "ab" && args.Length < 4))
{
    Console.Error.WriteLine("usage: CampaignSim.EngineAB ab DIR_A DIR_B MODELS [BLOCKS] [RUNS] | run MODELS [BLOCKS] [RUNS]");
    return 2;
}

var ab = args[0] == "ab";
var rest = args.Skip(ab ? 3 : 1).ToArray();
var models = rest[0].Split(',', StringSplitOptions.RemoveEmptyEntries);
var blocks = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 40;
var runs = rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 150;
Func<string, int, int, double>[] builds = ab
    ? [Load(args[1]), Load(args[2])]
    : [Runner.Block];

Console.WriteLine(ab
    ? "| Model | A: µs a run (best block) | B: µs a run (best block) | B ÷ A (median of matched blocks) |\n|---|---:|---:|---:|"
    : "| Model | µs a run (best block) | median block |\n|---|---:|---:|");
foreach (var model in models)
{
    // Warm-up: every build runs long enough for its hot methods to reach the optimising tier.
    for (var w = 0; w < 2; w++) foreach (var build in builds) build(model, 1, 300);
    var times = builds.Select(_ => new List<double>()).ToArray();
    for (var b = 0; b < blocks; b++)
    {
        for (var k = 0; k < builds.Length; k++)
        {
            // Alternate which build goes first, so neither always follows the other.
            var which = b % 2 == 0 ? k : builds.Length - 1 - k;
            times[which].Add(builds[which](model, 1 + b * runs % 1000, runs));
        }
    }

    Console.WriteLine(ab
        ? string.Create(CultureInfo.InvariantCulture, $"| {model} | {times[0].Min():F0} | {times[1].Min():F0} | {Median(times[1].Zip(times[0], (x, y) => x / y)):F3} |")
        : string.Create(CultureInfo.InvariantCulture, $"| {model} | {times[0].Min():F0} | {Median(times[0]):F0} |"));
}

return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static Func<string, int, int, double> Load(string directory)
{
    var context = new BuildContext(Path.GetFullPath(directory));
    var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(directory), "CampaignSim.EngineAB.dll"));
    var block = assembly.GetType("Runner")!.GetMethod(nameof(Runner.Block))!;
    return block.CreateDelegate<Func<string, int, int, double>>();
}

/// <summary>Runs of the default 200-worker workplace (every setting at its default, 104 weeks), as the floor's toy campaign is sized.</summary>
public static class Runner
{
    private static readonly Scenario Default200 = new()
    {
        Name = "Default 200-worker workplace",
        Weeks = 104,
        Workplaces = [new WorkplaceSpec { Id = "w", Name = "Workplace", Workers = 200 }],
    };

    private static readonly string Hash = ScenarioHash.Compute(Default200);

    /// <summary>Runs <paramref name="runs"/> campaigns of <paramref name="model"/> from seed <paramref name="seed"/> and answers the thread's CPU time per run, in µs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static double Block(string model, int seed, int runs)
    {
        var start = ThreadCpuSeconds();
        for (var i = 0; i < runs; i++) CampaignEngine.Run(Default200, model, (ulong)(seed + i), Hash);
        return (ThreadCpuSeconds() - start) * 1e6 / runs;
    }

    /// <summary>The calling thread's CPU time (Linux: CLOCK_THREAD_CPUTIME_ID); elsewhere the process's.</summary>
    private static double ThreadCpuSeconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0) return time.Seconds + time.Nanoseconds * 1e-9;
        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}

/// <summary>Loads one build's own CampaignSim assemblies; everything else comes from the shared framework.</summary>
internal sealed class BuildContext(string directory) : AssemblyLoadContext(name: null, isCollectible: false)
{
    protected override Assembly? Load(AssemblyName name)
    {
        var path = Path.Combine(directory, name.Name + ".dll");
        return name.Name!.StartsWith("CampaignSim", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
