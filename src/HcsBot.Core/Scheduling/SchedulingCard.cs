namespace HcsBot.Core.Scheduling;

/// <summary>
/// A card's FSRS memory and schedule. Immutable: <see cref="FsrsScheduler.Review"/> returns a new card.
/// All times are UTC.
/// </summary>
/// <param name="Due">When the card should next be reviewed.</param>
/// <param name="Stability">Days until recall probability falls to 90%; 0 for a new card.</param>
/// <param name="Difficulty">1 (easy) to 10 (hard); 0 for a new card.</param>
/// <param name="ElapsedDays">UTC calendar days between the previous review and the last one.</param>
/// <param name="ScheduledDays">Whole days from the last review to <paramref name="Due"/>; 0 while in a (re)learning step.</param>
/// <param name="LearningStep">Index of the current (re)learning step.</param>
/// <param name="Reps">Reviews so far.</param>
/// <param name="Lapses">Times the card was forgotten after reaching the review state.</param>
/// <param name="State">Where the card is in the state machine.</param>
/// <param name="LastReview">When the card was last reviewed; null before its first review.</param>
public sealed record SchedulingCard(
    DateTimeOffset Due,
    double Stability,
    double Difficulty,
    int ElapsedDays,
    int ScheduledDays,
    int LearningStep,
    int Reps,
    int Lapses,
    CardState State,
    DateTimeOffset? LastReview)
{
    /// <summary>A card never reviewed, due at <paramref name="now"/> (ts-fsrs's <c>createEmptyCard</c>).</summary>
    public static SchedulingCard CreateNew(DateTimeOffset now)
    {
        UtcTime.Ensure(now, nameof(now));
        return new SchedulingCard(now, 0, 0, 0, 0, 0, 0, 0, CardState.New, null);
    }
}
