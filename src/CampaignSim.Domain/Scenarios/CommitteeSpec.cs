namespace CampaignSim.Domain.Scenarios;

/// <summary>The worker-organizers' committee at the start of the campaign.</summary>
public sealed record CommitteeSpec
{
    /// <summary>Committee members at week 0, 0–workers. Assumption: 3 (a founding core).</summary>
    public int InitialMembers { get; init; } = 3;

    /// <summary>Hours each member gives per week, 0–40. Assumption: 4.</summary>
    public double HoursPerMemberPerWeek { get; init; } = 4;
}
