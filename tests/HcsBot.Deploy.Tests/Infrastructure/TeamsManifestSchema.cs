using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>The official Teams app manifest JSON schema for one manifest version, from the pinned npm package.</summary>
internal sealed class TeamsManifestSchema
{
    private static readonly Dictionary<string, TeamsManifestSchema> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    private readonly JsonSchema _schema;

    private TeamsManifestSchema(string version, JsonObject document)
    {
        Version = version;
        Document = document;

        // The Teams schemas declare draft-04 in "$schema" but are written with later keywords ("const"
        // and "if"/"then" are draft-06/07) and use no draft-04-only form (boolean exclusiveMinimum or
        // exclusiveMaximum, "id"); ManifestSchemaTests checks that. JsonSchema.Net does not implement
        // draft-04, so we evaluate the schema as draft-07, which is what its keywords mean.
        var copy = document.DeepClone().AsObject();
        copy["$schema"] = "http://json-schema.org/draft-07/schema#";
        var buildOptions = new BuildOptions { Dialect = Dialect.Draft07, SchemaRegistry = new SchemaRegistry() };
        _schema = JsonSchema.FromText(copy.ToJsonString(), buildOptions, new Uri(SchemaUrl(version)));
    }

    public string Version { get; }

    /// <summary>The schema as published, for reading limits such as maxLength.</summary>
    public JsonObject Document { get; }

    public static string SchemaUrl(string version) =>
        $"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json";

    public static string PathFor(string version) =>
        Path.Combine(RepoPaths.TeamsSchemaRoot, $"v{version}", "MicrosoftTeams.schema.json");

    /// <summary>Loads the schema, failing the test with the fix if prepare.sh has not been run.</summary>
    public static TeamsManifestSchema Load(string version)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(version, out var cached))
            {
                return cached;
            }

            var path = PathFor(version);
            Assert.True(
                Directory.Exists(RepoPaths.TeamsSchemaRoot),
                "The Teams manifest schemas are not installed. Run: bash tests/HcsBot.Deploy.Tests/prepare.sh " +
                $"(it runs npm ci in tests/HcsBot.Deploy.Tests/schema). Looked for {RepoPaths.TeamsSchemaRoot}");
            Assert.True(
                File.Exists(path),
                $"The pinned @microsoft/app-manifest package has no schema for manifest version {version} ({path}). " +
                "Use a version it ships, or update tests/HcsBot.Deploy.Tests/schema/package.json and run prepare.sh.");

            var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var schema = new TeamsManifestSchema(version, document);
            Cache[version] = schema;
            return schema;
        }
    }

    /// <summary>Every error the schema reports, as "instance location: keyword: message" lines.</summary>
    public IReadOnlyList<string> Validate(JsonNode manifest)
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = _schema.Evaluate(JsonSerializer.SerializeToElement(manifest), options);
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["(the schema rejected the manifest without a detailed error)"];
    }
}
