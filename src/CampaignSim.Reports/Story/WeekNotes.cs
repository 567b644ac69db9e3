namespace CampaignSim.Reports.Story;

/// <summary>What happened in one workplace in one week: notable sentences in order, and counts of routine work.</summary>
public sealed class WeekNotes
{
    /// <summary>Notable things, as clauses in the order they happened.</summary>
    public List<string> Notable { get; } = [];

    /// <summary>Index in <see cref="Notable"/> of the last action, for attaching the employer's answer.</summary>
    public int LastActionNote { get; set; } = -1;

    /// <summary>Demand the last action was over.</summary>
    public string? LastActionDemand { get; set; }

    /// <summary>The last action called this week: who it went to.</summary>
    public Domain.Events.ActionCalled? LastCall { get; set; }

    /// <summary>Workers who joined the committee this week.</summary>
    public List<string> Joined { get; } = [];

    /// <summary>Workers who left the committee this week.</summary>
    public List<string> Left { get; } = [];

    /// <summary>Routine counts.</summary>
    public RoutineCounts Routine { get; } = new();
}
