using System.Linq.Expressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A nested section; keys it leaves out keep the parent record's default for that section.</summary>
internal sealed class SectionField<T, TSection> : Field<T>
    where T : class
    where TSection : class, new()
{
    private readonly Func<T, TSection> get;
    private readonly Func<T, TSection, T> set;
    private readonly RecordSchema<TSection> schema;

    public SectionField(Expression<Func<T, TSection>> getter, RecordSchema<TSection> schema, Func<T, TSection, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
        this.schema = schema;
    }

    public override FieldShape Shape => FieldShape.Section;

    public override IRecordSchema Child => schema;

    public override string TypeText => "section";

    public TSection Get(T record) => get(record);

    // Starting from the parent's value (not new TSection()) keeps defaults that differ per use, e.g. grievance vs fear.
    public override T Read(T record, YamlNode node, ScenarioReader reader, string path) =>
        set(record, schema.Read(node, get(record), reader, path));

    public override YamlNode? Write(T value, T? defaults)
    {
        var map = schema.Write(get(value), defaults is null ? null : get(defaults));
        return map.Children.Count == 0 ? null : map;
    }
}
