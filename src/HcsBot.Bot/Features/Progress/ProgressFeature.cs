using HcsBot.Bot.Cards;
using HcsBot.Core.Learners;
using HcsBot.Core.Progress;
using Microsoft.Bot.Builder;

namespace HcsBot.Bot.Features.Progress;

public sealed class ProgressFeature(ProgressService progress, TimeProvider time)
{
    public async Task ShowAsync(ITurnContext turnContext, LearnerId learner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var report = await progress.ReportAsync(learner, cancellationToken);
        await turnContext.SendActivityAsync(CardMessages.ToMessage(ProgressCard.Build(report, time.GetUtcNow())), cancellationToken);
    }
}
