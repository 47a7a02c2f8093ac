using HcsBot.Bot.Cards;
using HcsBot.Core.Banks;
using HcsBot.Core.Learners;
using HcsBot.Core.Quiz;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace HcsBot.Bot.Features.Quiz;

/// <summary>Shows what the quiz service decided: question cards, in-place updates, feedback and summaries.</summary>
public sealed partial class QuizFeature(QuizService quiz, QuestionBank bank, TimeProvider time, ILogger<QuizFeature> logger)
{
    public async Task StartAsync(ITurnContext turnContext, LearnerId learner, CancellationToken cancellationToken) =>
        await ShowAsync(turnContext, await quiz.StartAsync(learner, cancellationToken), cancellationToken);

    public async Task StartPracticeAsync(ITurnContext turnContext, LearnerId learner, CancellationToken cancellationToken) =>
        await ShowAsync(turnContext, await quiz.StartPracticeAsync(learner, cancellationToken), cancellationToken);

    public async Task SubmitAsync(ITurnContext turnContext, LearnerId learner, JObject value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(value);
        var submission = new AnswerSubmission(
            CardData.Text(value, "checkId"),
            CardData.Position(value),
            CardData.Text(value, QuizCards.ChoiceInputId),
            CardData.Text(value, QuizCards.ConfidenceInputId));
        var outcome = await quiz.SubmitAsync(learner, submission, cancellationToken);
        if (outcome is not AnswerAccepted accepted)
        {
            await ShowAsync(turnContext, outcome, cancellationToken);
            return;
        }

        // The answer is stored before anything is sent, so a failed send below never loses it.
        if (!string.IsNullOrEmpty(turnContext.Activity.ReplyToId))
        {
            var update = MessageFactory.Attachment(QuizCards.Answered(accepted.Check, accepted.Delivery, accepted.Question).ToAttachment());
            update.Id = turnContext.Activity.ReplyToId;
            try
            {
                await turnContext.UpdateActivityAsync(update, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Teams refuses updates to old messages, for one. The answer is stored and the card's Submit
                // is now refused politely, so the feedback below matters more than the cosmetic update.
                LogCardUpdateFailed(logger, ex);
            }
        }

        var feedback = QuizCards.Feedback(accepted.Check, accepted.Delivery, accepted.Question);
        var reply = accepted.Check.IsComplete
            ? CardMessages.ToMessage(feedback, QuizCards.Summary(accepted.Check, bank))
            : CardMessages.ToMessage(feedback);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    public async Task NextAsync(ITurnContext turnContext, LearnerId learner, JObject value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var outcome = await quiz.NextAsync(learner, CardData.Text(value, "checkId"), CardData.Position(value), cancellationToken);
        await ShowAsync(turnContext, outcome, cancellationToken);
    }

    private async Task ShowAsync(ITurnContext turnContext, QuizOutcome outcome, CancellationToken cancellationToken)
    {
        IActivity reply = outcome switch
        {
            AskQuestion ask when ask.Resumed => WithText(CardMessages.ToMessage(QuizCards.Ask(ask.Check, ask.Delivery, ask.Question)), QuizReplies.Resumed),
            AskQuestion ask => CardMessages.ToMessage(QuizCards.Ask(ask.Check, ask.Delivery, ask.Question)),
            CheckFinished finished => CardMessages.ToMessage(QuizCards.Summary(finished.Check, bank)),
            NothingToAsk => MessageFactory.Text(QuizReplies.NothingToAsk),
            AllCaughtUp caughtUp => CardMessages.ToMessage(QuizCards.AllCaughtUp(caughtUp.NextReviewDue, time.GetUtcNow())),
            CurrentlyPaused paused => CardMessages.ToMessage(QuizCards.Paused(paused.Pause.Until)),
            Refused refused => MessageFactory.Text(QuizReplies.For(refused.Reason)),
            _ => throw new InvalidOperationException($"No view for {outcome.GetType().Name}"),
        };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static IMessageActivity WithText(IMessageActivity message, string text)
    {
        message.Text = text;
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the answered question card in place")]
    private static partial void LogCardUpdateFailed(ILogger logger, Exception exception);
}
