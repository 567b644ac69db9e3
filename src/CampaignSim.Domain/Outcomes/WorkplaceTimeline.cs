namespace CampaignSim.Domain.Outcomes;

/// <summary>A workplace week by week (index = week, 0 = start): committee size, peak participation and firings to date.</summary>
public sealed class WorkplaceTimeline
{
    private readonly int[] _committee;
    private readonly double[] _participation;
    private readonly int[] _firings;

    internal WorkplaceTimeline(int weeks)
    {
        _committee = new int[weeks + 1];
        _participation = new double[weeks + 1];
        _firings = new int[weeks + 1];
    }

    /// <summary>Committee size at the end of each week.</summary>
    public IReadOnlyList<int> CommitteeByWeek => _committee;

    /// <summary>Largest share of workers in an action in each week.</summary>
    public IReadOnlyList<double> ParticipationByWeek => _participation;

    /// <summary>Firings to date at the end of each week.</summary>
    public IReadOnlyList<int> FiringsByWeek => _firings;

    /// <summary>Weeks recorded, including week 0.</summary>
    public int Length => _committee.Length;

    /// <summary>Records a week's end.</summary>
    internal void CloseWeek(int week, int committeeSize, int firings)
    {
        if (week < 0 || week >= _committee.Length) return;
        _committee[week] = committeeSize;
        _firings[week] = firings;
    }

    /// <summary>Records a participation share in a week, keeping the week's largest.</summary>
    internal void Participation(int week, double share)
    {
        if (week >= 0 && week < _participation.Length) _participation[week] = Math.Max(_participation[week], share);
    }
}
