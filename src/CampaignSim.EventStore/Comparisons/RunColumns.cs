using System.Text.Json.Nodes;

namespace CampaignSim.EventStore.Comparisons;

/// <summary>
/// Turns the JSON of several runs' records of one shape (outcomes, timelines) into columns and back: one JSON array per
/// leaf, keyed by the leaf's JSON Pointer (RFC 6901), holding that leaf's value for every run in order. Names are then
/// written once per block instead of once per run, and a column reads as one field over the block's runs.
/// </summary>
/// <remarks>
/// <para>The shape comes from the JSON itself, not from the types, so that a field added to an outcome is kept without a
/// change here. Objects with the same property names in every row are descended into; so are arrays of the same length
/// whose items are all objects or arrays (the outcome's job classes); anything else (numbers, strings, arrays of
/// numbers such as a weekly series, rows that differ in shape) is a leaf, whose column holds each row's value whole.</para>
/// <para>A pointer token made of digits only is an array index, so an object whose property name is all digits is kept as
/// a leaf. Reading a column set back rebuilds every row, up to the order of properties (jsonb orders keys its own
/// way), which no reader depends on.</para>
/// </remarks>
internal static class RunColumns
{
    /// <summary>The columns of <paramref name="rows"/> (at least one).</summary>
    public static JsonObject Of(IReadOnlyList<JsonNode?> rows)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var columns = new JsonObject();
        Flatten(rows, "", columns);
        return columns;
    }

    /// <summary>The <paramref name="count"/> rows whose columns are <paramref name="columns"/>.</summary>
    /// <exception cref="EventStoreException">A column does not hold <paramref name="count"/> values, or two columns
    /// place values at the same spot.</exception>
    public static JsonNode?[] Rows(JsonObject columns, int count)
    {
        var rows = new JsonNode?[count];
        foreach (var (pointer, column) in columns)
        {
            if (column is not JsonArray values || values.Count != count)
                throw new EventStoreException($"Column '{pointer}' of a recorded block does not hold one value per run ({count}).");
            var tokens = Tokens(pointer);
            for (var i = 0; i < count; i++)
                rows[i] = Place(rows[i], tokens, 0, values[i]?.DeepClone(), pointer);
        }
        return rows;
    }

    private static void Flatten(IReadOnlyList<JsonNode?> rows, string pointer, JsonObject columns)
    {
        if (SameObjectShape(rows) is { } names)
        {
            foreach (var name in names)
                Flatten([.. rows.Select(r => ((JsonObject)r!)[name])], pointer + "/" + Escape(name), columns);
            return;
        }
        if (SameArrayOfContainers(rows) is { } length)
        {
            for (var i = 0; i < length; i++)
                Flatten([.. rows.Select(r => ((JsonArray)r!)[i])], pointer + "/" + i, columns);
            return;
        }
        var column = new JsonArray();
        foreach (var row in rows) column.Add(row?.DeepClone());
        columns[pointer] = column;
    }

    /// <summary>The property names when every row is a non-empty object with the same names in the same order.</summary>
    private static string[]? SameObjectShape(IReadOnlyList<JsonNode?> rows)
    {
        if (rows[0] is not JsonObject first || first.Count == 0) return null;
        var names = first.Select(p => p.Key).ToArray();
        if (names.Any(IsIndex)) return null;
        foreach (var row in rows)
        {
            if (row is not JsonObject o || o.Count != names.Length) return null;
            var k = 0;
            foreach (var (name, _) in o)
                if (name != names[k++]) return null;
        }
        return names;
    }

    /// <summary>The length when every row is a non-empty array of that length whose items are all objects or arrays.</summary>
    private static int? SameArrayOfContainers(IReadOnlyList<JsonNode?> rows)
    {
        if (rows[0] is not JsonArray first || first.Count == 0) return null;
        foreach (var row in rows)
            if (row is not JsonArray a || a.Count != first.Count || a.Any(item => item is not (JsonObject or JsonArray))) return null;
        return first.Count;
    }

    private static JsonNode? Place(JsonNode? node, string[] tokens, int depth, JsonNode? value, string pointer)
    {
        if (depth == tokens.Length)
        {
            if (node is not null) throw new EventStoreException($"Column '{pointer}' of a recorded block overlaps another.");
            return value;
        }
        var token = tokens[depth];
        if (IsIndex(token))
        {
            var array = node as JsonArray ?? (node is null ? new JsonArray() : throw Overlap(pointer));
            var index = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
            while (array.Count <= index) array.Add(null);
            // A node has one parent: the item is taken out of the array while it is filled, then put back.
            var item = array[index];
            array[index] = null;
            array[index] = Place(item, tokens, depth + 1, value, pointer);
            return array;
        }
        var obj = node as JsonObject ?? (node is null ? new JsonObject() : throw Overlap(pointer));
        obj.Remove(token, out var child);
        obj[token] = Place(child, tokens, depth + 1, value, pointer);
        return obj;
    }

    private static EventStoreException Overlap(string pointer) => new($"Column '{pointer}' of a recorded block overlaps another.");

    private static bool IsIndex(string token) => token.Length is > 0 and < 10 && token.All(char.IsAsciiDigit);

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");

    private static string[] Tokens(string pointer)
    {
        if (pointer.Length == 0) return [];
        if (pointer[0] != '/') throw new EventStoreException($"Column '{pointer}' of a recorded block is not a JSON Pointer.");
        return [.. pointer[1..].Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~"))];
    }
}
