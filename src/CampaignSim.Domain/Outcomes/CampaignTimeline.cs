using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.Outcomes;

/// <summary>A run week by week (index = week, 0 = start), pooled over workplaces.</summary>
/// <param name="Committee">Committee members at the end of each week.</param>
/// <param name="Participation">Largest share of workers in an action that week (max over workplaces).</param>
/// <param name="FiringsToDate">Firings so far at the end of each week.</param>
public sealed record CampaignTimeline(int[] Committee, double[] Participation, int[] FiringsToDate)
{
    /// <summary>Reads the timeline from a folded state.</summary>
    public static CampaignTimeline From(CampaignState state)
    {
        var weeks = state.Workplaces.Count == 0 ? 0 : state.Workplaces[0].Timeline.Length;
        var committee = new int[weeks];
        var participation = new double[weeks];
        var firings = new int[weeks];
        foreach (var w in state.Workplaces)
            for (var k = 0; k < weeks; k++)
            {
                committee[k] += w.Timeline.CommitteeByWeek[k];
                participation[k] = Math.Max(participation[k], w.Timeline.ParticipationByWeek[k]);
                firings[k] += w.Timeline.FiringsByWeek[k];
            }
        return new CampaignTimeline(committee, participation, firings);
    }
}
