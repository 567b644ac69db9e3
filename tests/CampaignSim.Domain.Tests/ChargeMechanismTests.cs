using CampaignSim.Domain.Events;
using CampaignSim.Domain.ScenarioSpecs;

namespace CampaignSim.Domain.Tests;

/// <summary>
/// Charges with the labour board (docs/ODD.md §7.3): an unlawful act that no contract grievance answers — a firing for
/// organizing, a threat in a captive-audience meeting — is taken to the board with a chance, not always; a threat's
/// charge names nobody and brings no reinstatement case.
/// </summary>
public class ChargeMechanismTests
{
    private static Given Drive(double filing, double threats = 0) =>
        Given.Workplace(new WorkplaceSpec { Union = new UnionSpec { Present = false } }, "militant-mainstream",
            Enumerable.Range(0, 12).Select(i => Given.Worker(committee: i < 3)).ToArray(), Given.Ring(12),
            new Mechanics.MechanicsSpec
            {
                Legal = new Mechanics.LegalMechanics { ChargeFilingChance = filing },
                Employer = new Mechanics.EmployerMechanics { ThreatChance = threats },
            });

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(0.0, 0)]
    public void an_unlawful_firing_is_taken_to_the_board_with_the_filing_chance(double filing, int charges)
    {
        var given = Drive(filing);
        given.Apply(new WorkerFired(1, 0, 9, Leader: false, Lawful: false));

        Assert.Equal(charges, given.Decided.OfType<ChargeFiled>().Count(c => c.Worker == 9 && c.Channel == RemedyChannel.UnfairLaborPracticeCharge));
        Assert.Equal(charges, given.State0.Docket.Charges.Count);
    }

    [Fact]
    public void a_lawful_firing_is_never_charged()
    {
        var given = Drive(1.0);
        given.Apply(new WorkerFired(1, 0, 9, Leader: false, Lawful: true));

        Assert.Empty(given.Decided.OfType<ChargeFiled>());
    }

    [Fact]
    public void some_unlawful_firings_are_charged_and_some_let_go_at_a_chance_between()
    {
        var given = Drive(0.35);
        for (var i = 3; i < 12; i++) given.Apply(new WorkerFired(1, 0, i, Leader: false, Lawful: false));

        var charged = given.Decided.OfType<ChargeFiled>().Count();
        Assert.InRange(charged, 1, 8);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void a_threat_in_a_captive_audience_meeting_is_charged_naming_nobody_and_opening_no_reinstatement_case(bool threatened, int charges)
    {
        var given = Drive(1.0);
        given.Apply(new CaptiveAudienceMeetingHeld(1, 0, threatened));

        Assert.Equal(charges, given.Decided.OfType<CoercionCharged>().Count());
        Assert.Empty(given.Decided.OfType<ChargeFiled>());
        Assert.Empty(given.State0.Docket.Charges);
    }

    [Fact]
    public void with_no_filing_a_threat_goes_uncharged()
    {
        var given = Drive(0.0);
        given.Apply(new CaptiveAudienceMeetingHeld(1, 0, Threatened: true));

        Assert.Empty(given.Decided.OfType<CoercionCharged>());
    }
}
