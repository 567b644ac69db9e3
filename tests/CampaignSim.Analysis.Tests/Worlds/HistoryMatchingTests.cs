using CampaignSim.Analysis.Worlds;
using CampaignSim.Domain.Infrastructure;

namespace CampaignSim.Analysis.Tests.Worlds;

/// <summary>
/// History matching on a toy simulator whose answer is known from how it is built: four parameters (two continuous, a
/// whole number and a switch), four targets published at the values the true parameters give, and noisy samples. The kept
/// set must contain the truth, exclude worlds far from it, and narrow in waves; every expectation follows from the toy's
/// definition and the implausibility formula, not from the code.
/// </summary>
public class HistoryMatchingTests
{
    /// <summary>The true parameters: x = 0.3, y = 0.7, n = 4, switch on.</summary>
    private static readonly double[] Truth = [0.3, 0.7, 4, 1];

    /// <summary>Standard deviation of one sample of the toy simulator.</summary>
    private const double Noise = 0.1;

    /// <summary>Samples the toy simulator draws per target.</summary>
    private const int Samples = 25;

    private static readonly WorldParameter[] Parameters =
    [
        new("x", WorldValueKind.Continuous, 0, 1),
        new("y", WorldValueKind.Continuous, 0, 1),
        new("n", WorldValueKind.Whole, 0, 10),
        new("s", WorldValueKind.Switch, 0, 1),
    ];

    /// <summary>
    /// Published at the truth: x + y = 1, x − y = −0.4, n / 10 = 0.4, switch = 1; each with a published sd of 0.01 and a
    /// discrepancy sd of 0.04. With the simulated mean's variance 0.1² / 25 the total sd is √0.0021 ≈ 0.046, so a world is
    /// kept when each figure is within 0.137 of the published one: x within 0.137 of 0.3, y of 0.7, n from 3 to 5, the switch on.
    /// </summary>
    private static readonly HistoryTarget[] Targets =
    [
        new("sum", 1.0, 0.0001, 0.0016),
        new("difference", -0.4, 0.0001, 0.0016),
        new("tenths", 0.4, 0.0001, 0.0016),
        new("switch", 1.0, 0.0001, 0.0016),
    ];

    private static readonly HistoryMatchingOptions Options = new() { CandidatesPerWave = 1000, DesignSeed = 5, RunSeed = 11 };

    private static readonly Lazy<HistoryMatchingResult> Matched = new(() => HistoryMatching.Run(Parameters, Targets, Toy, Options));

    /// <summary>The toy simulator: each target's exact value plus normal noise, from a generator seeded by the candidate's seed.</summary>
    private static IReadOnlyList<SimulatedTarget> Toy(WorldCandidate candidate)
    {
        var v = candidate.Values;
        double[] exact = [v[0] + v[1], v[0] - v[1], v[2] / 10, v[3]];
        var rng = new Pcg32(candidate.Seed, 77);
        return exact.Select(e => SimulatedTarget.FromSamples(Enumerable.Range(0, Samples).Select(_ => rng.NextNormal(e, Noise)).ToArray())).ToArray();
    }

    [Fact]
    public void implausibility_is_the_distance_in_standard_deviations_of_everything_that_separates_world_and_record()
    {
        // 0.16 apart; variances 0.0025 (published) + 0.0016 (discrepancy) + 0.25 / 100 (the simulated mean) = 0.0066.
        var target = new HistoryTarget("t", 0.34, 0.0025, 0.0016);
        var simulated = new SimulatedTarget(0.5, 0.25, 100);

        Assert.Equal(0.16 / Math.Sqrt(0.0066), Implausibility.Of(target, simulated), 12);
        // One case: the world is one draw, so a single run's variance 0.25 × (1 + 1/100) replaces that of the mean.
        Assert.Equal(0.16 / Math.Sqrt(0.0041 + 0.2525), Implausibility.Of(target with { OneCase = true }, simulated), 12);
        Assert.Equal(double.PositiveInfinity, Implausibility.Of(target, SimulatedTarget.None));
        Assert.Equal((5.0, 2.0), Implausibility.Largest([1, 5, 2]));
    }

