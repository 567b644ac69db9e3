using System.Linq.Expressions;
using CampaignSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace CampaignSim.Scenarios.Schema;

/// <summary>An enum value, spelt in kebab-case in YAML (<c>SmallWorld</c> is <c>small-world</c>).</summary>
internal sealed class ChoiceField<T, TEnum> : Field<T>
    where T : class
    where TEnum : struct, Enum
{
    private readonly Func<T, TEnum> get;
    private readonly Func<T, TEnum, T> set;

    public ChoiceField(Expression<Func<T, TEnum>> getter, Func<T, TEnum, T> set)
        : base(Member.Key(getter), Member.Name(getter))
    {
        get = getter.Compile();
        this.set = set;
    }

    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<TEnum>().Select(YamlNames.Kebab).ToArray();

    public override FieldShape Shape => FieldShape.Value;

    public override string TypeText => $"one of: {YamlNames.List(Names)}";

    public static string Spell(TEnum value) => YamlNames.Kebab(value.ToString());

    public override T Read(T record, YamlNode node, ScenarioReader reader, string path)
    {
        if (node is not YamlScalarNode { Value: { } text } || YamlNames.IsNull(node))
        {
            reader.Report(node, path, $"expected one of: {YamlNames.List(Names)}, got {YamlNames.Describe(node)}");
            return record;
        }

        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Spell(value), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return set(record, value);
            }
        }

        reader.Report(node, path, $"'{YamlNames.Shorten(text)}' is not allowed; {Suggestions.DidYouMean(text, Names)}allowed values: {YamlNames.List(Names)}");
        return record;
    }

    public override YamlNode? Write(T value, T? defaults) =>
        defaults is not null && EqualityComparer<TEnum>.Default.Equals(get(value), get(defaults)) ? null : new YamlScalarNode(Spell(get(value)));
}
