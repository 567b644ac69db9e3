using System.Buffers.Binary;
using System.IO.Compression;

namespace CampaignSim.Cli.Tests;

/// <summary>A minimal PNG reader (8-bit RGB or RGBA, non-interlaced: what Chromium writes) for counting pixels.</summary>
internal static class PngPixels
{
    /// <summary>Counts pixels whose colour is clearly saturated (not white, grey or black): chart marks, not text.</summary>
    public static (int Width, int Height, int Coloured) CountColoured(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        var colourType = bytes[25];
        var channels = colourType switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {colourType} not handled") };
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (type == "IDAT") idat.Write(bytes, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var data = raw.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var coloured = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            Array.Copy(data, y * (stride + 1) + 1, row, 0, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? row[x - channels] : 0, b = previous[x], c = x >= channels ? previous[x - channels] : 0;
                row[x] = (byte)(row[x] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }
            for (var x = 0; x < width; x++)
            {
                int r = row[x * channels], g = row[x * channels + 1], bl = row[x * channels + 2];
                if (Math.Max(r, Math.Max(g, bl)) - Math.Min(r, Math.Min(g, bl)) > 60) coloured++;
            }
            (previous, row) = (row, previous);
        }
        return (width, height, coloured);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
