namespace CampaignSim.Domain.Events;

/// <summary>How the committee (and any staff) spent its hours this week; onboarding is time spent bringing new members in.</summary>
public sealed record CommitteeWeekPlanned(int Week, int Workplace, double OneOnOneHours, double TrainingHours, double CampaignHours, double ConflictHours, double MeetingHours, double ServicingHours, double OnboardingHours, double StaffHours) : CampaignEvent(Week), IWorkplaceEvent;