    [Fact]
    public void a_published_band_is_read_as_two_standard_deviations()
    {
        var t = HistoryTarget.FromBand("t", 0.34, halfWidth95: 0.1, discrepancySd: 0.05);

        Assert.Equal(Math.Pow(0.1 / 1.959963984540054, 2), t.PublishedVariance, 15);
        Assert.Equal(0.0025, t.DiscrepancyVariance, 15);
    }

    [Fact]
    public void the_kept_set_contains_the_true_parameters_and_excludes_far_ones()
    {
        var result = Matched.Value;
        var ranges = result.KeptRanges;

        Assert.NotEmpty(result.Worlds);
        for (var j = 0; j < Parameters.Length; j++)
        {
            Assert.True(ranges[j].Contains(Truth[j]), $"{Parameters[j].Path}: {ranges[j]} does not contain {Truth[j]}");
        }

        // |x + y − 1| and |x − y + 0.4| must both stay under 3 × 0.046, so x and y lie within 0.137 of the truth (plus noise).
        Assert.All(result.Worlds, w =>
        {
            Assert.InRange(w.Values[0], 0.15, 0.45);
            Assert.InRange(w.Values[1], 0.55, 0.85);
            Assert.InRange(w.Values[2], 3, 5);
            Assert.Equal(1, w.Values[3]);
            Assert.True(w.MaxImplausibility < 3);
            Assert.True(w.SecondImplausibility <= w.MaxImplausibility);
        });

        var truth = Toy(new WorldCandidate(0, 0, Truth, 11));
        Assert.All(Targets.Select((t, k) => Implausibility.Of(t, truth[k])), i => Assert.True(i < 3, $"the truth has implausibility {i}"));
        var far = Toy(new WorldCandidate(0, 0, [0.9, 0.9, 9, 0], 11));
        Assert.All(Targets.Select((t, k) => Implausibility.Of(t, far[k])), i => Assert.True(i >= 3, $"a far world has implausibility {i}"));
    }

    [Fact]
    public void the_waves_narrow_the_box_until_it_no_longer_moves()
    {
        var result = Matched.Value;

        Assert.Equal(WaveStopReason.Stable, result.StopReason);
        Assert.InRange(result.Waves.Count, 2, Options.MaxWaves);
        Assert.Equal(Parameters.Select(p => p.Range), result.Waves[0].Box);
        Assert.True(result.Waves[1].Box[0].Width < 0.5, $"wave 2 samples x over {result.Waves[1].Box[0]}");
        Assert.True(result.Waves[^1].Kept > result.Waves[0].Kept, "the last wave should keep more candidates than the first, as it samples where the record allows");
        // Wave 1 keeps too few to narrow from, so it refocuses on the ten least implausible; later waves keep enough.
        Assert.True(result.Waves[0].RefocusCutoff > 3);
        Assert.Equal(Options.MinimumKept, result.Waves[0].Refocused);
        Assert.All(result.Waves.Skip(1), w => Assert.Equal(3, w.RefocusCutoff));
        // The box's last move is within 5% of its width at each end.
        var last = result.Waves[^1];
        Assert.All(last.Box.Zip(last.NextBox), b => Assert.True(Math.Abs(b.Second.Low - b.First.Low) <= 0.05 * b.First.Width + 1e-12
            && Math.Abs(b.Second.High - b.First.High) <= 0.05 * b.First.Width + 1e-12, $"{b.First} moved to {b.Second}"));
        Assert.Equal(result.Waves[^1].Kept, result.Worlds.Count);
    }

