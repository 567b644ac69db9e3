using CampaignSim.Reports.Output;
using CampaignSim.Domain.Events;

namespace CampaignSim.Reports.Story;

/// <summary>Counts of routine events (one-on-ones, trainings, grievances, violations, memberships), summed over a week or a quiet stretch.</summary>
public sealed class RoutineCounts
{
    /// <summary>One-on-ones held.</summary>
    public int OneOnOnes { get; set; }

    /// <summary>Of which deep.</summary>
    public int Deep { get; set; }

    /// <summary>Of which by staff organizers (the union's, or a city committee's lent to the workplace).</summary>
    public int ByStaff { get; set; }

    /// <summary>Trainings held.</summary>
    public int Trainings { get; set; }

    /// <summary>Attendances at trainings.</summary>
    public int Trained { get; set; }

    /// <summary>Grievances through the procedure.</summary>
    public int FormalGrievances { get; set; }

    /// <summary>Grievances taken up on the floor.</summary>
    public int FloorGrievances { get; set; }

    /// <summary>Grievances decided.</summary>
    public int Decided { get; set; }

    /// <summary>Of which upheld.</summary>
    public int Upheld { get; set; }

    /// <summary>Employer violations.</summary>
    public int Violations { get; set; }

    /// <summary>Workers joining each organization.</summary>
    public Dictionary<OrganizationKind, int> Joined { get; } = [];

    /// <summary>Workers who quit, each replaced by a new hire.</summary>
    public int Quits { get; set; }

    /// <summary>Whether anything was counted.</summary>
    public bool Any => OneOnOnes + Trainings + FormalGrievances + FloorGrievances + Decided + Violations + Quits + Joined.Values.Sum() > 0;

    /// <summary>Adds another set of counts.</summary>
    public void Add(RoutineCounts other)
    {
        OneOnOnes += other.OneOnOnes;
        Deep += other.Deep;
        ByStaff += other.ByStaff;
        Trainings += other.Trainings;
        Trained += other.Trained;
        FormalGrievances += other.FormalGrievances;
        FloorGrievances += other.FloorGrievances;
        Decided += other.Decided;
        Upheld += other.Upheld;
        Violations += other.Violations;
        Quits += other.Quits;
        foreach (var (kind, n) in other.Joined)
        {
            Joined[kind] = Joined.GetValueOrDefault(kind) + n;
        }
    }

    /// <summary>The counts as clauses, e.g. "the committee held 6 one-on-ones (4 of them in depth)".</summary>
    public List<string> Clauses()
    {
        var clauses = new List<string>();
        if (OneOnOnes > 0)
        {
            var deep = Deep == 0 ? "" : Deep == OneOnOnes ? (OneOnOnes == 1 ? ", in depth" : ", all in depth") : $" ({Deep} of them in depth)";
            var byCommittee = OneOnOnes - ByStaff;
            clauses.Add(ByStaff == 0
                ? $"the committee held {Count(OneOnOnes, "one-on-one")}{deep}"
                : byCommittee == 0
                    ? $"staff organizers held {Count(ByStaff, "one-on-one")}{deep}"
                    : $"the committee held {Count(byCommittee, "one-on-one")} and staff organizers {ByStaff}{deep}");
        }

        if (Trainings > 0)
        {
            clauses.Add($"{Count(Trainings, "training")} for {Count(Trained, "attendee")}");
        }

        if (FormalGrievances + FloorGrievances > 0)
        {
            var parts = new List<string>();
            if (FormalGrievances > 0)
            {
                parts.Add($"{FormalGrievances} through the procedure");
            }

            if (FloorGrievances > 0)
            {
                parts.Add($"{FloorGrievances} on the floor");
            }

            clauses.Add($"{Count(FormalGrievances + FloorGrievances, "grievance")} taken up ({string.Join(", ", parts)})");
        }

        if (Decided > 0)
        {
            clauses.Add($"{Count(Decided, "grievance")} decided ({Upheld} upheld)");
        }

        if (Violations > 0)
        {
            clauses.Add($"the employer broke the rules {Count(Violations, "time")}");
        }

        if (Quits > 0)
        {
            clauses.Add(Quits == 1 ? "1 worker quit and a new hire took her place" : $"{Quits} workers quit and new hires took their places");
        }

        foreach (var (kind, n) in Joined.OrderBy(k => k.Key))
        {
            var organization = kind switch
            {
                OrganizationKind.Mainstream => "the mainstream union",
                OrganizationKind.Solidarity => "the solidarity union",
                OrganizationKind.Caucus => "the caucus",
                _ => kind.ToString(),
            };
            clauses.Add($"{Count(n, "worker")} joined {organization}");
        }

        return clauses;
    }

    private static string Count(int n, string noun) => $"{Numbers.Whole(n)} {noun}{(n == 1 ? "" : "s")}";
}
