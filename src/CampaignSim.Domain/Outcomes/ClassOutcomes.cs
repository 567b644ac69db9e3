using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignSim.Domain.Outcomes;

/// <summary>The outcomes per job class of a run, compared by value so that two equal runs have equal outcomes; serialized as a JSON array.</summary>
[JsonConverter(typeof(ClassOutcomesConverter))]
public sealed class ClassOutcomes(IReadOnlyList<ClassOutcome> items) : IReadOnlyList<ClassOutcome>, IEquatable<ClassOutcomes>
{
    private readonly ClassOutcome[] _items = [.. items];

    /// <summary>No classes.</summary>
    public static ClassOutcomes Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public ClassOutcome this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<ClassOutcome> GetEnumerator() => ((IEnumerable<ClassOutcome>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ClassOutcomes? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClassOutcomes);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Aggregate(_items.Length, (h, c) => HashCode.Combine(h, c));

    private sealed class ClassOutcomesConverter : JsonConverter<ClassOutcomes>
    {
        public override ClassOutcomes Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<ClassOutcome[]>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, ClassOutcomes value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value._items, options);
    }
}
