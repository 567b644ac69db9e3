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

    internal CommitteeRecord(ActionMechanics mechanics) => _m = mechanics;

    /// <summary>Defeats since the last win.</summary>
    public int ConsecutiveDefeats { get; private set; }

    /// <summary>Week until which the committee rests from actions after a run of defeats (organizing goes on).</summary>
    public int RestUntilWeek { get; private set; } = Units.Never;

    /// <summary>Week a quiet recognition drive went public; <see cref="Units.Never"/> while it is still quiet.</summary>
    public int WentPublicWeek { get; private set; } = Units.Never;

    internal void Apply(DriveWentPublic x) => WentPublicWeek = x.Week;

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

    internal void Digest(Action<int> n)
    {
        n(ConsecutiveDefeats); n(RestUntilWeek); n(WentPublicWeek);
    }
}
