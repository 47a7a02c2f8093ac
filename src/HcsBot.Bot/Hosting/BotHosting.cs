using HcsBot.Bot.Features.Pause;
using HcsBot.Bot.Features.Progress;
using HcsBot.Bot.Features.Quiz;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace HcsBot.Bot.Hosting;

public static class BotHosting
{
    /// <summary>
    /// Registers the adapter, the handler and the features. Authentication comes from configuration
    /// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppTenantId); with no app id the adapter accepts
    /// unauthenticated requests, which is for local development and the Playground only.
    /// </summary>
    public static IServiceCollection AddHcsBot(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<HcsBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<HcsBotAdapter>());
        services.AddSingleton<ConversationReferenceKeeper>();
        services.AddSingleton<QuizFeature>();
        services.AddSingleton<ProgressFeature>();
        services.AddSingleton<PauseFeature>();
        services.AddTransient<IBot, HcsTeamsBot>();
        return services;
    }

    /// <summary>The benchmark's baseline: the same adapter and endpoint with a bot that only echoes.</summary>
    public static IServiceCollection AddEchoBaselineBot(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<IBotFrameworkHttpAdapter, HcsBotAdapter>();
        services.AddTransient<IBot, EchoBaselineBot>();
        return services;
    }

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Build the adapter now: a missing or wrong authentication setting then stops start-up with the SDK's
        // message (e.g. "MicrosoftAppPassword is required for SingleTenant") instead of failing every request.
        endpoints.ServiceProvider.GetRequiredService<IBotFrameworkHttpAdapter>();
        return endpoints.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
    }
}