    [Fact]
    public void each_target_is_shown_constraining_its_own_parameters_and_not_the_others()
    {
        var wave = Matched.Value.Waves[0];
        TargetConstraint Link(string target, string path) => wave.Constraints.Single(c => c.TargetId == target && c.Path == path);

        // "tenths" reads only n: it rules out every tenth of n's range but those holding 3, 4 and 5, and nothing depends on x.
        Assert.True(Link("tenths", "n").Contrast > 0.9);
        Assert.True(Link("tenths", "x").Contrast < 0.2);
        Assert.True(Link("switch", "s").Contrast > 0.9);
        Assert.True(Math.Abs(Link("switch", "x").Correlation) < 0.15);
        Assert.Contains(wave.Strongest(4), c => c.TargetId == "tenths" && c.Path == "n");
        // n is uniform on the 11 whole numbers 0–10, and 8 of them are ruled out.
        Assert.InRange(wave.Rulings.Single(r => r.TargetId == "tenths").Share, 0.68, 0.78);
    }

    [Fact]
    public void the_result_does_not_depend_on_the_number_of_threads_and_the_design_seed_changes_it()
    {
        var one = HistoryMatching.Run(Parameters, Targets, Toy, Options with { MaxDegreeOfParallelism = 1 });
        var other = HistoryMatching.Run(Parameters, Targets, Toy, Options with { DesignSeed = 6 });

        Assert.Equal(Matched.Value.ToWorldsFile("test").ToJson(), one.ToWorldsFile("test").ToJson());
        Assert.NotEqual(Matched.Value.ToWorldsFile("test").ToJson(), other.ToWorldsFile("test").ToJson());
    }

    [Fact]
    public void a_simulator_given_each_wave_whole_matches_as_one_given_a_candidate_at_a_time_does()
    {
        var waves = new List<int>();
        var whole = HistoryMatching.Run(Parameters, Targets, candidates =>
        {
            waves.Add(candidates.Count);
            return candidates.Select(Toy).ToArray();
        }, Options);

        Assert.Equal(Matched.Value.ToWorldsFile("test").ToJson(), whole.ToWorldsFile("test").ToJson());
        // One call per wave, each with the wave's whole design.
        Assert.Equal(Matched.Value.Waves.Select(w => w.Simulated), waves);
    }

    [Fact]
    public void the_emulator_screens_out_implausible_proposals_and_every_kept_world_is_still_simulated()
    {
        var screened = HistoryMatching.Run(Parameters, Targets, Toy, Options with { Emulator = true });
        var plain = Matched.Value;

        Assert.True(screened.Waves[1].ScreenedOut > 0);
        Assert.Equal(screened.Waves[1].Proposed - screened.Waves[1].ScreenedOut, screened.Waves[1].Simulated);
        Assert.True((double)screened.Waves[1].Kept / screened.Waves[1].Simulated > (double)plain.Waves[1].Kept / plain.Waves[1].Simulated,
            "the screen should raise the share of simulated candidates that are kept");
        Assert.All(Parameters.Select((p, j) => (Range: screened.KeptRanges[j], Truth: Truth[j])), r => Assert.True(r.Range.Contains(r.Truth)));
        Assert.All(screened.Worlds, w =>
        {
            var simulated = Toy(new WorldCandidate(w.Wave, w.Index, w.Values, HistoryMatching.CandidateSeed(screened.Options, w.Wave, w.Index)));
            Assert.Equal(w.MaxImplausibility, Targets.Select((t, k) => Implausibility.Of(t, simulated[k])).Max(), 12);
        });
    }

    /// <summary>
    /// Three blocks of two parameters, each pair read by one target only: a + b, c + d and e + f must each be 1 within
    /// about 0.07 (published sd 0.01, discrepancy sd 0.02, simulated mean sd 0.01: a total sd of about 0.024, times 3).
    /// A uniform pair meets its band about one time in seven, and all three bands about one time in 350; the band is a
    /// diagonal, so the box around the kept pairs stays the whole square, and narrowing boxes cannot help.
    /// </summary>
    private static readonly WorldParameter[] Pairs = new[] { "a", "b", "c", "d", "e", "f" }.Select(n => new WorldParameter(n, WorldValueKind.Continuous, 0, 1)).ToArray();

