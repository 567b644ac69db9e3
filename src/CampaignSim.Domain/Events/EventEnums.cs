namespace CampaignSim.Domain.Events;

/// <summary>Depth of a one-on-one: a deep organizing conversation or a shallow vote-getting contact.</summary>
public enum ContactDepth
{
    /// <summary>An organizing conversation that builds trust for action.</summary>
    Deep,
    /// <summary>A short contact to win a vote.</summary>
    Shallow,
}

/// <summary>The organizations a worker can belong to.</summary>
public enum OrganizationKind
{
    /// <summary>The mainstream union.</summary>
    Mainstream,
    /// <summary>The solidarity union (both cards = dual card).</summary>
    Solidarity,
    /// <summary>The reform caucus inside the mainstream union.</summary>
    Caucus,
}

/// <summary>How a grievance is handled.</summary>
public enum GrievanceChannel
{
    /// <summary>The contract's grievance and arbitration procedure.</summary>
    Formal,
    /// <summary>Coworkers confront the boss together on the floor.</summary>
    DirectAction,
}

/// <summary>Who made a decision: the measure of worker control (docs/ODD.md §7.13).</summary>
public enum DecisionMaker
{
    /// <summary>Workers themselves: the committee, a membership vote, stewards on the floor.</summary>
    Workers,
    /// <summary>Paid union staff.</summary>
    Staff,
    /// <summary>Union officers and the executive board.</summary>
    Officials,
}

/// <summary>Where a firing is contested.</summary>
public enum RemedyChannel
{
    /// <summary>An unfair-labour-practice charge with the labour board.</summary>
    UnfairLaborPracticeCharge,
    /// <summary>A just-cause grievance under the contract.</summary>
    ContractGrievance,
}
