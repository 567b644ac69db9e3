namespace CampaignSim.Domain.Mechanics;

/// <summary>
/// Declares a scenario key that is not a number: a label, a choice or a list. It carries what the documentation says
/// of the key (docs/ODD.md Appendix A); numbers and switches are declared with <see cref="ParameterAttribute"/> instead.
/// </summary>
/// <param name="unit">What the value is, in plain words ("id", "choice", "job class ids").</param>
/// <param name="range">What is allowed, in words; empty for a choice, whose values are listed from its type.</param>
/// <param name="source">"— " and what the key is for (a label), or the source of its default as for a parameter.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SettingAttribute(string unit, string range, string source) : Attribute
{
    /// <summary>What the value is.</summary>
    public string Unit { get; } = unit;

    /// <summary>What is allowed, in words (empty for a choice).</summary>
    public string Range { get; } = range;

    /// <summary>What the key is for, or where its default comes from.</summary>
    public string Source { get; } = source;
}
