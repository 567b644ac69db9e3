using CampaignSim.Domain.ScenarioSpecs;
using CampaignSim.Domain.Simulation;

namespace CampaignSim.Domain.OrganizingModels;

/// <summary>
/// An organizing model (docs/ODD.md §7.14): a policy and a set of structures. A model decides what the committee
/// does and through which organizations; every outcome comes from the shared mechanics, never from the model.
/// </summary>
public abstract class OrganizingModel
{
    /// <summary>Stable id, as in docs/ODD.md §7.14 (<c>independent-solidarity</c>…).</summary>
    public abstract string Id { get; }

    /// <summary>Readable name.</summary>
    public abstract string Name { get; }

    /// <summary>What the model does, in plain words for a committee.</summary>
    public abstract string Summary { get; }

    /// <summary>Whether the model works through an existing mainstream union and so needs one.</summary>
    public abstract bool NeedsMainstreamUnion { get; }

    /// <summary>Whether a caucus taking this approach leaves the union when a conservative leadership takes office.</summary>
    public virtual bool DisaffiliatesUnderConservativeLeadership => false;

    /// <summary>Whether it runs a caucus slate in the union's officer elections.</summary>
    public virtual bool RunsForOffice => false;

    /// <summary>Why the model cannot be used in a workplace, or null when it can.</summary>
    public virtual string? NotApplicableBecause(WorkplaceSpec workplace) =>
        NeedsMainstreamUnion && !workplace.Union.Present
            ? $"{Name} works through an existing mainstream union, and {workplace.Name} has none."
            : null;

    /// <summary>What the model does this week, given the situation.</summary>
    public abstract ModelPosture Posture(WorkplaceState workplace);
}
