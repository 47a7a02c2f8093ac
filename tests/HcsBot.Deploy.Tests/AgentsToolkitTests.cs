using HcsBot.Deploy.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace HcsBot.Deploy.Tests;

/// <summary>The Microsoft 365 Agents Toolkit project files and the env templates they read.</summary>
public sealed class AgentsToolkitTests
{
    private static readonly string[] DevProvisionOrder =
    [
        "teamsApp/create",
        "arm/deploy",
        "teamsApp/validateManifest",
        "teamsApp/zipAppPackage",
        "teamsApp/validateAppPackage",
        "teamsApp/update",
    ];

    [Fact]
    public void DevProject_Provision_DeploysTheBicepAndRegistersTheTeamsApp()
    {
        var project = Load("m365agents.yml");

        Assert.Equal(DevProvisionOrder, Uses(project, "provision"));
        var armDeploy = Steps(project, "provision").Single(s => (string)s["uses"] == "arm/deploy");
        var template = (Dictionary<object, object>)((List<object>)With(armDeploy)["templates"]).Single();
        Assert.Equal("./infra/main.bicep", template["path"]);
        Assert.Equal("./infra/main.parameters.json", template["parameters"]);
    }

    [Fact]
    public void DevProject_Deploy_PublishesTheWebProjectAndZipDeploysIt()
    {
        var project = Load("m365agents.yml");

        Assert.Equal(["cli/runDotnetCommand", "azureAppService/zipDeploy"], Uses(project, "deploy"));
        var publish = With(Steps(project, "deploy")[0]);
        var zipDeploy = With(Steps(project, "deploy")[1]);
        var args = (string)publish["args"];
        Assert.StartsWith("publish src/HcsBot.Web/HcsBot.Web.csproj", args, StringComparison.Ordinal);
        Assert.Contains("--output ./artifacts/publish/HcsBot.Web", args, StringComparison.Ordinal);
        Assert.Equal("./artifacts/publish/HcsBot.Web", zipDeploy["artifactFolder"]);
        Assert.Equal("${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}", zipDeploy["resourceId"]);
    }

    [Fact]
    public void LocalProject_Provision_RegistersTheBotAtTheTunnelEndpointWithTeams()
    {
        var project = Load("m365agents.local.yml");

        var uses = Uses(project, "provision");
        Assert.Contains("teamsApp/create", uses);
        Assert.Contains("teamsApp/zipAppPackage", uses);
        var registration = With(Steps(project, "provision").Single(s => (string)s["uses"] == "botFramework/create"));
        Assert.Equal("${{BOT_ENDPOINT}}/api/messages", registration["messagingEndpoint"]);
        var channel = (Dictionary<object, object>)((List<object>)registration["channels"]).Single();
        Assert.Equal("msteams", channel["name"]);
    }

    [Theory]
    [InlineData("m365agents.yml")]
    [InlineData("m365agents.local.yml")]
    public void Project_PathsItReads_Exist(string file)
    {
        var project = Load(file);
        var inputs = new[] { "provision", "deploy", "publish" }
            .SelectMany(stage => Steps(project, stage))
            .SelectMany(step => InputPaths(step))
            .ToList();

        Assert.NotEmpty(inputs);
        Assert.All(inputs, path => Assert.True(
            File.Exists(Path.Combine(RepoPaths.Root, path)),
            $"{file} reads {path}, which does not exist."));
    }

    [Theory]
    [InlineData("m365agents.yml", "dev", new[] { "manifest/manifest.json", "infra/main.parameters.json" })]
    [InlineData("m365agents.local.yml", "local", new[] { "manifest/manifest.json" })]
    public void Project_EveryPlaceholder_IsDeclaredInTheEnvTemplate(string file, string environment, string[] alsoFilled)
    {
        var declared = EnvFiles.Parse(RepoPaths.EnvTemplate(environment)).Keys.ToHashSet(StringComparer.Ordinal);
        var used = new[] { file }.Concat(alsoFilled)
            .SelectMany(f => EnvFiles.PlaceholdersIn(Path.Combine(RepoPaths.Root, f)).Select(name => (File: f, Name: name)))
            // The toolkit keeps SECRET_ values in env/.env.<env>.user, never in the committed template.
            .Where(p => !p.Name.StartsWith("SECRET_", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, p => Assert.True(
            declared.Contains(p.Name),
            $"{p.File} uses ${{{{{p.Name}}}}}, which env/.env.{environment}.template does not list."));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("local")]
    public void EnvTemplate_Values_HoldNoSecrets(string environment)
    {
        var values = EnvFiles.Parse(RepoPaths.EnvTemplate(environment));

        Assert.Equal(environment, values["TEAMSFX_ENV"]);
        Assert.All(values, kv => Assert.False(
            kv.Key.StartsWith("SECRET_", StringComparison.Ordinal) || kv.Key.Contains("PASSWORD", StringComparison.Ordinal),
            $"env/.env.{environment}.template lists {kv.Key}: secrets belong in the git-ignored .env.{environment}.user file."));
    }

    [Fact]
    public void EnvGitignore_IgnoresFilledFilesButKeepsTemplates()
    {
        var rules = File.ReadAllLines(Path.Combine(RepoPaths.EnvDirectory, ".gitignore")).Select(l => l.Trim()).ToList();

        Assert.Contains(".env.*", rules);
        Assert.Contains("!*.template", rules);
        Assert.True(rules.IndexOf(".env.*") < rules.IndexOf("!*.template"), "The template exception must come after the ignore rule.");
    }

    private static Dictionary<object, object> Load(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
        var project = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(text);
        Assert.Equal("v1.11", project["version"]);
        return project;
    }

    private static List<Dictionary<object, object>> Steps(Dictionary<object, object> project, string stage) =>
        project.TryGetValue(stage, out var steps) && steps is List<object> list
            ? list.Cast<Dictionary<object, object>>().ToList()
            : [];

    private static List<string> Uses(Dictionary<object, object> project, string stage) =>
        Steps(project, stage).Select(s => (string)s["uses"]).ToList();

    private static Dictionary<object, object> With(Dictionary<object, object> step) => (Dictionary<object, object>)step["with"];

    /// <summary>Files a step reads from the repository (not the ones it writes, nor the package it builds).</summary>
    private static IEnumerable<string> InputPaths(Dictionary<object, object> step)
    {
        if (!step.TryGetValue("with", out var with) || with is not Dictionary<object, object> parameters)
        {
            yield break;
        }

        if (parameters.TryGetValue("manifestPath", out var manifest))
        {
            yield return (string)manifest;
        }

        if (parameters.TryGetValue("templates", out var templates))
        {
            foreach (var template in ((List<object>)templates).Cast<Dictionary<object, object>>())
            {
                yield return (string)template["path"];
                if (template.TryGetValue("parameters", out var parametersFile))
                {
                    yield return (string)parametersFile;
                }
            }
        }

        if (parameters.TryGetValue("args", out var args) && ((string)args).Split(' ') is [_, var project, ..] && project.EndsWith(".csproj", StringComparison.Ordinal))
        {
            yield return project;
        }
    }
}
