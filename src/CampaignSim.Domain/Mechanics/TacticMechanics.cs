namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// The escalation ladder's profiles, one per tactic a committee can call (docs/ODD.md Appendix C); the grievance rung
/// goes through the grievance procedure instead and has none. Their names and legality are in
/// <see cref="Tactics.TacticCatalog"/>. Pressures are relative to a full strike (1.0 per week of full participation).
/// </summary>
public sealed record TacticMechanics
{
    private const string SlowdownNeverCalled = "no shipped scenario's committee calls a slowdown in its first seeds: the rungs below it, or a strike vote at expiry, come first";

    private const string SickOutNeverCalled =
        "no committee in a shipped scenario's first seeds climbs to a sick-out: each stops at a lower rung whose turnout fell short of its goal";

    /// <summary>A petition signed by coworkers.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a petition is passed round for days, so nearly everyone can be asked")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "sources §4: the first structure test is a petition signed by a majority; a committee calls one with under a third committed, expecting signers beyond its count")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: a petition shows numbers but costs the employer nothing, a small fraction of a strike")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: signing costs no pay")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: a signature puts a name on a list the employer can read")]
    public TacticProfile Petition { get; init; } = new() { Availability = 0.95, NeededShare = 0.30, Pressure = 0.03, LostPayDays = 0, Risk = 0.20 };

    /// <summary>Coworkers go together to the boss with a demand.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a march on the boss happens on one shift, so about a third of workers are elsewhere")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a committee wants about a third committed before it marches, enough that the boss sees a crowd")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: a march disrupts an hour and shows resolve, twice a petition's weight")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: a march on the boss happens on the clock and costs no pay")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: marchers are seen face to face, so it is riskier than a signature")]
    public TacticProfile MarchOnTheBoss { get; init; } = new() { Availability = 0.7, NeededShare = 0.35, Pressure = 0.06, LostPayDays = 0, Risk = 0.45 };

    /// <summary>Workers put their own policy into practice together.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a policy enforced together lasts days, reaching most shifts")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: workers enforcing their own rule need close to half the floor doing it, or the supervisor picks them off")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: it changes how work is done for as long as it holds, a tenth of a strike's weight")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: it is done on the job and costs no pay")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: it openly defies a supervisor's instruction")]
    public TacticProfile EnforceOwnPolicy { get; init; } = new() { Availability = 0.8, NeededShare = 0.45, Pressure = 0.10, LostPayDays = 0, Risk = 0.50 };

    /// <summary>A picket, off the clock.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a picket off the clock asks workers to come in on their own time, which many cannot")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a picket needs about a third committed to look like the workforce rather than a few activists")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: a picket embarrasses the employer in public, a little more than a march")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: it is held off the clock and costs no pay")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: a legal picket off the clock is less exposed than defiance on the job")]
    public TacticProfile Picket { get; init; } = new() { Availability = 0.6, NeededShare = 0.35, Pressure = 0.08, LostPayDays = 0, Risk = 0.35 };

    /// <summary>Walking off the job together for a short while (minutes to an hour): a stoppage, so it breaches a no-strike clause.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a walkout happens on one shift, like a march")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a walkout needs a larger committed core than a march, since walking off is a stoppage")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: a short stoppage costs an hour of output and shows the strike behind it, twice a march")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: minutes to an hour off the job are rarely docked")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: a stoppage is riskier than any legal floor action short of a slowdown")]
    public TacticProfile Walkout { get; init; } = new() { Availability = 0.7, NeededShare = 0.40, Pressure = 0.12, LostPayDays = 0, Risk = 0.55 };

    /// <summary>Doing exactly what the rules say and nothing more.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a work-to-rule runs for days on every shift")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a work-to-rule bites only when half the floor holds to it")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: working to rule slows output for as long as it lasts, nearly a fifth of a strike")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: workers stay on the job and are paid")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: following the rules is hard to discipline, so it is safer than a slowdown")]
    public TacticProfile WorkToRule { get; init; } = new() { Availability = 0.9, NeededShare = 0.50, Pressure = 0.18, LostPayDays = 0, Risk = 0.45 };

    /// <summary>Working slowly together.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a slowdown runs on every shift", InertInShippedScenarios = SlowdownNeverCalled)]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a slowdown needs a majority, or the fast workers cover for it", InertInShippedScenarios = SlowdownNeverCalled)]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: a slowdown cuts output more than a work-to-rule, a quarter of a strike", InertInShippedScenarios = SlowdownNeverCalled)]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: slow workers are still at work and are paid for the hours", InertInShippedScenarios = SlowdownNeverCalled)]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: deliberate slowness is a disciplinary offence", InertInShippedScenarios = SlowdownNeverCalled)]
    public TacticProfile Slowdown { get; init; } = new() { Availability = 0.9, NeededShare = 0.55, Pressure = 0.25, LostPayDays = 0, Risk = 0.60 };

    /// <summary>Calling in sick together for a day.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: everyone rostered that day can call in", InertInShippedScenarios = SickOutNeverCalled)]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a sick-out needs a majority to shut the day down", InertInShippedScenarios = SickOutNeverCalled)]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: one lost day a week is about a fifth of a strike, and a little more for the disruption of a surprise", InertInShippedScenarios = SickOutNeverCalled)]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "assumption: a day's pay is lost unless sick leave covers it", InertInShippedScenarios = SickOutNeverCalled)]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: a coordinated sick-out is a stoppage in all but name", InertInShippedScenarios = SickOutNeverCalled)]
    public TacticProfile SickOut { get; init; } = new() { Availability = 0.9, NeededShare = 0.55, Pressure = 0.30, LostPayDays = 1, Risk = 0.65 };

    /// <summary>A strike of a set length (a day to a few days), announced as such.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a strike asks every worker on every shift, even a short one")]
    [ProfileSource(nameof(TacticProfile.NeededShare), "assumption: a union calls a short strike with a clear majority behind it, short of the supermajority an open-ended one asks (sources §4)",
        InertInShippedScenarios = "officers call a demonstration strike at the bargaining table after a vote that authorised a strike without the model's strike target behind it, without consulting its needed share; no shipped committee climbs the ladder that far on its own")]
    [ProfileSource(nameof(TacticProfile.Pressure), "assumption: two lost days in a week, two fifths of a full strike's cost")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "sources §4: the three-day Kaiser and Los Angeles school strikes of 2023; two days is taken as typical of such strikes")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: as exposed as a strike while it lasts, and over before the employer can replace anyone")]
    public TacticProfile DemonstrationStrike { get; init; } = new() { Availability = 1, NeededShare = 0.55, Pressure = 0.4, LostPayDays = 2, Risk = 0.7 };

    /// <summary>Withholding labour until the demand is met.</summary>
    [ProfileSource(nameof(TacticProfile.Availability), "assumption: a strike asks every worker, on every shift")]
    [ProfileSource(nameof(TacticProfile.Pressure), "definition: a full strike is the unit of pressure, one week of full stoppage")]
    [ProfileSource(nameof(TacticProfile.LostPayDays), "definition: strikers lose every working day of the week")]
    [ProfileSource(nameof(TacticProfile.Risk), "assumption: the most exposed action, though a legal strike's participants are protected from firing")]
    [Omits(nameof(TacticProfile.NeededShare), "a strike on the floor waits for the model's own strike target (mechanics.models.<id>.strikeTarget); a strike at contract expiry follows the strike vote")]
    public TacticProfile Strike { get; init; } = new() { Availability = 1, NeededShare = 1, Pressure = 1, LostPayDays = 5, Risk = 0.80 };
}
