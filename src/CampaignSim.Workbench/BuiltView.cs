namespace CampaignSim.Workbench;

/// <summary>What the page shows of one summary under one set of weights and smallest differences: built once, then reused while polling.</summary>
/// <param name="Ranking">The ranking, every number formatted as the report formats it.</param>
/// <param name="Sections">The report's sections.</param>
/// <param name="Models">The models that apply.</param>
/// <param name="Answer">The report's answer sentence (<see cref="Reports.BottomLine.Answer"/>): a tie, a winner, no clear winner, or while runs are still to come a preliminary answer.</param>
/// <param name="HowSure">How sure the answer is, in plain words (<see cref="ResultViews.HowSure"/>).</param>
/// <param name="Headline">The answer in a few words (<see cref="ResultViews.Headline"/>).</param>
public sealed record BuiltView(IReadOnlyList<RankView> Ranking, IReadOnlyList<SectionView> Sections, IReadOnlyList<string> Models, string Answer, string HowSure,
    string Headline);
