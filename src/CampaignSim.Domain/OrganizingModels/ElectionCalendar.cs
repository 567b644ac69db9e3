using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>The mainstream union's officer-election schedule.</summary>
public static class ElectionCalendar
{
    /// <summary>Whether an officer election falls in <paramref name="week"/>.</summary>
    public static bool IsElectionWeek(UnionSpec union, int week) =>
        union.NextElectionWeek > 0 && week >= union.NextElectionWeek &&
        (week - union.NextElectionWeek) % union.ElectionIntervalWeeks == 0;

    /// <summary>The next election week at or after <paramref name="week"/> within the campaign, or 0 if none.</summary>
    public static int NextElectionWeek(UnionSpec union, int week, int campaignWeeks)
    {
        if (union.NextElectionWeek <= 0) return 0;
        var next = union.NextElectionWeek;
        while (next < week) next += union.ElectionIntervalWeeks;
        return next <= campaignWeeks ? next : 0;
    }
}
