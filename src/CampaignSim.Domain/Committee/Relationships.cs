using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Committee;

/// <summary>The coworkers each committee member keeps up a relationship with, gathered once for the week's contacts.</summary>
internal sealed class Relationships
{
    private readonly Dictionary<int, List<int>> _byMember = [];

    public Relationships(Workforce workforce, List<int> committee)
    {
        foreach (var member in committee) _byMember[member] = [];
        var organizer = workforce.OrganizerOf;
        for (var i = 0; i < workforce.Count; i++)
            if (organizer[i] >= 0 && _byMember.TryGetValue(organizer[i], out var list)) list.Add(i);
    }

    /// <summary>A member's relationships, in worker order then in the order opened this week.</summary>
    public List<int> Of(int member) => _byMember[member];

    /// <summary>Records a relationship opened this week.</summary>
    public void Add(int member, int worker) => _byMember[member].Add(worker);
}
