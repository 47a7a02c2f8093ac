using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HcsBot.Deploy.Tests.Infrastructure;

namespace HcsBot.Deploy.Tests;

/// <summary>What a reviewer checks in the compiled ARM template (bicep build output).</summary>
[Collection(BicepDefinition.Name)]
public sealed partial class ArmTemplateTests(BicepFixture bicep)
{
    private const string StorageTableDataContributorRoleId = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private ArmTemplate Template
    {
        get
        {
            Assert.True(bicep.BuildResult.ExitCode == 0, $"bicep build failed: {bicep.BuildResult.Describe()}");
            return bicep.Template;
        }
    }

    [Fact]
    public void StorageAccount_Security_SharedKeysOffTls12HttpsOnlyNoPublicBlobs()
    {
        var storage = Template.Single("Microsoft.Storage/storageAccounts");
        var p = storage.Properties;

        Assert.Equal("StorageV2", storage.Node["kind"]?.GetValue<string>());
        Assert.False(p["allowSharedKeyAccess"]!.GetValue<bool>(), "Shared key access must be disabled.");
        Assert.Equal("TLS1_2", p["minimumTlsVersion"]?.GetValue<string>());
        Assert.True(p["supportsHttpsTrafficOnly"]!.GetValue<bool>(), "The account must accept HTTPS only.");
        Assert.False(p["allowBlobPublicAccess"]!.GetValue<bool>(), "Public blob access must be off.");
    }

    [Fact]
    public void StorageAccount_TableService_IsDeclared()
    {
        var tableService = Template.Single("Microsoft.Storage/storageAccounts/tableServices");

        Assert.Contains("default", tableService.Node["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignment_ManagedIdentity_GetsTableDataContributorOnTheStorageAccount()
    {
        var assignment = Template.Single("Microsoft.Authorization/roleAssignments");
        var roleDefinitionId = assignment.ResolveVariables(assignment.Properties["roleDefinitionId"]!.GetValue<string>());
        var scope = assignment.Node["scope"]?.GetValue<string>() ?? string.Empty;
        var principal = assignment.Properties["principalId"]!.GetValue<string>();

        Assert.Contains(StorageTableDataContributorRoleId, roleDefinitionId, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Microsoft.Storage/storageAccounts", scope, StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment.Properties["principalType"]?.GetValue<string>());
        Assert.True(
            PrincipalIsManagedIdentity(assignment, principal),
            $"The role assignment's principal should be the user-assigned managed identity, got {principal}");
    }

    [Fact]
    public void WebApp_SiteConfig_IsLinuxDotnet10HttpsOnlyAlwaysOnWithHealthCheck()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");
        var site = Template.Single("Microsoft.Web/sites");
        var config = site.Properties["siteConfig"]!;

        Assert.True(plan.Properties["reserved"]!.GetValue<bool>(), "The App Service plan must be Linux (reserved: true).");
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]?.GetValue<string>());
        Assert.True(site.Properties["httpsOnly"]!.GetValue<bool>(), "httpsOnly must be true.");
        Assert.True(config["alwaysOn"]!.GetValue<bool>(), "alwaysOn must be true: nudges run inside the app.");
        Assert.Equal("/health", config["healthCheckPath"]?.GetValue<string>());
        Assert.Equal("1.2", config["minTlsVersion"]?.GetValue<string>());
        Assert.Equal("Disabled", config["ftpsState"]?.GetValue<string>());
        Assert.Equal("UserAssigned", site.Node["identity"]?["type"]?.GetValue<string>());
        Assert.Equal("dotnet HcsBot.Web.dll", config["appCommandLine"]?.GetValue<string>());
        Assert.True(
            File.Exists(Path.Combine(RepoPaths.Root, "src", "HcsBot.Web", "HcsBot.Web.csproj")),
            "appCommandLine starts HcsBot.Web.dll, but src/HcsBot.Web/HcsBot.Web.csproj is gone.");
    }

    [Fact]
    public void WebApp_AppSettings_AreTheOnesTheBotReads()
    {
        var site = Template.Single("Microsoft.Web/sites");
        var settings = AppSettings(site);

        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Contains("outputs.clientId", site.Trace(settings["MicrosoftAppId"]), StringComparison.Ordinal);
        Assert.Contains("outputs.clientId", site.Trace(settings["Storage__ManagedIdentityClientId"]), StringComparison.Ordinal);
        Assert.Contains("outputs.tenantId", site.Trace(settings["MicrosoftAppTenantId"]), StringComparison.Ordinal);
        Assert.Contains("outputs.tableEndpoint", site.Trace(settings["Storage__TableEndpoint"]), StringComparison.Ordinal);
        Assert.Contains("outputs.appInsightsConnectionString", site.Trace(settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]), StringComparison.Ordinal);
    }

    [Fact]
    public void WebApp_AppSettings_HoldNoSecrets()
    {
        var site = Template.Single("Microsoft.Web/sites");

        foreach (var (name, value) in AppSettings(site))
        {
            Assert.False(SecretSettingName().IsMatch(name), $"App setting {name} looks like it holds a secret.");
            var traced = site.Trace(value);
            Assert.False(ListFunction().IsMatch(traced), $"App setting {name} reads keys with a list*() function: {traced}");
            Assert.False(SecretLiteral().IsMatch(traced), $"App setting {name} contains credential text: {traced}");
            if (!traced.StartsWith('['))
            {
                Assert.False(HighEntropyLiteral().IsMatch(traced), $"App setting {name} has a literal value that looks like a key: {traced}");
            }
        }
    }

