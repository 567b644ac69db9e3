using System.Linq.Expressions;
using System.Text.RegularExpressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>A list of ids (<c>[aides, housekeepers]</c>); which ids exist is checked across keys in <see cref="ScenarioRules"/>.</summary>
internal sealed partial class IdListField<T> : Field<T>
    where T : class
{
    private readonly Func<T, IReadOnlyList<string>> get;
    private readonly Func<T, IReadOnlyList<string>, T> set;

    public IdListField(Expression<Func<T, IReadOnlyList<string>>> getter, Func<T, IReadOnlyList<string>, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
    }

    /// <summary>Most ids in the list.</summary>
    public int MaxItems { get; init; } = ScenarioLimits.MaxItemsPerWorkplace;

    public override FieldShape Shape => FieldShape.Value;

    public override string TypeText => "list of ids";

    public override string RangeText => "ids of the workplace's job classes; empty = all";

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path)
    {
        if (YamlNames.IsNull(node))
        {
            return set(record, []);
        }

        if (node is not YamlSequenceNode list)
        {
            reader.Report(node, path, $"expected a list of ids such as [aides, housekeepers], got {YamlNames.Describe(node)}");
            return record;
        }

        if (list.Children.Count > MaxItems)
        {
            reader.Report(node, path, $"has {list.Children.Count:N0} items; at most {MaxItems:N0} are allowed");
            return record;
        }

        var ids = new List<string>();
        var ok = true;
        for (var k = 0; k < list.Children.Count; k++)
        {
            var item = list.Children[k];
            var itemPath = ScenarioReader.Item(path, k);
            if (!ScalarText.TryText(item, reader, itemPath, out var value) || value is null || !IdPattern().IsMatch(value) || value.Length > ScenarioLimits.MaxIdLength)
            {
                reader.Report(item, itemPath, "expected an id (letters, digits, dashes)");
                ok = false;
                continue;
            }

            reader.Remember(itemPath, item);
            ids.Add(value);
        }

        return ok ? set(record, ids) : record;
    }

    public override YamlNode? Write(T value, T? defaults)
    {
        var ids = get(value);
        if (defaults is not null && ids.SequenceEqual(get(defaults), StringComparer.Ordinal))
        {
            return null;
        }

        var node = new YamlSequenceNode(ids.Select(i => new YamlScalarNode(i))) { Style = YamlDotNet.Core.Events.SequenceStyle.Flow };
        return node;
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex IdPattern();
}
