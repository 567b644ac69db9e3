namespace CampaignSim.Reports;

/// <summary>One model on the risk-against-reward chart: chance of any firing (x) and wage change (y), each with its 95% interval.</summary>
/// <param name="Label">Model id shown beside the mark.</param>
/// <param name="Risk">Chance of any firing, percent.</param>
/// <param name="RiskLow">Lower end of its 95% interval, percent.</param>
/// <param name="RiskHigh">Upper end, percent.</param>
/// <param name="Reward">Mean wage change, percent.</param>
/// <param name="RewardLow">Lower end of its 95% interval, percent.</param>
/// <param name="RewardHigh">Upper end, percent.</param>
/// <param name="Color">Fill colour of the mark.</param>
public sealed record RiskRewardPoint(string Label, double Risk, double RiskLow, double RiskHigh, double Reward, double RewardLow, double RewardHigh, string Color);
