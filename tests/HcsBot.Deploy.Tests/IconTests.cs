using System.Text.Json.Nodes;
using HcsBot.Deploy.Tests.Infrastructure;

namespace HcsBot.Deploy.Tests;

/// <summary>Teams' icon rules: colour 192x192; outline 32x32, white on transparent.</summary>
public sealed class IconTests
{
    [Fact]
    public void Manifest_Icons_NameTheCommittedFiles()
    {
        var icons = JsonNode.Parse(File.ReadAllText(RepoPaths.Manifest))!["icons"]!;

        Assert.Equal("color.png", icons["color"]!.GetValue<string>());
        Assert.Equal("outline.png", icons["outline"]!.GetValue<string>());
    }

    [Fact]
    public void ColorIcon_Header_Is192By192()
    {
        var png = PngImage.Read(RepoPaths.ColorIcon);

        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public void ColorIcon_Pixels_AreOpaqueAndNotOneFlatColour()
    {
        var png = PngImage.Read(RepoPaths.ColorIcon);
        Assert.NotNull(png.Rgba);

        var colours = new HashSet<(byte, byte, byte)>();
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var (r, g, b, a) = png.Pixel(x, y);
                Assert.True(a == 255, $"Pixel ({x},{y}) of color.png is not opaque; the colour icon fills its square.");
                colours.Add((r, g, b));
            }
        }

        Assert.True(colours.Count > 1, "color.png is a single flat colour: the symbol is missing.");
    }

    [Fact]
    public void OutlineIcon_Header_Is32By32WithAlphaChannel()
    {
        var png = PngImage.Read(RepoPaths.OutlineIcon);

        Assert.Equal((32, 32), (png.Width, png.Height));
        Assert.True(png.HasAlphaChannel, $"outline.png has colour type {png.ColorType}; it needs an alpha channel (type 4 or 6).");
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOnATransparentBackground()
    {
        var png = PngImage.Read(RepoPaths.OutlineIcon);
        Assert.True(png.Rgba is not null, $"outline.png uses a format this test does not decode (bit depth {png.BitDepth}, colour type {png.ColorType}, interlace {png.Interlace}).");

        var transparent = 0;
        var visible = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var (r, g, b, a) = png.Pixel(x, y);
                if (a == 0)
                {
                    transparent++;
                    continue;
                }

                visible++;
                Assert.True((r, g, b) == (255, 255, 255), $"Pixel ({x},{y}) of outline.png is ({r},{g},{b},{a}): visible pixels must be white.");
            }
        }

        var last = png.Width - 1;
        Assert.All(
            new[] { (0, 0), (last, 0), (0, png.Height - 1), (last, png.Height - 1) },
            corner => Assert.True(png.Pixel(corner.Item1, corner.Item2).A == 0, $"Corner {corner} of outline.png is not transparent."));
        Assert.True(visible > 0, "outline.png is empty.");
        Assert.True(transparent >= png.Width * png.Height / 4, "outline.png is mostly filled: it should be an outline on a transparent background.");
    }
}