    [Fact]
    public void Template_Anywhere_ReadsNoKeysAndTakesNoSecureParameters()
    {
        var json = Template.Root.ToJsonString();
        Assert.False(ListFunction().IsMatch(json), "The template calls a list*() function, which returns keys or secrets.");

        foreach (var template in Template.AllTemplates())
        {
            foreach (var (name, parameter) in template["parameters"]?.AsObject() ?? [])
            {
                var type = parameter?["type"]?.GetValue<string>() ?? string.Empty;
                Assert.False(type.StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"Parameter {name} is {type}: no secret should be needed.");
            }
        }
    }

    [Fact]
    public void Bot_Identity_IsTheUserAssignedManagedIdentity()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");
        var p = bot.Properties;

        Assert.Equal("UserAssignedMSI", p["msaAppType"]?.GetValue<string>());
        Assert.Contains("outputs.clientId", bot.Trace(p["msaAppId"]!.GetValue<string>()), StringComparison.Ordinal);
        Assert.Contains("outputs.id", bot.Trace(p["msaAppMSIResourceId"]!.GetValue<string>()), StringComparison.Ordinal);
        Assert.Contains("outputs.tenantId", bot.Trace(p["msaAppTenantId"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_MessagingEndpoint_IsTheWebAppsApiMessagesOverHttps()
    {
        var bot = Template.Single("Microsoft.BotService/botServices");
        var endpoint = bot.Properties["endpoint"]!.GetValue<string>();

        Assert.Contains("https://", endpoint, StringComparison.Ordinal);
        Assert.Contains("/api/messages", endpoint, StringComparison.Ordinal);
        var hostParameter = ParameterInFormat().Match(endpoint).Groups["name"].Value;
        Assert.Contains("outputs.defaultHostName", bot.Trace($"[parameters('{hostParameter}')]"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_Channels_IncludeMicrosoftTeams()
    {
        var channel = Template.OfType("Microsoft.BotService/botServices/channels")
            .SingleOrDefault(c => c.Properties["channelName"]?.GetValue<string>() == "MsTeamsChannel");

        Assert.NotNull(channel);
        Assert.True(channel.Properties["properties"]?["isEnabled"]?.GetValue<bool>() == true, "The Teams channel must be enabled.");
    }

    [Fact]
    public void AppInsights_IsWorkspaceBased()
    {
        var insights = Template.Single("Microsoft.Insights/components");
        Template.Single("Microsoft.OperationalInsights/workspaces");

        var workspace = insights.Properties["WorkspaceResourceId"]?.GetValue<string>() ?? string.Empty;
        Assert.Contains("Microsoft.OperationalInsights/workspaces", workspace, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_IncludeUrlBotIdTableEndpointAndIdentityClientId()
    {
        var outputs = Template.Root["outputs"]!.AsObject();

        Assert.Contains("outputs.defaultHostName", outputs["WEB_APP_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("outputs.clientId", outputs["BOT_ID"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("outputs.tableEndpoint", outputs["STORAGE_TABLE_ENDPOINT"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("outputs.clientId", outputs["IDENTITY_CLIENT_ID"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_AreAllListedInTheDevEnvTemplate()
    {
        // The Agents Toolkit's arm/deploy writes each output into env/.env.<env> by name.
        var declared = EnvFiles.Parse(RepoPaths.EnvTemplate("dev")).Keys.ToHashSet(StringComparer.Ordinal);
        var outputs = Template.Root["outputs"]!.AsObject().Select(o => o.Key);

        Assert.All(outputs, name => Assert.True(declared.Contains(name), $"Output {name} is missing from env/.env.dev.template."));
    }

    [Fact]
    public void ParametersFile_EveryParameter_ExistsInTheTemplate()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(RepoPaths.MainParameters))!["parameters"]!.AsObject();
        var declared = Template.Root["parameters"]!.AsObject();

        Assert.NotEmpty(parameters);
        Assert.All(parameters, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets {p.Key}, which main.bicep does not declare."));
        Assert.All(
            declared.Where(p => p.Value?["defaultValue"] is null),
            p => Assert.True(parameters.ContainsKey(p.Key), $"main.bicep parameter {p.Key} has no default and no value in main.parameters.json."));
    }

    /// <summary>
    /// True when the principal expression reads principalId from a user-assigned identity, named either
    /// by resource id (languageVersion 1.0) or by the symbolic name of an existing resource (2.0).
    /// </summary>
    private static bool PrincipalIsManagedIdentity(ArmResource assignment, string principal)
    {
        if (!principal.Contains("principalId", StringComparison.Ordinal))
        {
            return false;
        }

        if (principal.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal))
        {
            return true;
        }

        var symbol = SymbolicReference().Match(principal).Groups["name"].Value;
        return assignment.Template["resources"] is JsonObject resources
            && resources[symbol]?["type"]?.GetValue<string>() == "Microsoft.ManagedIdentity/userAssignedIdentities";
    }

    private static Dictionary<string, string> AppSettings(ArmResource site) =>
        site.Properties["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>(), StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![A-Za-z])list[A-Za-z]*\(")]
    private static partial Regex ListFunction();

    [GeneratedRegex(@"password|secret|accountkey|sharedaccess|apikey|_KEY$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSettingName();

    [GeneratedRegex(@"AccountKey=|SharedAccessSignature|SharedAccessKey|sig=|password=|client_secret", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLiteral();

    [GeneratedRegex(@"^[A-Za-z0-9+/=_\-]{32,}$")]
    private static partial Regex HighEntropyLiteral();

    [GeneratedRegex(@"parameters\('(?<name>[^']+)'\)")]
    private static partial Regex ParameterInFormat();

    [GeneratedRegex(@"reference\('(?<name>[^']+)'\)")]
    private static partial Regex SymbolicReference();
}
