using HcsBot.Core.Checks;
using HcsBot.Core.Quiz;
using Microsoft.Extensions.Options;

namespace HcsBot.Web;

internal static class QuizSetup
{
    public static IServiceCollection AddQuiz(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuizOptions>().Bind(configuration.GetSection(QuizOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<QuizOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        // Random.Shared is safe to use from concurrent turns; tests substitute a seeded instance.
        services.AddSingleton(Random.Shared);
        services.AddSingleton<ICheckComposer, SpreadAcrossAreasComposer>();
        services.AddSingleton<QuizService>();
        return services;
    }
}
