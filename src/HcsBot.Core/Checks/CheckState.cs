namespace HcsBot.Core.Checks;

/// <summary>A scheduled check follows and updates the spaced-repetition schedule; practice does neither.</summary>
public enum CheckMode { Scheduled, Practice }

/// <summary>
/// A knowledge check in progress or finished. Immutable: every step returns a new state, which the
/// store writes back conditionally so two concurrent submissions cannot both win.
/// </summary>
public sealed record CheckState(string CheckId, DateTimeOffset StartedAt, int Size, IReadOnlyList<Delivery> Deliveries)
{
    /// <summary>A check left this long is treated as abandoned: its cards are stale and `quiz` starts afresh.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public CheckMode Mode { get; init; } = CheckMode.Scheduled;

    public DateTimeOffset? CompletedAt { get; init; }

    public bool IsComplete => CompletedAt is not null;

    public int AnsweredCount => Deliveries.Count(d => d.IsAnswered);

    public int CorrectCount => Deliveries.Count(d => d.Correct == true);

    public Delivery? Current => Deliveries.Count == 0 ? null : Deliveries[^1];

    public bool IsExpired(DateTimeOffset now) => !IsComplete && now - StartedAt > Lifetime;

    public Delivery? DeliveryAt(int position) =>
        position >= 1 && position <= Deliveries.Count ? Deliveries[position - 1] : null;

    public CheckState WithNextDelivery(string questionId, DateTimeOffset now) =>
        this with { Deliveries = [.. Deliveries, new Delivery(Deliveries.Count + 1, questionId, now)] };

    public CheckState WithAnswer(int position, int chosenIndex, bool correct, DateTimeOffset now)
    {
        var answered = Deliveries[position - 1] with { ChosenIndex = chosenIndex, Correct = correct, AnsweredAt = now };
        var deliveries = Deliveries.Select(d => d.Position == position ? answered : d).ToList();
        var finished = position >= Size;
        return this with { Deliveries = deliveries, CompletedAt = finished ? now : CompletedAt };
    }

    public CheckState Completed(DateTimeOffset now) => this with { CompletedAt = now };
}
