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
//   CampaignSim.EngineAB floor FLOOR_DLL MODELS [BLOCKS] [RUNS]  (this build beside a floor, below)
// The floor is a console program that takes "WORKERS WEEKS RUNS" and simulates RUNS toy campaigns of WORKERS workers over
// WEEKS weeks on the calling thread (scripts/speed-vs-floor.sh builds one kept outside this repository); its entry point
// is called with "200 104 RUNS", its output set aside, and its thread CPU time per run compared with the engine's.
if (args.Length < 2 || (args[0] != "ab" && args[0] != "run" && args[0] != "floor") || (args[0] != "run" && args.Length < 3)
    || (args[0] == "ab" && args.Length < 4))
{
    Console.Error.WriteLine("usage: CampaignSim.EngineAB ab DIR_A DIR_B MODELS [BLOCKS] [RUNS] | run MODELS [BLOCKS] [RUNS] | floor FLOOR_DLL MODELS [BLOCKS] [RUNS]");
    return 2;
}

if (args[0] == "floor") return Floor.Compare(args[1], args.Skip(2).ToArray());

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
    internal static double ThreadCpuSeconds()
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

/// <summary>
/// The engine beside a hand-written floor on one thread: blocks of the floor's toy campaigns and of the engine's runs of the
/// same workplace (200 workers, 104 weeks) alternate, and the table gives each one's best block and the median over matched
/// blocks of the engine's speed as a share of the floor's (worker-weeks a second, engine ÷ floor).
/// </summary>
internal static class Floor
{
    private const int Workers = 200;
    private const int Weeks = 104;

    public static int Compare(string floorDll, string[] rest)
    {
        var models = rest[0].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var blocks = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 40;
        var runs = rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 150;
        var entry = Assembly.LoadFrom(Path.GetFullPath(floorDll)).EntryPoint
                    ?? throw new InvalidOperationException($"{floorDll} has no entry point");
        double FloorBlock(int n)
        {
            var output = Console.Out;
            Console.SetOut(TextWriter.Null);
            try
            {
                var start = Runner.ThreadCpuSeconds();
                entry.Invoke(null, [new[] { Workers.ToString(CultureInfo.InvariantCulture), Weeks.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture) }]);
                return (Runner.ThreadCpuSeconds() - start) * 1e6 / n;
            }
            finally
            {
                Console.SetOut(output);
            }
        }

        Console.WriteLine("| Model | floor: µs a run (best block) | engine: µs a run (best block) | engine, M worker-weeks/s (best block) | engine ÷ floor, speed (median of matched blocks) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var w = 0; w < 2; w++) FloorBlock(runs);
        foreach (var model in models)
        {
            for (var w = 0; w < 2; w++) Runner.Block(model, 1, 300);
            var floor = new List<double>();
            var engine = new List<double>();
            for (var b = 0; b < blocks; b++)
            {
                // Alternate which goes first, so neither always follows the other.
                if (b % 2 == 0)
                {
                    floor.Add(FloorBlock(runs));
                    engine.Add(Runner.Block(model, 1 + b * runs % 1000, runs));
                }
                else
                {
                    engine.Add(Runner.Block(model, 1 + b * runs % 1000, runs));
                    floor.Add(FloorBlock(runs));
                }
            }

            var ratios = floor.Zip(engine, (f, e) => f / e).Order().ToArray();
            var median = ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[ratios.Length / 2 - 1] + ratios[ratios.Length / 2]) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {model} | {floor.Min():F0} | {engine.Min():F0} | {Workers * Weeks / engine.Min():F1} | {median:F2} |"));
        }

        return 0;
    }
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
