using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Committee;

/// <summary>
/// What the committee has been through lately: the defeats it has suffered in a row and a rest it has taken after too
/// many. A defeat is a demand refused after an action or a strike lost; a demand won ends the run. The committee waits
/// longer between actions after each defeat and rests after a series of them, the refractory pattern of protest
/// models (Kim and Hanneman 2011, sources §5); organizers burn out faster in a losing run (docs/ODD.md §7.10). In a
/// recognition drive it also knows whether it has gone public.
/// </summary>
public sealed class CommitteeRecord
{
    private readonly ActionMechanics _m;

    private readonly int[] _departmentActionWeek;
    private readonly double[] _departmentCounted;
    private readonly double[] _departmentTurnout;
    private int _calledIn = -1;
    private int _asked;

    internal CommitteeRecord(ActionMechanics mechanics, int departments)
    {
        _m = mechanics;
        _departmentActionWeek = new int[departments];
        Array.Fill(_departmentActionWeek, Units.Never);
        _departmentCounted = new double[departments];
        _departmentTurnout = new double[departments];
    }

    /// <summary>Defeats since the last win.</summary>
    public int ConsecutiveDefeats { get; private set; }

    /// <summary>Week until which the committee rests from actions after a run of defeats (organizing goes on).</summary>
    public int RestUntilWeek { get; private set; } = Units.Never;

    /// <summary>Week a quiet recognition drive went public; <see cref="Units.Never"/> while it is still quiet.</summary>
    public int WentPublicWeek { get; private set; } = Units.Never;

    internal void Apply(DriveWentPublic x) => WentPublicWeek = x.Week;

    /// <summary>
    /// The turnout the committee expects of the workers it counts in a department, as a share of them, for a minority
    /// action there: what the last one there drew, forgotten slowly (as for a demand's actions, docs/ODD.md §7.10); 1 before any.
    /// </summary>
    public double ExpectedTurnout(int department, int week, double memoryWeeks)
    {
        if (_departmentActionWeek[department] == Units.Never || _departmentCounted[department] <= 0) return 1;
        var seen = Math.Min(1, _departmentTurnout[department] / _departmentCounted[department]);
        return 1 - (1 - seen) * Math.Exp(-(week - _departmentActionWeek[department]) / memoryWeeks);
    }

    /// <summary>A minority action called in one department, with the share of its workers the committee counted on.</summary>
    internal void Apply(ActionCalled x, double countedInDepartment)
    {
        _calledIn = x.Department;
        _asked = x.Asked;
        if (x.Department < 0) return;
        _departmentActionWeek[x.Department] = x.Week;
        _departmentCounted[x.Department] = countedInDepartment;
    }

    /// <summary>Who turned out for the minority action just called, as a share of the workers it went to.</summary>
    internal void Apply(ActionTaken x)
    {
        if (_calledIn >= 0) _departmentTurnout[_calledIn] = _asked == 0 ? 0 : (double)x.Participants.Length / _asked;
        _calledIn = -1;
    }

    internal void Apply(DemandRefused x) => Defeat(x.Week);

    internal void Apply(StrikeEnded x)
    {
        if (!x.Won) Defeat(x.Week);
    }

    internal void Apply(DemandWon x) => ConsecutiveDefeats = 0;

    private void Defeat(int week)
    {
        ConsecutiveDefeats++;
        if (ConsecutiveDefeats % _m.DefeatsBeforeRest == 0) RestUntilWeek = week + _m.RestWeeks;
    }

    internal void Digest(Action<double> d, Action<int> n)
    {
        n(ConsecutiveDefeats); n(RestUntilWeek); n(WentPublicWeek);
        foreach (var week in _departmentActionWeek) n(week);
        foreach (var c in _departmentCounted) d(c);
        foreach (var t in _departmentTurnout) d(t);
    }
}
