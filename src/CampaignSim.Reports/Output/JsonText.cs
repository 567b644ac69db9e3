using System.Text.Encodings.Web;
using System.Text.Json;

namespace CampaignSim.Reports.Output;

/// <summary>Indented JSON with '\n' line ends and numbers in round-trip form, identical on every machine.</summary>
public static class JsonText
{
    /// <summary>Writer options used for every JSON file.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a number in round-trip form; null for NaN or infinity, which JSON cannot hold.</summary>
    public static void Number(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteRawValue(Numbers.RoundTrip(value), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a named number.</summary>
    public static void Number(Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        Number(writer, value);
    }

    /// <summary>Writes a 95% interval as <c>"ci95": [low, high]</c>.</summary>
    public static void Interval(Utf8JsonWriter writer, double low, double high)
    {
        writer.WritePropertyName("ci95");
        writer.WriteStartArray();
        Number(writer, low);
        Number(writer, high);
        writer.WriteEndArray();
    }

    /// <summary>Renders a document with <paramref name="write"/>, ending in a newline.</summary>
    public static byte[] Render(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
