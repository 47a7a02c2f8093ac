using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HcsBot.Core.Learners;
using HcsBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HcsBot.Web.Tests;

/// <summary>
/// Production configuration: with an app id set, every request to /api/messages must carry a valid Bot
/// Connector token. Without one the adapter answers 401 and the bot never sees the activity.
/// </summary>
public class AuthenticationTests
{
    public static TheoryData<string> AppTypes => ["UserAssignedMSI", "SingleTenant", "MultiTenant"];

    [Theory]
    [MemberData(nameof(AppTypes))]
    public async Task Messages_WithoutAToken_Are401AndNoTurnRuns(string appType)
    {
        using var host = ProductionLike(appType);
        var user = new TeamsUser(host);

        var response = await host.PostRawAsync(user.Message("quiz").ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStored(host, user);
    }

    [Theory]
    [MemberData(nameof(AppTypes))]
    public async Task Messages_WithATokenFromAnUntrustedIssuer_Are401AndNoTurnRuns(string appType)
    {
        using var host = ProductionLike(appType);
        var user = new TeamsUser(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(user.Message("quiz").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        // A well-formed token from an issuer the Bot Connector does not use. (A token from the real issuer
        // with a bad signature is rejected the same way, but checking it needs the issuer's published keys,
        // which this offline machine cannot fetch.)
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IngifQ.eyJpc3MiOiJodHRwczovL2F0dGFja2VyLmV4YW1wbGUiLCJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwYjEiLCJzZXJ2aWNldXJsIjoiaHR0cDovLzEyNy4wLjAuMToxLyJ9.c2lnbmF0dXJl");

        var response = await host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStored(host, user);
    }

    [Fact]
    public async Task Health_StaysPublicForTheAppServiceProbe()
    {
        using var host = ProductionLike("UserAssignedMSI");

        var response = await host.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Startup_OutsideDevelopmentWithoutAnAppId_RefusesToRunUnauthenticated()
    {
        using var host = new BotHost(environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppId is empty, so the bot would accept unauthenticated requests", error.ToString(), StringComparison.Ordinal);
    }

    private static BotHost ProductionLike(string appType)
    {
        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b1",
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        };
        if (appType != "UserAssignedMSI")
        {
            // Single- and multi-tenant apps authenticate outbound calls with a client secret (the SDK refuses
            // one for a managed identity); a placeholder will do because no outbound call is made here.
            settings["MicrosoftAppPassword"] = "placeholder-for-tests";
        }

        return new BotHost(settings: settings);
    }

    [Fact]
    public void Startup_SingleTenantWithoutItsSecret_FailsAtOnceNamingTheSetting()
    {
        using var host = new BotHost(settings: new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000b1",
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MicrosoftAppPassword", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertNothingStored(BotHost host, TeamsUser user)
    {
        LearnerId.TryCreate(user.TenantId, user.AadObjectId, out var learner);
        var store = host.Services.GetRequiredService<ILearnerStore>();
        Assert.Null(await store.GetProfileAsync(learner!.Value, default));
        Assert.Null(await store.GetLatestCheckAsync(learner.Value, default));
    }
}
