using HcsBot.Bot.Cards;
using HcsBot.Core.Banks;
using HcsBot.Core.Learners;
using HcsBot.Core.Progress;
using HcsBot.Core.Storage;
using Microsoft.Bot.Builder;

namespace HcsBot.Bot.Features.Progress;

public sealed class ProgressFeature(ILearnerStore store, QuestionBank bank)
{
    public async Task ShowAsync(ITurnContext turnContext, LearnerId learner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var records = await store.GetQuestionRecordsAsync(learner, cancellationToken);
        var card = ProgressCard.Build(ProgressSummary.ByArea(records.Values, bank));
        await turnContext.SendActivityAsync(CardMessages.ToMessage(card), cancellationToken);
    }
}
