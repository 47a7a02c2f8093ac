using System.Globalization;
using System.Text.Json.Nodes;
using HcsBot.Deploy.Tests.Infrastructure;

namespace HcsBot.Deploy.Tests;

/// <summary>The manifest against the official Teams manifest schema of its own version.</summary>
[Collection(DevAppPackageDefinition.Name)]
public sealed class ManifestSchemaTests(DevAppPackageFixture package)
{
    private static readonly Version MinimumManifestVersion = new(1, 24);

    private static JsonObject Template => JsonNode.Parse(File.ReadAllText(RepoPaths.Manifest))!.AsObject();

    private static string ManifestVersion => Template["manifestVersion"]!.GetValue<string>();

    [Fact]
    public void FilledDevManifest_OfficialSchemaOfItsVersion_IsValid()
    {
        var manifest = JsonNode.Parse(package.ReadManifest())!;

        var errors = TeamsManifestSchema.Load(ManifestVersion).Validate(manifest);

        Assert.True(errors.Count == 0, $"manifest.json (filled for dev) breaks the v{ManifestVersion} schema:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public async Task FilledLocalManifest_OfficialSchemaOfItsVersion_IsValid()
    {
        var work = AppPackageBuilder.NewWorkDirectory();
        try
        {
            var local = await AppPackageBuilder.BuildAsync("local", work);
            Assert.True(local.Process.ExitCode == 0, local.Process.Describe());

            var errors = TeamsManifestSchema.Load(ManifestVersion).Validate(JsonNode.Parse(File.ReadAllText(local.ManifestPath))!);

            Assert.True(errors.Count == 0, $"manifest.json (filled for local) breaks the v{ManifestVersion} schema:\n{string.Join('\n', errors)}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Manifest_Version_IsAtLeast1_24AndNamesItsOwnSchema()
    {
        var version = Version.Parse(ManifestVersion);

        Assert.True(version >= MinimumManifestVersion, $"manifestVersion {version} is older than {MinimumManifestVersion}.");
        Assert.Equal(TeamsManifestSchema.SchemaUrl(ManifestVersion), Template["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Version_IsTheNewestThePinnedSchemaPackageShips()
    {
        TeamsManifestSchema.Load(ManifestVersion); // fails with the prepare.sh hint if the schemas are missing

        var newest = Directory.GetDirectories(RepoPaths.TeamsSchemaRoot)
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith('v') && char.IsDigit(name[1]))
            .Select(name => Version.Parse(name![1..]))
            .Max();

        Assert.True(
            Version.Parse(ManifestVersion) == newest,
            $"manifest.json uses {ManifestVersion} but @microsoft/app-manifest ships v{newest}: move the manifest " +
            "(manifestVersion and $schema) to the newest version and check what changed in the schema.");
    }

    [Fact]
    public void Validate_ManifestBrokenInKnownWays_ReportsEachProblem()
    {
        // Guards the validator itself: a schema that accepts everything would make the other tests pass.
        var manifest = JsonNode.Parse(package.ReadManifest())!;
        manifest["developer"]!.AsObject().Remove("name");
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        manifest["unexpectedProperty"] = true;

        var errors = TeamsManifestSchema.Load(ManifestVersion).Validate(manifest);

        Assert.Contains(errors, e => e.StartsWith("/developer", StringComparison.Ordinal) && e.Contains("required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/bots/0/botId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/unexpectedProperty", StringComparison.Ordinal));
    }

    [Fact]
    public void TeamsSchema_Keywords_MeanTheSameUnderDraft07()
    {
        // TeamsManifestSchema evaluates the schema as draft-07; that is only right while it uses no
        // keyword whose draft-04 meaning differs.
        var schema = TeamsManifestSchema.Load(ManifestVersion);
        var problems = new List<string>();

        FindDraft04OnlyKeywords(schema.Document, "#", problems);

        Assert.True(problems.Count == 0, $"The v{ManifestVersion} schema uses draft-04-only keywords:\n{string.Join('\n', problems)}");
    }

    [Fact]
    public void Manifest_Bot_IsInstalledInPersonalScopeOnly()
    {
        var bot = Template["bots"]!.AsArray().Single()!;

        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("${{BOT_ID}}", bot["botId"]!.GetValue<string>());
        Assert.Equal("${{TEAMS_APP_ID}}", Template["id"]!.GetValue<string>());
        Assert.Equal(["${{BOT_DOMAIN}}"], Template["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    private static void FindDraft04OnlyKeywords(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var childPath = $"{path}/{key}";
                    if (key is "enum" or "const" or "default" or "examples")
                    {
                        continue; // data, not schema
                    }

                    if (key is "exclusiveMinimum" or "exclusiveMaximum" && value is JsonValue v && v.TryGetValue<bool>(out _))
                    {
                        problems.Add($"{childPath}: boolean {key} (a number in draft-06 and later)");
                    }

                    if (key == "id" && value is JsonValue idValue && idValue.TryGetValue<string>(out _))
                    {
                        problems.Add($"{childPath}: \"id\" (\"$id\" in draft-06 and later)");
                    }

                    FindDraft04OnlyKeywords(value, childPath, problems);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    FindDraft04OnlyKeywords(array[i], $"{path}/{i.ToString(CultureInfo.InvariantCulture)}", problems);
                }

                break;
            default:
                break;
        }
    }
}
