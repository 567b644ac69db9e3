using System.Globalization;
using System.Text.Json;
using CampaignSim.Analysis.Worlds;
using CampaignSim.Reports.Output;

namespace CampaignSim.Reports;

/// <summary>
/// A comparison repeated in plausible worlds (<c>compare --worlds K</c>, docs/robustness.md): which worlds, the robust
/// ranking across them, what scenario discovery found where the winner changes, and the verdict sentence that opens the
/// report. Shown at the top of report.md and report.html and written as summary.json's <c>robust</c> object.
/// </summary>
/// <param name="WorldsSha256">SHA-256 of the worlds file read (its path is not recorded, so the outputs hold no machine detail).</param>
/// <param name="WorldsEngineVersion">The engine version the worlds file was matched under.</param>
/// <param name="DesignSeed">The worlds file's design seed.</param>
/// <param name="Runs">Runs per model in each world.</param>
/// <param name="Parameters">The parameters the worlds vary, in the order of each world's values.</param>
/// <param name="Ranking">The robust ranking.</param>
/// <param name="Discoveries">Scenario discovery where the winner changes (empty when it does not).</param>
/// <param name="FilePath">The worlds file's path, for the manifest only.</param>
public sealed record RobustSection(string FilePath, string WorldsSha256, string WorldsEngineVersion, ulong DesignSeed, int Runs,
    IReadOnlyList<WorldParameter> Parameters, RobustRanking Ranking, IReadOnlyList<DiscoveredScenario> Discoveries)
{
    /// <summary>The first sentence of the report: robust ("best in 47 of 50 plausible worlds") or depending on assumptions, and on which.</summary>
    public string Verdict => RobustVerdict.Sentence(Ranking, Discoveries, ComparisonReport.Name);

    /// <summary>The blocks at the top of the report.</summary>
    /// <param name="leaderAtDefaults">The leader of the ranking at the scenario's own values, or null.</param>
    /// <param name="pBest">Its share of resamples of the runs in which it ranks first.</param>
    /// <param name="engineVersion">This engine's version.</param>
    public IReadOnlyList<ReportBlock> Blocks(string? leaderAtDefaults, double pBest, string engineVersion)
    {
        var worlds = Ranking.Worlds.Count;
        var blocks = new List<ReportBlock>
        {
            new ParagraphBlock(Verdict),
            new ParagraphBlock(
                $"Every model ran {Numbers.Whole(Runs)} times in each of {Numbers.Whole(worlds)} plausible worlds: combinations of the model's "
                + $"{Numbers.Whole(Parameters.Count)} coefficients that no fitting target of the published record rules out (worlds file {WorldsSha256[..12]}, "
                + $"matched on engine {WorldsEngineVersion}, design seed {DesignSeed}; docs/robustness.md). Inside each world every model meets the same seeds. "
                + "Best in a world: the highest score under your weights, with every model that no weighted criterion separates from it by more than "
                + "the smallest difference that matters (a tie counts for each). Regret: how far a model's score falls short of the best in a world, in "
                + "points of a 0–100 scale shared by all worlds. The share of worlds is not a probability: the worlds are not weighted by likelihood."
                + (WorldsEngineVersion == engineVersion ? "" : $" The worlds were matched on engine {WorldsEngineVersion}, not {engineVersion}: rerun the match before relying on them.")),
        };
        if (leaderAtDefaults is not null)
        {
            var share = double.IsNaN(pBest) ? "" : $", best in {BottomLine.Share(pBest)} of resamples of the runs (the dice alone)";
            blocks.Add(new ParagraphBlock($"At the scenario's own values (the sections below), {WorldsText.Inside(ComparisonReport.Name(leaderAtDefaults))} leads{share}."));
        }

        blocks.Add(new HeadingBlock(2, "Across plausible worlds"));
        var rows = Ranking.Models.Select(m => (IReadOnlyList<string>)
        [
            ComparisonReport.Name(m.ModelId),
            $"{m.FirstIn} of {worlds}" + (m.FirstIn > m.AloneFirstIn ? $" ({m.FirstIn - m.AloneFirstIn} tied)" : ""),
            Points(m.MedianRegret),
            Points(m.WorstTenthRegret),
            Points(m.MaxRegret),
            Spread(m, "wages"),
            Spread(m, "safety"),
        ]).ToArray();
        blocks.Add(new TableBlock(
            ["Model", ">Best in (worlds)", ">Median regret", ">Worst-10% regret", ">Largest regret", ">Wage change: SD across worlds / across runs", ">Any firing: SD across worlds / across runs"],
            rows));
        blocks.Add(new ParagraphBlock(
            "Regrets are in points of 100; the worst-10% regret is the 90th percentile (in nine worlds of ten the model falls short by no more). "
            + "The spreads are standard deviations: of a model's mean across worlds (what the model does not know) beside that of single runs within a world (its dice); "
            + "wage change in points, any firing in points of probability."));
        if (Discoveries.Count > 0)
        {
            blocks.Add(new HeadingBlock(3, "Where the winner changes"));
            blocks.Add(new BulletListBlock(Discoveries.Select(d => d.Sentence(ComparisonReport.Name)
                + (d.TreeAgrees ? " A classification tree restricts the same parameter." : " A classification tree does not restrict the same parameter: treat the condition with care.")).ToArray()));
        }

        return blocks;
    }

    /// <summary>Writes summary.json's <c>robust</c> object.</summary>
    public void WriteJson(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject("robust");
        w.WriteString("worldsFileSha256", WorldsSha256);
        w.WriteString("worldsEngineVersion", WorldsEngineVersion);
        w.WriteNumber("designSeed", DesignSeed);
        w.WriteNumber("worlds", Ranking.Worlds.Count);
        w.WriteNumber("runsPerWorld", Runs);
        JsonText.Number(w, "robustShare", Ranking.RobustShare);
        w.WriteBoolean("robust", Ranking.Robust);
        w.WriteString("verdict", Verdict);
        w.WriteStartArray("scale");
        for (var k = 0; k < Ranking.Criteria.Count; k++)
        {
            w.WriteStartObject();
            w.WriteString("criterion", Ranking.Criteria[k].Name);
            JsonText.Number(w, "low", Ranking.ScaleLow[k]);
            JsonText.Number(w, "high", Ranking.ScaleHigh[k]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("models");
        foreach (var m in Ranking.Models)
        {
            w.WriteStartObject();
            w.WriteString("id", m.ModelId);
            JsonText.Number(w, "bestShare", m.BestShare);
            w.WriteNumber("firstIn", m.FirstIn);
            w.WriteNumber("aloneFirstIn", m.AloneFirstIn);
            JsonText.Number(w, "medianRegret", m.MedianRegret);
            JsonText.Number(w, "worstTenthRegret", m.WorstTenthRegret);
            JsonText.Number(w, "maxRegret", m.MaxRegret);
            JsonText.Number(w, "meanScore", m.MeanScore);
            w.WriteStartArray("spreads");
            foreach (var s in m.Spreads)
            {
                w.WriteStartObject();
                w.WriteString("criterion", s.Criterion);
                JsonText.Number(w, "betweenWorlds", s.BetweenWorlds);
                JsonText.Number(w, "withinWorlds", s.WithinWorlds);
                JsonText.Number(w, "betweenWorldsBeyondNoise", s.BetweenWorldsBeyondNoise);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("perWorld");
        foreach (var r in Ranking.Worlds)
        {
            w.WriteStartObject();
            w.WriteNumber("world", r.World + 1);
            w.WriteString("leader", r.Leader);
            w.WriteStartArray("first");
            foreach (var id in r.First) w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("discovery");
        foreach (var d in Discoveries)
        {
            w.WriteStartObject();
            w.WriteString("challenger", d.ChallengerId);
            w.WriteString("incumbent", d.IncumbentId);
            w.WriteNumber("cases", d.Cases);
            w.WriteString("sentence", d.Sentence(ComparisonReport.Name));
            JsonText.Number(w, "coverage", d.Box.Coverage);
            JsonText.Number(w, "density", d.Box.Density);
            if (d.Prim.SearchPValue is { } searchP) JsonText.Number(w, "searchPValue", searchP); else w.WriteNull("searchPValue");
            w.WriteStartArray("limits");
            foreach (var l in d.Box.Limits)
            {
                w.WriteStartObject();
                w.WriteString("path", l.Path);
                w.WriteString("label", l.Label);
                if (l.Lower is { } low) JsonText.Number(w, "above", low); else w.WriteNull("above");
                if (l.Upper is { } high) JsonText.Number(w, "below", high); else w.WriteNull("below");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteBoolean("treeAgrees", d.TreeAgrees);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Points(double regret) => (regret * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private string Spread(RobustModel m, string criterion)
    {
        var s = m.Spreads.FirstOrDefault(x => x.Criterion == criterion);
        if (s is null) return "–";
        var scale = criterion == "safety" ? 100.0 : 1.0;
        return $"{(s.BetweenWorlds * scale).ToString("0.00", CultureInfo.InvariantCulture)} / {(s.WithinWorlds * scale).ToString("0.00", CultureInfo.InvariantCulture)}";
    }
}
