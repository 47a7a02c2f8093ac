namespace HcsBot.Core.Checks;

/// <summary>
/// One showing of one question inside a check. A submission names its delivery, which is what makes an
/// answer idempotent: the same delivery can be answered once, however many times Submit is pressed.
/// </summary>
public sealed record Delivery(int Position, string QuestionId, DateTimeOffset DeliveredAt)
{
    public int? ChosenIndex { get; init; }

    public bool? Correct { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public bool IsAnswered => AnsweredAt is not null;

    public static string IdFor(string checkId, int position) => $"{checkId}-{position}";
}
