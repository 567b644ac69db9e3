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

    /// <summary>Workers fired in retaliation this week, and the index in <see cref="Notable"/> of the clause that names them all.</summary>
    public List<string> Fired { get; } = [];

    /// <summary>How many of <see cref="Fired"/> were on the committee.</summary>
    public int FiredLeaders { get; set; }

    /// <summary>Index of the clause naming this week's retaliatory firings.</summary>
    public int FiredNote { get; set; } = -1;

    /// <summary>Workers an unfair-labour-practice charge was filed for this week, with the decisions' due weeks.</summary>
    public List<(string Worker, int DueWeek)> Charged { get; } = [];

    /// <summary>Index of the clause naming this week's charges.</summary>
    public int ChargeNote { get; set; } = -1;

    /// <summary>Workers whose reinstatement became a demand this week.</summary>
    public List<string> Reinstate { get; } = [];

    /// <summary>Index of the clause naming this week's reinstatement demands.</summary>
    public int ReinstateNote { get; set; } = -1;

    /// <summary>Routine counts.</summary>
    public RoutineCounts Routine { get; } = new();
}
