namespace CampaignSim.Domain.Workers;

/// <summary>
/// What an employed worker pays or loses in a week (docs/ODD.md §7.1): mainstream dues while a union is present (her
/// wage × the dues rate, per hour of a 40-hour week), the solidarity union's weekly dues, and a striker's lost hours.
/// </summary>
/// <param name="UnionPresent">Whether the mainstream union is present and collects dues.</param>
/// <param name="MainstreamDuesRate">Hours' pay a mainstream member pays a week: dues percent / 100 × 40.</param>
/// <param name="SolidarityWeekly">A solidarity member's dues a week, dollars.</param>
/// <param name="StrikeHoursLost">Hours' pay a striker loses a week.</param>
internal readonly record struct WeeklyPay(bool UnionPresent, double MainstreamDuesRate, double SolidarityWeekly, double StrikeHoursLost);
