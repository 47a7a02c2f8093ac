using HcsBot.Core.Banks;
using HcsBot.Core.Checks;
using HcsBot.Core.Pausing;

namespace HcsBot.Core.Quiz;

/// <summary>What the learner should see after a quiz action.</summary>
public abstract record QuizOutcome;

/// <summary>Show this question. Resumed: the learner typed `quiz` in the middle of a check.</summary>
public sealed record AskQuestion(CheckState Check, Delivery Delivery, Question Question, bool Resumed) : QuizOutcome;

/// <summary>The answer was stored. When the check is complete, show the summary after the feedback.</summary>
public sealed record AnswerAccepted(CheckState Check, Delivery Delivery, Question Question) : QuizOutcome;

/// <summary>The check ended (every question answered, or the bank ran out).</summary>
public sealed record CheckFinished(CheckState Check) : QuizOutcome;

/// <summary>There is nothing in the bank to ask.</summary>
public sealed record NothingToAsk : QuizOutcome;

/// <summary>Nothing is due and today's new questions are used up; extra practice is on offer.</summary>
public sealed record AllCaughtUp(DateTimeOffset? NextReviewDue) : QuizOutcome;

/// <summary>The learner is paused: no scheduled check until they resume or the pause ends.</summary>
public sealed record CurrentlyPaused(PauseState Pause) : QuizOutcome;

/// <summary>The action was not carried out, and nothing was stored.</summary>
public sealed record Refused(RefusalReason Reason) : QuizOutcome;

public enum RefusalReason
{
    /// <summary>This delivery already has an answer (a second Submit, or a double click).</summary>
    AlreadyAnswered,

    /// <summary>The card belongs to a check that has ended or expired.</summary>
    StaleCard,

    /// <summary>The card's data is missing, malformed or names nothing we know.</summary>
    UnreadableCard,

    /// <summary>Submit was pressed without choosing an option.</summary>
    NoOptionChosen,

    /// <summary>Next was pressed on a feedback card whose next question was already sent.</summary>
    AlreadyMovedOn,
}