    private static readonly HistoryTarget[] PairSums = [new("ab", 1, 0.0001, 0.0004), new("cd", 1, 0.0001, 0.0004), new("ef", 1, 0.0001, 0.0004)];

    private static readonly Dictionary<string, IReadOnlyList<string>> PairBlocks = new()
    {
        ["a"] = ["ab"], ["b"] = ["ab"], ["c"] = ["cd"], ["d"] = ["cd"], ["e"] = ["ef"], ["f"] = ["ef"],
    };

    private static IReadOnlyList<SimulatedTarget> PairToy(WorldCandidate candidate)
    {
        var v = candidate.Values;
        var rng = new Pcg32(candidate.Seed, 79);
        return Enumerable.Range(0, 3).Select(k => SimulatedTarget.FromSamples(Enumerable.Range(0, Samples).Select(_ => rng.NextNormal(v[2 * k] + v[2 * k + 1], 0.05)).ToArray())).ToArray();
    }

    [Fact]
    public void recombining_blocks_finds_worlds_where_each_target_constrains_its_own_parameters_and_boxes_cannot_narrow()
    {
        var options = new HistoryMatchingOptions { CandidatesPerWave = 300, MaxWaves = 4, DesignSeed = 3, RunSeed = 5, ConstrainedBy = PairBlocks };
        var plain = HistoryMatching.Run(Pairs, PairSums, PairToy, options);
        var recombined = HistoryMatching.Run(Pairs, PairSums, PairToy, options with { Recombine = true });

        // Sampling the square keeps about one candidate in 350 in every wave: the box cannot narrow onto a diagonal.
        Assert.All(plain.Waves, w => Assert.True(w.Kept <= 5, $"wave {w.Wave} kept {w.Kept} without recombining"));
        Assert.Equal(0, recombined.Waves[0].Recombined);
        Assert.True(recombined.Waves[1].Recombined > 0);
        // Built from pairs that met their own band, most recombined candidates meet all three.
        Assert.True(recombined.Worlds.Count > 100, $"recombining kept {recombined.Worlds.Count} of the last wave's {recombined.Waves[^1].Simulated}");
        Assert.All(recombined.Worlds, w =>
        {
            for (var k = 0; k < 3; k++) Assert.InRange(w.Values[2 * k] + w.Values[2 * k + 1], 0.9, 1.1);
            Assert.True(w.MaxImplausibility < 3);
            Assert.All(w.Values, x => Assert.InRange(x, 0, 1));
        });
        // The worlds still spread along each diagonal rather than collapsing on a few copies.
        Assert.True(recombined.KeptRanges[0].Width > 0.5, $"a spans {recombined.KeptRanges[0]}");
        Assert.True(recombined.Worlds.Select(w => w.Values[0]).Distinct().Count() > recombined.Worlds.Count / 2);
        // Seeded like the rest: one thread gives the same worlds.
        var oneThread = HistoryMatching.Run(Pairs, PairSums, PairToy, options with { Recombine = true, MaxDegreeOfParallelism = 1 });
        Assert.Equal(recombined.ToWorldsFile("test").ToJson(), oneThread.ToWorldsFile("test").ToJson());
    }

    [Fact]
    public void recombining_needs_to_know_which_targets_constrain_which_parameters()
    {
        var options = new HistoryMatchingOptions { CandidatesPerWave = 20, MaxWaves = 2, Recombine = true };

        Assert.Throws<ArgumentException>(() => HistoryMatching.Run(Pairs, PairSums, PairToy, options));
        Assert.Throws<ArgumentException>(() => HistoryMatching.Run(Pairs, PairSums, PairToy,
            options with { ConstrainedBy = new Dictionary<string, IReadOnlyList<string>> { ["a"] = ["no-such-target"] } }));
    }

