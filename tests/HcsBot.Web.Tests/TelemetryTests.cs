using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace HcsBot.Web.Tests;

public class TelemetryTests
{
    [Fact]
    public async Task WithAnApplicationInsightsConnectionString_TracesAreExportedAndTheBotStillServes()
    {
        using var host = new BotHost(settings: new Dictionary<string, string>
        {
            // Loopback port 1: nothing listens, so the exporter's sends fail quietly, as they must never break a turn.
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:1/",
        });

        var health = await host.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
        var help = await new TeamsUser(host).SayAsync("help");

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Single(help.Cards);
    }

    [Fact]
    public void WithoutAConnectionString_NothingIsExported()
    {
        using var host = new BotHost();
        host.CreateClient();

        Assert.Null(host.Services.GetService<TracerProvider>());
    }
}
