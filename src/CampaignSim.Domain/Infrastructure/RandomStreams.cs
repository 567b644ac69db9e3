namespace CampaignSim.Domain.Infrastructure;

/// <summary>
/// One workplace's random streams, one per purpose (<see cref="RandomStream"/>): each decider is handed the streams of
/// the choices it makes, so a draw added to one mechanism never shifts another's.
/// </summary>
internal sealed class RandomStreams(ulong seed, int workplace)
{
    /// <summary>The committee's organizing: whom to contact, recruitment, trainings, burnout.</summary>
    public Pcg32 Organizing { get; } = RandomSource.For(seed, RandomStream.Organizing, workplace);

    /// <summary>The employer's choices: violations, messaging, retaliation, discipline, offers and concessions.</summary>
    public Pcg32 Employer { get; } = RandomSource.For(seed, RandomStream.Employer, workplace);

    /// <summary>Workers' choices: who joins an action, who goes back to work in a strike, wildcats.</summary>
    public Pcg32 Participation { get; } = RandomSource.For(seed, RandomStream.Participation, workplace);

    /// <summary>The union: officer elections, strike votes, ratification, decertification votes.</summary>
    public Pcg32 Union { get; } = RandomSource.For(seed, RandomStream.Union, workplace);

    /// <summary>The legal channel: grievances, remedies, certification elections.</summary>
    public Pcg32 Legal { get; } = RandomSource.For(seed, RandomStream.Legal, workplace);

    /// <summary>Scheduled shocks.</summary>
    public Pcg32 Shocks { get; } = RandomSource.For(seed, RandomStream.Shocks, workplace);

    /// <summary>Turnover: who quits, and the new hire who takes her place.</summary>
    public Pcg32 Turnover { get; } = RandomSource.For(seed, RandomStream.Turnover, workplace);

    /// <summary>
    /// Unlawful conduct and the labour board: whether a captive-audience meeting carries a threat, and whether an unlawful
    /// act is charged. A stream of its own, so that these draws leave the employer's and the legal channel's untouched.
    /// </summary>
    public Pcg32 Charges { get; } = RandomSource.For(seed, RandomStream.Charges, workplace);
}
