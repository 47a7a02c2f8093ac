using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Progress;

/// <summary>
/// A learner's history with one question: their FSRS card (when it is due, how stable the memory is) and
/// plain counts for accuracy. <see cref="PauseId"/> names the last pause whose length was added to the due
/// date, so resuming twice (or retrying a resume that failed half-way) never shifts a card twice.
/// </summary>
public sealed record QuestionRecord(
    string QuestionId,
    string AreaCode,
    int Attempts,
    int CorrectCount,
    DateTimeOffset LastAnsweredAt,
    bool LastCorrect,
    SchedulingCard Card)
{
    /// <summary>When the question entered the schedule (its first scheduled answer): counts toward the daily new limit.</summary>
    public DateTimeOffset? ScheduledSince { get; init; }

    public string? PauseId { get; init; }

    public bool IsScheduled => ScheduledSince is not null;

    public static QuestionRecord New(string questionId, string areaCode, DateTimeOffset now) =>
        new(questionId, areaCode, 0, 0, now, false, SchedulingCard.CreateNew(now));

    /// <summary>The record after an answer; <paramref name="card"/> is null for practice, which leaves the schedule alone.</summary>
    public QuestionRecord WithAnswer(bool correct, DateTimeOffset at, SchedulingCard? card) => this with
    {
        Attempts = Attempts + 1,
        CorrectCount = CorrectCount + (correct ? 1 : 0),
        LastAnsweredAt = at,
        LastCorrect = correct,
        Card = card ?? Card,
        ScheduledSince = ScheduledSince ?? (card is null ? null : at),
    };
}
