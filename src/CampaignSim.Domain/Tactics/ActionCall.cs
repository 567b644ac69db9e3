using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;

namespace CampaignSim.Domain.Tactics;

/// <summary>
/// Calling an action and seeing who joins: the call is recorded, workers decide by the participation rule, and the
/// pressure on the employer follows from the share who took part. Whoever calls it (committee, union, workers on their
/// own) goes through here; the employer's answer is its own decision, a reaction to the action taken.
/// </summary>
internal static class ActionCall
{
    /// <summary>Calls an action (<see cref="ActionCalled"/>) and records who joined (<see cref="ActionTaken"/>), drawing from the workers' stream.</summary>
    /// <param name="v">What the caller sees.</param>
    /// <param name="participation">The workers' stream, for who joins.</param>
    /// <param name="p">The posture it is called under.</param>
    /// <param name="tactic">The rung.</param>
    /// <param name="demandId">What it presses.</param>
    /// <param name="by">Who decided to call it.</param>
    /// <param name="initiators">Who goes first.</param>
    /// <param name="department">The one department called out, or −1 for the whole workplace; only its workers are asked.</param>
    public static IEnumerable<CampaignEvent> Call(WorkplaceView v, Pcg32 participation, ModelPosture p, Tactic tactic, string demandId,
        DecisionMaker by, IEnumerable<int> initiators, int department = -1)
    {
        var w = v.W;
        var profile = TacticCatalog.Profile(v.M, tactic);
        var breaches = w.Union.NoStrikeClauseInForce && TacticCatalog.Of(tactic).BreachesNoStrikeClause;
        var outside = p.OutsideOfficialChannels && w.Union.Present;
        var employed = v.Workforce.Employed;
        var asked = department >= 0 ? v.Workforce.EmployedInDepartment(department) : employed;
        yield return new ActionCalled(v.Week, v.Index, tactic, demandId, by, !breaches, outside, department, asked, employed);
        var participants = ParticipationRule.Participants(v, participation, p, tactic, !breaches, outside, initiators, department);
        var share = employed == 0 ? 0 : (double)participants.Length / employed;
        var supporters = tactic is Tactic.Picket or Tactic.Strike && v.City.Present ? v.City.PicketSupport * v.M.Participation.CityPicketSupportShare : 0;
        var pressure = Math.Round(profile.Pressure * (share + supporters), Units.PressureDigits);
        yield return new ActionTaken(v.Week, v.Index, tactic, participants, pressure);
    }
}
