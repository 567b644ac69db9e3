namespace CampaignSim.Domain.Mechanics;

/// <summary>What kind of number a <see cref="ParameterAttribute"/> declares.</summary>
public enum ParameterKind
{
    /// <summary>A behavioural coefficient of the mechanics: an assumption or a calibrated figure, uncertain.</summary>
    Coefficient,

    /// <summary>A policy number of an organizing model (<c>mechanics.models.*</c>): what the model chooses to do.</summary>
    Policy,

    /// <summary>A fact of the situation the scenario describes (the workplace, its union, its contract, the law).</summary>
    Situation,
}
