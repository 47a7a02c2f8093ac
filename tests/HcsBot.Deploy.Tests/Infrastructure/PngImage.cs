using System.Buffers.Binary;
using System.IO.Compression;

namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>
/// A minimal PNG reader: enough to check Teams' icon rules (size from IHDR, colour type, pixels) without
/// an imaging library. Handles non-interlaced 8-bit greyscale, grey+alpha, RGB and RGBA images.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte bitDepth, byte colorType, byte interlace, byte[]? rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Interlace = interlace;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>0 greyscale, 2 RGB, 3 palette, 4 greyscale+alpha, 6 RGBA.</summary>
    public byte ColorType { get; }

    public byte Interlace { get; }

    public bool HasAlphaChannel => ColorType is 4 or 6;

    /// <summary>Decoded pixels, 4 bytes (R, G, B, A) each, row by row; null when the format is not one we decode.</summary>
    public byte[]? Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var pixels = Rgba ?? throw new InvalidOperationException("This PNG format is not decoded.");
        var i = ((y * Width) + x) * 4;
        return (pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]);
    }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file (bad signature).");
        }

        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        var sawHeader = false;
        while (offset + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset, 4));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data[..4]);
                    height = BinaryPrimitives.ReadInt32BigEndian(data.Slice(4, 4));
                    bitDepth = data[8];
                    colorType = data[9];
                    interlace = data[12];
                    sawHeader = true;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                default:
                    break;
            }

            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        if (!sawHeader)
        {
            throw new InvalidDataException($"{path} has no IHDR chunk.");
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => 0,
        };
        if (channels == 0 || bitDepth != 8 || interlace != 0)
        {
            return new PngImage(width, height, bitDepth, colorType, interlace, null);
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var scanlines = raw.ToArray();
        var stride = width * channels;
        if (scanlines.Length < height * (stride + 1))
        {
            throw new InvalidDataException($"{path}: image data is shorter than {width}x{height} needs.");
        }

        var pixels = Unfilter(scanlines, width, height, channels);
        var rgba = new byte[width * height * 4];
        for (var p = 0; p < width * height; p++)
        {
            var s = p * channels;
            var d = p * 4;
            switch (channels)
            {
                case 1:
                    rgba[d] = rgba[d + 1] = rgba[d + 2] = pixels[s];
                    rgba[d + 3] = 255;
                    break;
                case 2:
                    rgba[d] = rgba[d + 1] = rgba[d + 2] = pixels[s];
                    rgba[d + 3] = pixels[s + 1];
                    break;
                case 3:
                    rgba[d] = pixels[s];
                    rgba[d + 1] = pixels[s + 1];
                    rgba[d + 2] = pixels[s + 2];
                    rgba[d + 3] = 255;
                    break;
                default:
                    Array.Copy(pixels, s, rgba, d, 4);
                    break;
            }
        }

        return new PngImage(width, height, bitDepth, colorType, interlace, rgba);
    }

    /// <summary>Reverses the per-scanline filters (PNG specification, section 9).</summary>
    private static byte[] Unfilter(byte[] scanlines, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        var output = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = scanlines[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            var previous = row - stride;
            for (var x = 0; x < stride; x++)
            {
                var value = scanlines[source + x];
                int left = x >= bytesPerPixel ? output[row + x - bytesPerPixel] : 0;
                int up = y > 0 ? output[previous + x] : 0;
                int upLeft = y > 0 && x >= bytesPerPixel ? output[previous + x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter} on row {y}."),
                };
                output[row + x] = unchecked((byte)(value + predictor));
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
