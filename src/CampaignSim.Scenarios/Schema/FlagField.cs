using System.Linq.Expressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A true/false switch.</summary>
internal sealed class FlagField<T> : Field<T>
    where T : class
{
    private readonly Func<T, bool> get;
    private readonly Func<T, bool, T> set;

    public FlagField(Expression<Func<T, bool>> getter, Func<T, bool, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
    }

    public override FieldShape Shape => FieldShape.Value;

    public override string TypeText => "true/false";

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path) =>
        ScalarText.TryFlag(node, reader, path, out var value) ? set(record, value) : record;

    public override YamlNode? Write(T value, T? defaults) =>
        defaults is not null && get(value) == get(defaults) ? null : new YamlScalarNode(get(value) ? "true" : "false");
}
