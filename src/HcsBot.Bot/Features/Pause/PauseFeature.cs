using HcsBot.Bot.Cards;
using HcsBot.Bot.Features.Quiz;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using Microsoft.Bot.Builder;

namespace HcsBot.Bot.Features.Pause;

/// <summary>`pause 2 weeks`, `pause until 2026-12-31` and `resume`.</summary>
public sealed class PauseFeature(PauseService pauses)
{
    public async Task PauseAsync(ITurnContext turnContext, LearnerId learner, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var outcome = await pauses.PauseAsync(learner, text, cancellationToken);
        await turnContext.SendActivityAsync(outcome switch
        {
            NowPaused paused => CardMessages.ToMessage(QuizCards.Paused(paused.Pause.Until)),
            PauseNotUnderstood problem => MessageFactory.Text(problem.Problem),
            _ => throw new InvalidOperationException($"Unexpected {outcome.GetType().Name}"),
        }, cancellationToken);
    }

    public async Task ResumeAsync(ITurnContext turnContext, LearnerId learner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var outcome = await pauses.ResumeAsync(learner, cancellationToken);
        var text = outcome switch
        {
            Resumed resumed => $"Welcome back! Your reviews are running again; {resumed.ReviewsMoved} moved later by {Days(resumed.PausedFor)} so nothing piled up while you were away.",
            WasNotPaused => "You weren't paused, so there's nothing to resume. Type **quiz** to start a check.",
            _ => throw new InvalidOperationException($"Unexpected {outcome.GetType().Name}"),
        };
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    private static string Days(TimeSpan length)
    {
        var days = (int)Math.Round(length.TotalDays, MidpointRounding.AwayFromZero);
        return days == 1 ? "1 day" : $"{days} days";
    }
}
