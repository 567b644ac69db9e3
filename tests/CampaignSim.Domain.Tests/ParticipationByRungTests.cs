using CampaignSim.Domain.Events;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// Participation is recorded per rung of the ladder, and the headline measure leaves petitions out (issue 22: petitions
/// drew 86% of a depot at the median, marches 17%, so a petition-inclusive peak read as "everyone took part").
/// </summary>
public class ParticipationByRungTests
{
    private static readonly Lazy<Simulation.RunResult[]> Militant = new(() => Runs.Of(Runs.Workplace(w => w), "militant-mainstream", 30));

    [Fact]
    public void a_rung_has_a_share_exactly_when_the_run_held_an_action_on_it_with_someone_taking_part()
    {
        foreach (var run in Militant.Value)
        {
            var used = run.Events.OfType<ActionTaken>().Where(a => a.Participants.Length > 0).Select(a => a.Tactic).ToHashSet();
            foreach (var rung in Enum.GetValues<Tactic>())
            {
                Assert.Equal(used.Contains(rung), run.Outcome.PeakParticipationByRung.Of(rung) > 0);
            }
        }
    }

    [Fact]
    public void the_headline_peak_is_the_largest_rung_above_a_petition_and_the_old_peak_the_largest_of_all()
    {
        foreach (var run in Militant.Value)
        {
            var rungs = run.Outcome.PeakParticipationByRung;
            Assert.Equal(rungs.Max(), run.Outcome.PeakParticipation);
            Assert.Equal(rungs.Where((_, i) => (Tactic)i > Tactic.Petition).DefaultIfEmpty(0).Max(), run.Outcome.PeakParticipationAbovePetition);
        }
    }

    [Fact]
    public void a_run_whose_actions_never_went_beyond_a_petition_has_no_participation_above_one()
    {
        var petitionsOnly = Militant.Value.Where(r => r.Events.OfType<ActionTaken>().All(a => a.Tactic <= Tactic.Petition)).ToList();
        var beyond = Militant.Value.Where(r => r.Events.OfType<ActionTaken>().Any(a => a.Tactic > Tactic.Petition && a.Participants.Length > 0)).ToList();

        Assert.All(petitionsOnly, r => Assert.Equal(0, r.Outcome.PeakParticipationAbovePetition));
        Assert.NotEmpty(beyond);
        Assert.All(beyond, r => Assert.True(r.Outcome.PeakParticipationAbovePetition > 0));
        Assert.Contains(Militant.Value, r => r.Outcome.PeakParticipationByRung.Of(Tactic.Petition) > r.Outcome.PeakParticipationAbovePetition);
    }

    [Fact]
    public void a_job_class_peak_above_a_petition_never_exceeds_its_peak_with_petitions()
    {
        foreach (var c in Militant.Value.SelectMany(r => r.Outcome.ByClass))
        {
            Assert.InRange(c.PeakParticipationAbovePetition, 0, c.PeakParticipation);
        }
    }
}
