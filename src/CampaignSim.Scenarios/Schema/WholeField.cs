using System.Linq.Expressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A whole number (a count or a week) within a closed range, with an optional extra rule.</summary>
internal sealed class WholeField<T> : Field<T>
    where T : class
{
    private readonly Func<T, int> get;
    private readonly Func<T, int, T> set;

    public WholeField(Expression<Func<T, int>> getter, int min, int max, Func<T, int, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
        Min = min;
        Max = max;
    }

    /// <summary>A whole number within the range its property declares with a <see cref="Domain.Mechanics.ParameterAttribute"/> (written once, there).</summary>
    public WholeField(Expression<Func<T, int>> getter, Func<T, int, T> set)
        : this(getter, (int)Member.RequiredRange(getter).Min, (int)Member.RequiredRange(getter).Max, set)
    {
    }

    public int Min { get; }

    public int Max { get; }

    /// <summary>Extra rule on an in-range value: returns an error message, or null when the value is fine.</summary>
    public Func<int, string?>? Rule { get; init; }

    /// <summary>Replaces the generic range message, for keys whose range is one value (the schema version).</summary>
    public Func<long, string>? OutOfRange { get; init; }

    /// <summary>Text shown as the range in docs and messages, when it depends on other keys ("1–weeks").</summary>
    public string? RangeOverride { get; init; }

    public override FieldShape Shape => FieldShape.Value;

    public override string TypeText => "whole number";

    public override string RangeText => RangeOverride ?? $"{YamlNames.Number(Min)}–{YamlNames.Number(Max)}";

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path)
    {
        var expected = $"a whole number between {YamlNames.Number(Min)} and {YamlNames.Number(Max)}";
        if (!ScalarText.TryWhole(node, reader, path, expected, out var value))
        {
            return record;
        }

        if (value < Min || value > Max)
        {
            reader.Report(node, path, OutOfRange?.Invoke(value)
                ?? $"must be between {YamlNames.Number(Min)} and {YamlNames.Number(Max)}, got {YamlNames.Number(value)}");
            return record;
        }

        if (Rule?.Invoke((int)value) is { } problem)
        {
            reader.Report(node, path, problem);
            return record;
        }

        return set(record, (int)value);
    }

    public override YamlNode? Write(T value, T? defaults) =>
        defaults is not null && get(value) == get(defaults) ? null : new YamlScalarNode(YamlNames.Number(get(value)));
}
