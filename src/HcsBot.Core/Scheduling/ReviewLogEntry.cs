namespace HcsBot.Core.Scheduling;

/// <summary>What one review did to a card, kept for analytics and for refitting FSRS weights later.</summary>
/// <param name="Rating">The rating given.</param>
/// <param name="StateBefore">The card's state when it was reviewed.</param>
/// <param name="StateAfter">The card's state after the review.</param>
/// <param name="ReviewedAt">When the review happened (UTC).</param>
/// <param name="ElapsedDays">UTC calendar days since the previous review; 0 for a new card.</param>
/// <param name="ScheduledDays">Whole days until the next review; 0 for a (re)learning step.</param>
/// <param name="StabilityAfter">Stability after the review.</param>
/// <param name="DifficultyAfter">Difficulty after the review.</param>
public sealed record ReviewLogEntry(
    Rating Rating,
    CardState StateBefore,
    CardState StateAfter,
    DateTimeOffset ReviewedAt,
    int ElapsedDays,
    int ScheduledDays,
    double StabilityAfter,
    double DifficultyAfter);
