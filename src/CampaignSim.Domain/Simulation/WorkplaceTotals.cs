using System.Globalization;
using System.Text;
using CampaignSim.Domain.Events;

namespace CampaignSim.Domain.Simulation;

/// <summary>Counters accumulated by the fold, from which a run's outcome is read.</summary>
public sealed class WorkplaceTotals
{
    /// <summary>Workers at the start.</summary>
    public int InitialWorkers { get; set; }
    /// <summary>Hours spent on an officer-election campaign.</summary>
    public double CampaignHours { get; set; }
    /// <summary>Hours spent mediating conflict with the mainstream union's leadership.</summary>
    public double ConflictHours { get; set; }
    /// <summary>Staff organizer hours spent here.</summary>
    public double StaffHours { get; set; }
    /// <summary>Deep one-on-ones held.</summary>
    public int DeepContacts { get; set; }
    /// <summary>Trainings held.</summary>
    public int Trainings { get; set; }
    /// <summary>Contract (or conditions) violations by the employer.</summary>
    public int Violations { get; set; }
    /// <summary>Grievances filed (formal or on the floor).</summary>
    public int GrievancesFiled { get; set; }
    /// <summary>Actions called.</summary>
    public int ActionsCalled { get; set; }
    /// <summary>Actions that breached a no-strike clause in force.</summary>
    public int UnprotectedActions { get; set; }
    /// <summary>Largest share of employed workers in one action.</summary>
    public double PeakParticipation { get; set; }
    /// <summary>Largest participation share among workers outside the bargaining unit.</summary>
    public double PeakCrossClassParticipation { get; set; }
    /// <summary>Demands won, in order.</summary>
    public List<string> DemandsWon { get; } = [];
    /// <summary>Disciplines.</summary>
    public int Disciplines { get; set; }
    /// <summary>Firings.</summary>
    public int Firings { get; set; }
    /// <summary>Firings of committee members.</summary>
    public int LeadersFired { get; set; }
    /// <summary>Fired workers back at work.</summary>
    public int Reinstatements { get; set; }
    /// <summary>Captive-audience meetings.</summary>
    public int CaptiveAudienceMeetings { get; set; }
    /// <summary>Whether the caucus won the leadership.</summary>
    public bool CaucusWonLeadership { get; set; }
    /// <summary>Whether the caucus disaffiliated.</summary>
    public bool Disaffiliated { get; set; }
    /// <summary>Whether the mainstream union was decertified.</summary>
    public bool Decertified { get; set; }
    /// <summary>Whether the union won certification.</summary>
    public bool Certified { get; set; }
    /// <summary>Strikes held.</summary>
    public int StrikesHeld { get; set; }
    /// <summary>Strike days (five a week).</summary>
    public int StrikeDays { get; set; }
    /// <summary>Wages lost to strikes and sick-outs, dollars.</summary>
    public double StrikePayLost { get; set; }
    /// <summary>Contracts ratified.</summary>
    public int ContractsRatified { get; set; }
    /// <summary>Whether a first contract was won.</summary>
    public bool FirstContract { get; set; }
    /// <summary>Raise in the last contract, percent.</summary>
    public double LastContractWagePct { get; set; }
    /// <summary>Whether the last contract has a no-strike clause.</summary>
    public bool LastContractNoStrike { get; set; }
    /// <summary>Dues paid to both unions, dollars.</summary>
    public double DuesPaid { get; set; }
    /// <summary>Decisions made by workers.</summary>
    public int WorkerDecisions { get; set; }
    /// <summary>All decisions counted.</summary>
    public int Decisions { get; set; }
    /// <summary>Largest committee.</summary>
    public int PeakCommittee { get; set; }

    /// <summary>Counts one decision and who made it.</summary>
    public void CountDecision(DecisionMaker by)
    {
        Decisions++;
        if (by == DecisionMaker.Workers) WorkerDecisions++;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var p in typeof(WorkplaceTotals).GetProperties())
        {
            var v = p.GetValue(this);
            sb.Append(p.Name).Append('=');
            sb.Append(v switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                List<string> l => string.Join(',', l),
                _ => Convert.ToString(v, CultureInfo.InvariantCulture),
            });
            sb.Append(';');
        }
        return sb.ToString();
    }
}
