using CampaignSim.Domain.Events;
using CampaignSim.Domain.Infrastructure;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Bargaining;

/// <summary>
/// The employer's answers to demands pressed on the floor (docs/ODD.md §7.10): to an action over a demand, and week by
/// week to a strike over one. A raise is settled at the part of it the pressure buys once that meets what the workers
/// will take; a non-wage demand is conceded or refused whole.
/// </summary>
internal static class DemandAnswers
{
    /// <summary>
    /// The answer to an action over a demand. On a wage demand the employer offers the part of the remaining raise the
    /// pressure buys, and the demand is settled at that raise when it meets what the workers will take (their reservation,
    /// lower after each refusal); a non-wage demand is conceded or refused whole.
    /// </summary>
    public static IEnumerable<CampaignEvent> Answer(WorkplaceView v, Pcg32 employer, DemandState d)
    {
        if (d.Kind == DemandKind.Wage)
        {
            var share = Concession.Share(v, Concession.FloorRatio(v, d));
            var raise = Math.Round(d.RemainingPct * share, Units.OfferDigits);
            var reservation = v.M.Bargaining.ReservationShare * Math.Max(0, 1 - v.M.Bargaining.StrikeFatigue * d.Refusals);
            if (raise > 0 && share >= reservation) yield return new DemandWon(v.Week, v.Index, d.Id, raise);
            else yield return new DemandRefused(v.Week, v.Index, d.Id);
            yield break;
        }

        if (Concedes(v, employer, d))
        {
            foreach (var e in Concede(v, d)) yield return e;
        }
        else
        {
            yield return new DemandRefused(v.Week, v.Index, d.Id);
        }
    }

    /// <summary>
    /// A strike over a demand, week by week: the employer concedes a non-wage demand when the pressure wins, and settles
    /// a wage demand at the part the strike buys when that meets what the strikers still hold out for (or, when the
    /// strike collapses, at whatever it buys then); a demand already won (or gone) ends it at once.
    /// </summary>
    public static IEnumerable<CampaignEvent> StrikeWeek(WorkplaceView v, Pcg32 employer, bool collapsed, double reservationShare)
    {
        var w = v.W;
        var demand = w.Demands.Find(w.Strike.DemandId);
        if (demand is null || demand.Won)
        {
            yield return new StrikeEnded(v.Week, v.Index, w.Strike.DaysSoFar(v.Week), true);
            yield break;
        }

        if (demand.Kind == DemandKind.Wage)
        {
            var share = Concession.Share(v, Concession.StrikeRatio(v, demand));
            if (share >= reservationShare || collapsed)
            {
                var raise = Math.Round(demand.RemainingPct * share, Units.OfferDigits);
                yield return new StrikeEnded(v.Week, v.Index, w.Strike.DaysSoFar(v.Week), share >= reservationShare);
                if (raise > 0) yield return new DemandWon(v.Week, v.Index, demand.Id, raise);
                else yield return new DemandRefused(v.Week, v.Index, demand.Id);
            }

            yield break;
        }

        if (Concedes(v, employer, demand))
        {
            yield return new StrikeEnded(v.Week, v.Index, w.Strike.DaysSoFar(v.Week), true);
            foreach (var e in Concede(v, demand)) yield return e;
        }
        else if (collapsed)
        {
            yield return new StrikeEnded(v.Week, v.Index, w.Strike.DaysSoFar(v.Week), false);
            yield return new DemandRefused(v.Week, v.Index, demand.Id);
        }
    }

    /// <summary>Whether the employer gives in on a non-wage demand this week, weighing the disruption it expects against its cost.</summary>
    private static bool Concedes(WorkplaceView v, Pcg32 employer, DemandState d) => employer.Chance(Concession.Share(v, Concession.FloorRatio(v, d)));

    /// <summary>A won non-wage demand, and the return to work of a fired worker when that was the demand.</summary>
    private static IEnumerable<CampaignEvent> Concede(WorkplaceView v, DemandState d)
    {
        yield return new DemandWon(v.Week, v.Index, d.Id, 0);
        if (d.Worker >= 0 && !v.Workforce.Has(d.Worker, WorkerFlags.Employed))
            yield return new WorkerReinstated(v.Week, v.Index, d.Worker);
    }
}
