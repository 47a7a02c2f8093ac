using System.Globalization;

namespace HcsBot.Core.Pausing;

/// <summary>A learner's pause: nothing is scheduled or nudged from <see cref="PausedAt"/> until <see cref="Until"/>.</summary>
public sealed record PauseState(DateTimeOffset PausedAt, DateTimeOffset Until)
{
    /// <summary>
    /// Set when a resume begins and kept if it has to be retried, so every card moves by the same length.
    /// </summary>
    public DateTimeOffset? ResumedAt { get; init; }

    /// <summary>Stamped on each card shifted for this pause, so no card is ever shifted twice for it.</summary>
    public string Id => PausedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public bool HasEnded(DateTimeOffset now) => now >= Until;

    /// <summary>How long the pause actually lasted: to <paramref name="now"/> if resumed early, else to its end.</summary>
    public TimeSpan LengthAt(DateTimeOffset now) => (now < Until ? now : Until) - PausedAt;
}
