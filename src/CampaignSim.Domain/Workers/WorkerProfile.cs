namespace CampaignSim.Domain.Workers;

/// <summary>A worker as drawn at the start of a campaign. Scales: grievance, fear, trust, threshold and commitment are 0–1.</summary>
/// <param name="JobClass">Index into the workplace's job classes.</param>
/// <param name="Department">Department (or shift), 0-based.</param>
/// <param name="HourlyWage">Dollars per hour.</param>
/// <param name="ProbationWeeksLeft">Weeks of probation left; 0 when past probation.</param>
/// <param name="Grievance">How aggrieved she is.</param>
/// <param name="Fear">Fear of retaliation.</param>
/// <param name="Trust">Trust in the mainstream union.</param>
/// <param name="Threshold">Share of her ties that must be in an action before she joins (Granovetter 1978).</param>
/// <param name="Commitment">Commitment to the organizing effort.</param>
/// <param name="OnCommittee">On the organizing committee at the start.</param>
/// <param name="Steward">A steward of the mainstream union.</param>
/// <param name="MainstreamMember">A dues-paying member of the mainstream union.</param>
/// <param name="WouldLead">Willing to serve on an organizing committee if committed enough.</param>
public sealed record WorkerProfile(
    int JobClass,
    int Department,
    double HourlyWage,
    int ProbationWeeksLeft,
    double Grievance,
    double Fear,
    double Trust,
    double Threshold,
    double Commitment,
    bool OnCommittee,
    bool Steward,
    bool MainstreamMember,
    bool WouldLead);
