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

    /// <summary>Whether a recognition petition has been filed (and not yet lost at an election).</summary>
    public bool PetitionFiled { get; private set; }

    /// <summary>Week of the certification election for the petition on file.</summary>
    public int CertificationElectionWeek { get; private set; }

    /// <summary>Week of the last certification election (a lost one bars another for a year).</summary>
    public int LastCertificationElectionWeek { get; private set; } = Units.Never;

    internal void Apply(GrievanceFiled x, int delayWeeks)
    {
        if (x.Channel == GrievanceChannel.Formal) _grievances.Add(new PendingGrievance(x.Department, x.Week + delayWeeks));
    }

    /// <summary>A decision on a department's grievance takes the first one pending there off the docket.</summary>
    internal void Apply(GrievanceDecided x)
    {
        var k = _grievances.FindIndex(g => g.Department == x.Department);
        if (k >= 0) _grievances.RemoveAt(k);
    }

    internal void Apply(ChargeFiled x) => _charges.Add(new PendingCharge(x.Worker, x.DueWeek, x.Channel));

    internal void Apply(RemedyDecided x) => _charges.RemoveAll(c => c.Worker == x.Worker);

    internal void Apply(WorkerReinstated x) => _charges.RemoveAll(c => c.Worker == x.Worker);

    internal void Apply(RecognitionPetitionFiled x)
    {
        PetitionFiled = true;
        CertificationElectionWeek = x.ElectionWeek;
    }

    internal void Apply(CertificationElectionHeld x)
    {
        if (!x.Won) PetitionFiled = false;
        LastCertificationElectionWeek = x.Week;
    }

    internal void Digest(Action<int> n)
    {
        n(PetitionFiled ? 1 : 0); n(CertificationElectionWeek); n(LastCertificationElectionWeek);
        foreach (var g in _grievances) { n(g.Department); n(g.DueWeek); }
        foreach (var c in _charges) { n(c.Worker); n(c.DueWeek); n((int)c.Channel); }
    }
}

/// <summary>A formal grievance in the procedure.</summary>
/// <param name="Department">Where the violation happened.</param>
/// <param name="DueWeek">Week the decision falls due.</param>
public sealed record PendingGrievance(int Department, int DueWeek);

/// <summary>A firing contested through a charge or a just-cause grievance.</summary>
/// <param name="Worker">The fired worker.</param>
/// <param name="DueWeek">Week the remedy falls due.</param>
/// <param name="Channel">Where it is contested.</param>
public sealed record PendingCharge(int Worker, int DueWeek, RemedyChannel Channel);
