using CampaignSim.Domain.Events;
using CampaignSim.Domain.Outcomes;
using CampaignSim.Domain.Simulation;
using CampaignSim.Domain.Workers;

namespace CampaignSim.Analysis.Comparison;

/// <summary>
/// One run week by week (index = week, 0 = start), pooled over workplaces: the timeline's committee size, largest action
/// participation and firings to date, and the mean grievance and commitment of the workers employed at the end of each
/// week.
/// </summary>
/// <param name="Timeline">Committee, participation and firings to date.</param>
/// <param name="GrievanceMean">Mean grievance of employed workers, 0–1.</param>
/// <param name="CommitmentMean">Mean commitment of employed workers, 0–1.</param>
public sealed record RunWeeks(CampaignTimeline Timeline, double[] GrievanceMean, double[] CommitmentMean)
{
    /// <summary>
    /// Reads a finished run. The means are taken by folding its events again and reading the state as each week closes
    /// (just before the next week's <see cref="WeekPassed"/>, where the timeline records its week), since the engine keeps
    /// only the final state.
    /// </summary>
    public static RunWeeks From(RunResult run)
    {
        var timeline = CampaignTimeline.From(run.State);
        var weeks = timeline.Committee.Length;
        var grievance = new double[weeks];
        var commitment = new double[weeks];
        var state = new CampaignState();
        foreach (var e in run.Events)
        {
            if (e is WeekPassed { Week: > 0 } passed && passed.Week - 1 < weeks)
            {
                (grievance[passed.Week - 1], commitment[passed.Week - 1]) = Means(state);
            }

            state.Apply(e);
            if (e is CampaignEnded ended && ended.Week < weeks)
            {
                (grievance[ended.Week], commitment[ended.Week]) = Means(state);
            }
        }

        return new RunWeeks(timeline, grievance, commitment);
    }

    private static (double Grievance, double Commitment) Means(CampaignState state)
    {
        double grievance = 0, commitment = 0;
        var n = 0;
        foreach (var workplace in state.Workplaces)
        {
            var f = workplace.Workforce;
            for (var i = 0; i < f.Count; i++)
            {
                if (!f.Has(i, WorkerFlags.Employed)) continue;
                grievance += f.Grievance[i];
                commitment += f.Commitment[i];
                n++;
            }
        }

        return n == 0 ? (0, 0) : (grievance / n, commitment / n);
    }
}
