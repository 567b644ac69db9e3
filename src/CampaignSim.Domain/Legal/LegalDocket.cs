using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Legal;

/// <summary>What waits on the legal channel: formal grievances in the procedure, firing cases, and a recognition petition with its election.</summary>
public sealed class LegalDocket
{
    private readonly List<PendingGrievance> _grievances = [];
    private readonly List<PendingCharge> _charges = [];

    /// <summary>Formal grievances waiting for a decision, in filing order.</summary>
    public IReadOnlyList<PendingGrievance> Grievances => _grievances;

    /// <summary>Firing cases waiting for a remedy, in filing order.</summary>
    public IReadOnlyList<PendingCharge> Charges => _charges;

    /// <summary>Id the next grievance filed here gets.</summary>
    public int NextGrievanceId { get; private set; }

    /// <summary>Whether a recognition petition has been filed (and not yet lost at an election).</summary>
    public bool PetitionFiled { get; private set; }

    /// <summary>Week of the certification election for the petition on file.</summary>
    public int CertificationElectionWeek { get; private set; }

    /// <summary>Week of the last certification election (a lost one bars another for a year).</summary>
    public int LastCertificationElectionWeek { get; private set; } = Units.Never;

    /// <summary>Week the union last withdrew a petition before its election (which bars a new one for a while).</summary>
    public int LastWithdrawalWeek { get; private set; } = Units.Never;

    internal void Apply(GrievanceFiled x, int delayWeeks)
    {
        NextGrievanceId = x.GrievanceId + 1;
        if (x.Channel == GrievanceChannel.Formal) _grievances.Add(new PendingGrievance(x.GrievanceId, x.Department, x.Week + delayWeeks));
    }

    /// <summary>A decision takes its grievance off the docket (one decided on the floor was never on it).</summary>
    internal void Apply(GrievanceDecided x) => _grievances.RemoveAll(g => g.Id == x.GrievanceId);

    internal void Apply(ChargeFiled x) => _charges.Add(new PendingCharge(x.Worker, x.DueWeek, x.Channel));

    internal void Apply(RemedyDecided x) => _charges.RemoveAll(c => c.Worker == x.Worker);

    internal void Apply(WorkerReinstated x) => _charges.RemoveAll(c => c.Worker == x.Worker);

    internal void Apply(RecognitionPetitionFiled x)
    {
        PetitionFiled = true;
        CertificationElectionWeek = x.ElectionWeek;
    }

    internal void Apply(RecognitionPetitionWithdrawn x)
    {
        PetitionFiled = false;
        LastWithdrawalWeek = x.Week;
    }

    internal void Apply(CertificationElectionHeld x)
    {
        if (!x.Won) PetitionFiled = false;
        LastCertificationElectionWeek = x.Week;
    }

    internal void Digest(Action<int> n)
    {
        n(PetitionFiled ? 1 : 0); n(CertificationElectionWeek); n(LastCertificationElectionWeek); n(LastWithdrawalWeek); n(NextGrievanceId);
        foreach (var g in _grievances) { n(g.Id); n(g.Department); n(g.DueWeek); }
        foreach (var c in _charges) { n(c.Worker); n(c.DueWeek); n((int)c.Channel); }
    }
}

/// <summary>A formal grievance in the procedure.</summary>
/// <param name="Id">The grievance's id (<see cref="GrievanceFiled.GrievanceId"/>).</param>
/// <param name="Department">Where the violation happened.</param>
/// <param name="DueWeek">Week the decision falls due.</param>
public sealed record PendingGrievance(int Id, int Department, int DueWeek);

/// <summary>A firing contested through a charge or a just-cause grievance.</summary>
/// <param name="Worker">The fired worker.</param>
/// <param name="DueWeek">Week the remedy falls due.</param>
/// <param name="Channel">Where it is contested.</param>
public sealed record PendingCharge(int Worker, int DueWeek, RemedyChannel Channel);
