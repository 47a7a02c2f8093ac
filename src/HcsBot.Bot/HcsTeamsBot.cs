using HcsBot.Bot.Cards;
using HcsBot.Bot.Commands;
using HcsBot.Bot.Features.Help;
using HcsBot.Bot.Features.Pause;
using HcsBot.Bot.Features.Progress;
using HcsBot.Bot.Features.Quiz;
using HcsBot.Core.Learners;
using HcsBot.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HcsBot.Bot;

/// <summary>
/// The Teams activity handler. It only works out who is speaking and what they asked for, then hands
/// over to a feature; the features hold the behaviour.
/// </summary>
public sealed class HcsTeamsBot(
    ConversationReferenceKeeper references,
    ILearnerStore store,
    QuizFeature quiz,
    ProgressFeature progress,
    PauseFeature pause,
    TimeProvider time) : TeamsActivityHandler
{
    public const string NoIdentityReply =
        "I can only keep track of your progress in Microsoft Teams, where I can tell who you are. Please message me from Teams.";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (LearnerResolver.Resolve(turnContext) is not { } learner)
        {
            await turnContext.SendActivityAsync(NoIdentityReply, cancellationToken: cancellationToken);
            return;
        }

        await references.RememberAsync(learner, turnContext, cancellationToken);
        if (turnContext.Activity.Value is JObject cardData)
        {
            await OnCardActionAsync(turnContext, learner, cardData, cancellationToken);
            return;
        }

        var text = turnContext.Activity.Text;
        switch (CommandParser.Parse(text)?.Name)
        {
            case "quiz":
                await quiz.StartAsync(turnContext, learner, cancellationToken);
                break;
            case "progress":
                await progress.ShowAsync(turnContext, learner, cancellationToken);
                break;
            case "pause":
                await pause.PauseAsync(turnContext, learner, CommandParser.Normalise(text), cancellationToken);
                break;
            case "resume":
                await pause.ResumeAsync(turnContext, learner, cancellationToken);
                break;
            case "help":
                await turnContext.SendActivityAsync(CardMessages.ToMessage(HelpCards.Help()), cancellationToken);
                break;
            default:
                var said = CommandParser.Normalise(text);
                await turnContext.SendActivityAsync(CardMessages.ToMessage(HelpCards.Help(said.Length == 0 ? null : said)), cancellationToken);
                break;
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        // In a personal chat, "the bot was added" is the install; a user being added is not ours to greet.
        var botAdded = membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        return botAdded ? WelcomeOnceAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    private async Task OnCardActionAsync(ITurnContext turnContext, LearnerId learner, JObject cardData, CancellationToken cancellationToken)
    {
        switch (CardData.Text(cardData, "verb"))
        {
            case CardVerbs.Start:
                await quiz.StartAsync(turnContext, learner, cancellationToken);
                break;
            case CardVerbs.Answer:
                await quiz.SubmitAsync(turnContext, learner, cardData, cancellationToken);
                break;
            case CardVerbs.Next:
                await quiz.NextAsync(turnContext, learner, cardData, cancellationToken);
                break;
            case CardVerbs.Progress:
                await progress.ShowAsync(turnContext, learner, cancellationToken);
                break;
            case CardVerbs.Help:
                await turnContext.SendActivityAsync(CardMessages.ToMessage(HelpCards.Help()), cancellationToken);
                break;
            case CardVerbs.Practice:
                await quiz.StartPracticeAsync(turnContext, learner, cancellationToken);
                break;
            case CardVerbs.Resume:
                await pause.ResumeAsync(turnContext, learner, cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync(QuizReplies.For(Core.Quiz.RefusalReason.UnreadableCard), cancellationToken: cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Teams sends both installationUpdate and conversationUpdate on install, possibly at the same moment;
    /// an insert-only marker row decides which of them greets, so the learner sees one welcome.
    /// </summary>
    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (LearnerResolver.Resolve(turnContext) is not { } learner)
        {
            return;
        }

        await references.RememberAsync(learner, turnContext, cancellationToken);
        if (await store.TryMarkWelcomedAsync(learner, time.GetUtcNow(), cancellationToken))
        {
            var firstName = LearnerResolver.FirstName(turnContext.Activity);
            await turnContext.SendActivityAsync(CardMessages.ToMessage(HelpCards.Welcome(firstName)), cancellationToken);
        }
    }
}
