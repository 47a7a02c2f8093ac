using System.IO.Compression;
using System.Text.Json.Nodes;
using HcsBot.Deploy.Tests.Infrastructure;

namespace HcsBot.Deploy.Tests;

/// <summary>manifest/build-package.sh, run the way a Teams admin runs it.</summary>
[Collection(DevAppPackageDefinition.Name)]
public sealed class AppPackageTests(DevAppPackageFixture package)
{
    [Fact]
    public void BuildPackage_DevTemplateWithExampleValues_WritesManifestAndZip()
    {
        Assert.True(package.Build.Process.ExitCode == 0, package.Build.Process.Describe());
        Assert.True(File.Exists(package.Build.ManifestPath), $"No filled manifest at {package.Build.ManifestPath}");
        Assert.True(File.Exists(package.Build.ZipPath), $"No package at {package.Build.ZipPath}");
    }

    [Fact]
    public void BuildPackage_Zip_HoldsManifestAndBothIconsAtItsRoot()
    {
        var filled = package.ReadManifest();
        using var zip = ZipFile.OpenRead(package.Build.ZipPath);

        Assert.Equal(
            ["color.png", "manifest.json", "outline.png"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(filled, ReadEntryText(zip, "manifest.json"));
        Assert.Equal(File.ReadAllBytes(RepoPaths.ColorIcon), ReadEntryBytes(zip, "color.png"));
        Assert.Equal(File.ReadAllBytes(RepoPaths.OutlineIcon), ReadEntryBytes(zip, "outline.png"));
    }

    [Fact]
    public void BuildPackage_FilledManifest_CarriesTheEnvValuesAndNoPlaceholders()
    {
        var filled = package.ReadManifest();
        var manifest = JsonNode.Parse(filled)!;

        Assert.DoesNotContain("${{", filled, StringComparison.Ordinal);
        Assert.Equal(EnvFiles.Examples["TEAMS_APP_ID"], manifest["id"]!.GetValue<string>());
        Assert.Equal(EnvFiles.Examples["BOT_ID"], manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Contains(EnvFiles.Examples["BOT_DOMAIN"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("HcsBot (dev)", manifest["name"]!["short"]!.GetValue<string>());
        Assert.Equal(EnvFiles.Examples["APP_PRIVACY_URL"], manifest["developer"]!["privacyUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task BuildPackage_SameInputsTwice_ProducesIdenticalZip()
    {
        var work = AppPackageBuilder.NewWorkDirectory();
        try
        {
            var again = await AppPackageBuilder.BuildAsync("dev", work);

            Assert.True(again.Process.ExitCode == 0, again.Process.Describe());
            Assert.Equal(File.ReadAllBytes(package.Build.ZipPath), File.ReadAllBytes(again.ZipPath));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task BuildPackage_LocalTemplateWithExampleValues_Succeeds()
    {
        var work = AppPackageBuilder.NewWorkDirectory();
        try
        {
            var local = await AppPackageBuilder.BuildAsync("local", work);

            Assert.True(local.Process.ExitCode == 0, local.Process.Describe());
            Assert.True(File.Exists(Path.Combine(local.OutputDirectory, "appPackage.local.zip")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task BuildPackage_BlankBotId_FailsNamingTheVariable()
    {
        var work = AppPackageBuilder.NewWorkDirectory();
        try
        {
            var result = await AppPackageBuilder.BuildAsync("dev", work, new Dictionary<string, string> { ["BOT_ID"] = string.Empty });

            Assert.NotEqual(0, result.Process.ExitCode);
            Assert.Contains("BOT_ID", result.Process.StandardError, StringComparison.Ordinal);
            Assert.False(File.Exists(result.ZipPath), "A package was written although a value was missing.");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task BuildPackage_DomainWithScheme_FailsExplainingTheBareHostName()
    {
        var work = AppPackageBuilder.NewWorkDirectory();
        try
        {
            var result = await AppPackageBuilder.BuildAsync(
                "dev", work, new Dictionary<string, string> { ["BOT_DOMAIN"] = "https://hcsbot-dev.azurewebsites.net" });

            Assert.NotEqual(0, result.Process.ExitCode);
            Assert.Contains("BOT_DOMAIN", result.Process.StandardError, StringComparison.Ordinal);
            Assert.Contains("bare host name", result.Process.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string ReadEntryText(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadEntryBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
