using HcsBot.Core.Checks;
using HcsBot.Core.Pausing;
using HcsBot.Core.Progress;
using HcsBot.Core.Quiz;
using HcsBot.Core.Scheduling;
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
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SchedulingOptions>>().Value);
        services.AddSingleton(sp => new FsrsScheduler(sp.GetRequiredService<SchedulingOptions>().ToParameters()));
        services.AddSingleton(sp => new CheckComposers(
            new ScheduledComposer(sp.GetRequiredService<FsrsScheduler>(), sp.GetRequiredService<SchedulingOptions>()),
            new SpreadAcrossAreasComposer()));
        services.AddSingleton<PauseService>();
        services.AddSingleton<ProgressService>();
        services.AddSingleton<QuizService>();
        return services;
    }
}
