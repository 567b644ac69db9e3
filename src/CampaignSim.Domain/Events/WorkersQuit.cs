using CampaignSim.Domain.Workers;

namespace CampaignSim.Domain.Events;

/// <summary>
/// Workers who quit this week, each replaced by a new hire who takes her place (her job class, department, wage and
/// ties): <paramref name="Hires"/>[k] takes the place of <paramref name="Workers"/>[k]. <paramref name="CommitteeMembers"/>
/// are those of them who sat on the organizing committee.
/// </summary>
public sealed record WorkersQuit(int Week, int Workplace, int[] Workers, WorkerProfile[] Hires, int[] CommitteeMembers) : CampaignEvent(Week), IWorkplaceEvent;
