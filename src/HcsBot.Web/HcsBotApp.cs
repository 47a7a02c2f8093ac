using Azure.Monitor.OpenTelemetry.AspNetCore;
using HcsBot.Bot.Hosting;
using HcsBot.Storage;

namespace HcsBot.Web;

/// <summary>The app's composition, callable from Program.cs and from the load benchmark, which hosts it in-process.</summary>
public static class HcsBotApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // With no app id the adapter accepts unauthenticated requests, and anyone could then act as any
        // learner. That is only acceptable on a developer's machine with the Playground.
        if (string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]) && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "MicrosoftAppId is empty, so the bot would accept unauthenticated requests. Set MicrosoftAppType, MicrosoftAppId and "
                + "MicrosoftAppTenantId (see docs/deploy.md), or set ASPNETCORE_ENVIRONMENT=Development for local use only.");
        }

        builder.Services
            .AddTableStorage(builder.Configuration)
            .AddQuestionBank(builder.Configuration)
            .AddQuiz(builder.Configuration)
            .AddHcsBot();

        // In Azure the Bicep template sets this; locally it is empty and nothing is sent anywhere.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            builder.Services.AddOpenTelemetry().UseAzureMonitor();
        }

        var app = builder.Build();
        app.MapHealthEndpoint();
        app.MapBotMessages();
        return app;
    }
}
