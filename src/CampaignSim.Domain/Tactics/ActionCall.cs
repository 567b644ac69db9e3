using CampaignSim.Domain.Events;
using CampaignSim.Domain.OrganizingModels;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Tactics;

/// <summary>
/// Calling an action and seeing who joins: the call is recorded, workers decide by the participation rule, and the
/// pressure on the employer follows from the share who took part. Whoever calls it (committee, union, workers on their
/// own) goes through here; the employer's answer is its own decision.
/// </summary>
internal static class ActionCall
{
    /// <summary>Calls an action and records who joined; returns whether anyone did.</summary>
    public static bool Call(WeekContext ctx, ModelPosture p, Tactic tactic, string demandId, DecisionMaker by, IEnumerable<int> initiators)
    {
        var w = ctx.W;
        var profile = TacticCatalog.Profile(ctx.M, tactic);
        var breaches = w.Union.NoStrikeClauseInForce && TacticCatalog.Of(tactic).BreachesNoStrikeClause;
        var outside = p.OutsideOfficialChannels && w.Union.Present;
        ctx.Emit(new ActionCalled(ctx.Week, ctx.Index, tactic, demandId, by, !breaches, outside));
        var participants = ParticipationRule.Participants(ctx, p, tactic, !breaches, outside, initiators);
        var employed = ctx.Workforce.Employed;
        var share = employed == 0 ? 0 : (double)participants.Length / employed;
        var supporters = tactic is Tactic.Picket or Tactic.Strike && ctx.City.Present ? ctx.City.PicketSupport * ctx.M.Participation.CityPicketSupportShare : 0;
        var pressure = Math.Round(profile.Pressure * (share + supporters), Units.PressureDigits);
        ctx.Emit(new ActionTaken(ctx.Week, ctx.Index, tactic, participants, pressure));
        return participants.Length > 0;
    }
}
