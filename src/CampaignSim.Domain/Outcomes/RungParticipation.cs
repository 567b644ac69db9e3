using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using CampaignSim.Domain.Tactics;

namespace CampaignSim.Domain.Outcomes;

/// <summary>
/// The largest share of employed workers in one action on each rung of the escalation ladder (<see cref="Tactic"/> order,
/// lowest first), 0 for a rung never used: how far a campaign got on each rung, so that a petition signed by nearly everyone
/// does not pass for a march or a strike. Compared by value so that two equal runs have equal outcomes; serialized as a
/// JSON array.
/// </summary>
[JsonConverter(typeof(RungParticipationConverter))]
public sealed class RungParticipation(IReadOnlyList<double> peaks) : IReadOnlyList<double>, IEquatable<RungParticipation>
{
    private readonly double[] _peaks = [.. peaks];

    /// <summary>No action on any rung (also what an outcome stored before rungs were recorded reads as).</summary>
    public static RungParticipation None { get; } = new([]);

    /// <inheritdoc />
    public int Count => _peaks.Length;

    /// <inheritdoc />
    public double this[int index] => _peaks[index];

    /// <summary>The largest share on a rung; 0 when it was never used or not recorded.</summary>
    public double Of(Tactic tactic) => (int)tactic < _peaks.Length ? _peaks[(int)tactic] : 0;

    /// <inheritdoc />
    public IEnumerator<double> GetEnumerator() => ((IEnumerable<double>)_peaks).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(RungParticipation? other) => other is not null && _peaks.SequenceEqual(other._peaks);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RungParticipation);

    /// <inheritdoc />
    public override int GetHashCode() => _peaks.Aggregate(_peaks.Length, (h, p) => HashCode.Combine(h, p));

    private sealed class RungParticipationConverter : JsonConverter<RungParticipation>
    {
        public override RungParticipation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<double[]>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, RungParticipation value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value._peaks, options);
    }
}
