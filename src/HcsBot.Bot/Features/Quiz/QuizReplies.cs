using HcsBot.Core.Quiz;

namespace HcsBot.Bot.Features.Quiz;

/// <summary>The short, polite lines a learner sees when the bot does not act on a card.</summary>
public static class QuizReplies
{
    public const string NothingToAsk = "There are no questions ready to ask yet. Your programme lead is adding some: please try again later.";

    public const string Resumed = "You're part way through a check, so here's where you left off.";

    public static string For(RefusalReason reason) => reason switch
    {
        RefusalReason.AlreadyAnswered => "You've already answered this one.",
        RefusalReason.StaleCard => "That question is from a check that has ended. Type **quiz** to start a new one.",
        RefusalReason.NoOptionChosen => "Choose an answer before pressing Submit.",
        RefusalReason.AlreadyMovedOn => "You've already moved on to the next question.",
        RefusalReason.UnreadableCard => "Sorry, I couldn't read that card. Type **quiz** to carry on with your check.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
