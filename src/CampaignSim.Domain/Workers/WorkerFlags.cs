namespace CampaignSim.Domain.Workers;

/// <summary>Memberships and statuses of a worker.</summary>
[Flags]
public enum WorkerFlags : ushort
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>Employed at the workplace (not fired, not laid off).</summary>
    Employed = 1,
    /// <summary>On the organizing committee.</summary>
    Committee = 2,
    /// <summary>Member of the mainstream union.</summary>
    Mainstream = 4,
    /// <summary>Member of the solidarity union.</summary>
    Solidarity = 8,
    /// <summary>Member of the caucus.</summary>
    Caucus = 16,
    /// <summary>A steward of the mainstream union.</summary>
    Steward = 32,
    /// <summary>Has had a deep one-on-one with an organizer.</summary>
    DeepContact = 64,
    /// <summary>Signed a union authorisation card.</summary>
    CardSigned = 256,
    /// <summary>Was on the committee at some point (a worker-leader developed).</summary>
    EverCommittee = 512,
    /// <summary>Contacted by the caucus's election campaign.</summary>
    VoteContacted = 1024,
    /// <summary>Fired (as opposed to laid off).</summary>
    Fired = 2048,
    /// <summary>Willing to serve on an organizing committee.</summary>
    WouldLead = 4096,
}
