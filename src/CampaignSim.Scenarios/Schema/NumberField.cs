using System.Linq.Expressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A real number within a closed range.</summary>
internal sealed class NumberField<T> : Field<T>
    where T : class
{
    private readonly Func<T, double> get;
    private readonly Func<T, double, T> set;

    public NumberField(Expression<Func<T, double>> getter, double min, double max, Func<T, double, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
        Min = min;
        Max = max;
    }

    /// <summary>A number within the range its property declares with a <see cref="Domain.Mechanics.ParameterAttribute"/> (written once, there).</summary>
    public NumberField(Expression<Func<T, double>> getter, Func<T, double, T> set)
        : this(getter, Member.RequiredRange(getter).Min, Member.RequiredRange(getter).Max, set)
    {
    }

    public double Min { get; }

    public double Max { get; }

    public override FieldShape Shape => FieldShape.Value;

    public override string TypeText => "number";

    public override string RangeText => $"{YamlNames.Number(Min)}–{YamlNames.Number(Max)}";

    public double Get(T record) => get(record);

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path)
    {
        var expected = $"a number between {YamlNames.Number(Min)} and {YamlNames.Number(Max)}";
        if (!ScalarText.TryNumber(node, reader, path, expected, out var value))
        {
            return record;
        }

        if (value < Min || value > Max)
        {
            reader.Report(node, path, $"must be between {YamlNames.Number(Min)} and {YamlNames.Number(Max)}, got {YamlNames.Number(value)}");
            return record;
        }

        return set(record, value);
    }

    public override YamlNode? Write(T value, T? defaults) =>
        defaults is not null && get(value).Equals(get(defaults)) ? null : new YamlScalarNode(YamlNames.Number(get(value)));
}