    [Fact]
    public void where_the_box_keeps_moving_matching_stops_once_the_kept_set_has_settled()
    {
        // With no tolerance the box rule cannot be met (x's and y's outermost kept values move by chance every wave), so
        // only the settled rule can end the match before the largest number of waves.
        var options = Options with { StabilityTolerance = 0, MaxWaves = 12 };
        var settled = HistoryMatching.Run(Parameters, Targets, Toy, options);

        Assert.Equal(WaveStopReason.Settled, settled.StopReason);
        Assert.InRange(settled.Waves.Count, 3, options.MaxWaves - 1);
        Assert.True(settled.Waves[^1].Shift!.Settled);
        Assert.Equal(settled.Waves[^3].Kept, settled.Waves[^1].Shift!.KeptBefore);
        Assert.All(settled.Waves.Take(2), w => Assert.Null(w.Shift));
        Assert.All(settled.Waves.Skip(2).SkipLast(1), w => Assert.False(w.Shift?.Settled ?? false, $"wave {w.Wave} had settled already"));
        for (var j = 0; j < Parameters.Length; j++) Assert.True(settled.KeptRanges[j].Contains(Truth[j]));

        // Off, the same waves run on to the largest number.
        var unsettled = HistoryMatching.Run(Parameters, Targets, Toy, options with { StopWhenSettled = false });
        Assert.Equal(WaveStopReason.MaximumWaves, unsettled.StopReason);
        Assert.Equal(options.MaxWaves, unsettled.Waves.Count);
        Assert.Equal(settled.Waves.Select(w => w.Kept), unsettled.Waves.Take(settled.Waves.Count).Select(w => w.Kept));
    }

    [Fact]
    public void a_target_no_candidate_can_meet_stops_matching_with_no_world()
    {
        HistoryTarget[] impossible = [.. Targets, new HistoryTarget("impossible", 5, 0.0001, 0.0001)];
        var result = HistoryMatching.Run(Parameters, impossible, c => [.. Toy(c), new SimulatedTarget(0.5, 0.01, 25)], Options with { RefocusOnLeastImplausible = false });

        Assert.Empty(result.Worlds);
        Assert.Equal(WaveStopReason.TooFewKept, result.StopReason);
        Assert.Single(result.Waves);
        Assert.Equal(Options.CandidatesPerWave, result.Waves[0].Rulings.Single(r => r.TargetId == "impossible").RuledOut);
    }

    [Fact]
    public void validation_targets_are_checked_on_the_kept_worlds()
    {
        var worlds = Matched.Value.Worlds;
        HistoryTarget[] validation = [new("product", 0.21, 0.0001, 0.0004), new("wrong", 0.8, 0.0001, 0.0004)];

        var checks = HistoryMatching.Validate(validation, worlds, c =>
        {
            var rng = new Pcg32(c.Seed, 78);
            var product = c.Values[0] * c.Values[1];
            return [SimulatedTarget.FromSamples(Enumerable.Range(0, Samples).Select(_ => rng.NextNormal(product, Noise)).ToArray()), new SimulatedTarget(product, 0.0025, Samples)];
        }, Options);

        Assert.Equal(worlds.Count, checks[0].Worlds);
        // x·y over the kept worlds runs from about 0.09 to 0.33, mostly within 0.137 of 0.21; 0.8 is out of reach. Every
        // world runs with the same seeds, so they share one noise offset (the mean of 25 draws of sd 0.1, within ±0.06).
        Assert.True(checks[0].Share > 0.7, $"the product is met in {checks[0].Share:P0} of worlds");
        Assert.InRange(checks[0].Median, 0.21 - 0.07, 0.21 + 0.07);
        Assert.True(checks[0].Low < checks[0].Median && checks[0].Median < checks[0].High);
        Assert.Equal(0, checks[1].NotRuledOut);
    }
}
