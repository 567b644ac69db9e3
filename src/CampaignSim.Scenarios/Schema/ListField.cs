using System.Linq.Expressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A list of sections; each item starts from the item record's defaults.</summary>
internal sealed class ListField<T, TItem> : Field<T>, IListFieldSchema
    where T : class, new()
    where TItem : class, new()
{
    private readonly Func<T, IReadOnlyList<TItem>> get;
    private readonly Func<T, IReadOnlyList<TItem>, T> set;
    private readonly RecordSchema<TItem> schema;

    public ListField(Expression<Func<T, IReadOnlyList<TItem>>> getter, RecordSchema<TItem> schema, Func<T, IReadOnlyList<TItem>, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
        this.schema = schema;
    }

    /// <summary>Fewest items allowed (1 for workplaces, job classes and demands).</summary>
    public int MinItems { get; init; }

    /// <summary>Most items allowed.</summary>
    public int MaxItems { get; init; } = int.MaxValue;

    public override FieldShape Shape => FieldShape.List;

    public override IRecordSchema Child => schema;

    public override string TypeText => "list";

    public override string RangeText => MaxItems == int.MaxValue
        ? MinItems > 0 ? $"at least {MinItems} item" : ""
        : $"{MinItems}–{MaxItems:N0} items";

    public IReadOnlyList<TItem> Get(T record) => get(record);

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path)
    {
        if (YamlNames.IsNull(node))
        {
            return record;
        }

        if (node is not YamlSequenceNode sequence)
        {
            reader.Report(node, path, $"expected a list of items with keys ({schema.AllowedKeys}), got {YamlNames.Describe(node)}");
            return record;
        }

        if (sequence.Children.Count < MinItems)
        {
            reader.Report(node, path, $"needs at least {MinItems} item, got an empty list");
            return record;
        }

        if (sequence.Children.Count > MaxItems)
        {
            reader.Report(node, path, $"has {sequence.Children.Count:N0} items; at most {MaxItems:N0} are allowed");
            return record;
        }

        var items = new List<TItem>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = ScenarioReader.Item(path, i);
            reader.Remember(itemPath, sequence.Children[i]);
            items.Add(schema.Read(sequence.Children[i], new TItem(), reader, itemPath));
        }

        return set(record, items);
    }

    public override YamlNode? Write(T value, T? defaults)
    {
        var mine = ToNode(get(value));
        return defaults is not null && Render(mine) == Render(ToNode(get(defaults))) ? null : mine;
    }

    public YamlSequenceNode DefaultItems() => ToNode(get(new T()));

    private YamlSequenceNode ToNode(IReadOnlyList<TItem> items) =>
        new(items.Select(item => (YamlNode)schema.Write(item, new TItem())));

    private static string Render(YamlNode node)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
