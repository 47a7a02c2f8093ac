namespace HcsBot.Core.Scheduling;

/// <summary>Turns a quiz answer (right or wrong, plus how sure the learner was) into an FSRS rating.</summary>
public static class AnswerRating
{
    public static Rating From(bool correct, Confidence? confidence)
    {
        EnsureDefined(confidence);
        return (correct, confidence) switch
        {
            (false, _) => Rating.Again,
            // A lucky guess is weak evidence of memory: schedule it sooner than a sure answer.
            (true, Confidence.Guessing) => Rating.Hard,
            (true, Confidence.Certain) => Rating.Easy,
            _ => Rating.Good,
        };
    }

    /// <summary>A wrong answer given with certainty: a misconception worth flagging, not just a gap.</summary>
    public static bool IsConfidentError(bool correct, Confidence? confidence)
    {
        EnsureDefined(confidence);
        return !correct && confidence == Confidence.Certain;
    }

    private static void EnsureDefined(Confidence? confidence)
    {
        if (confidence is { } value && !Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), value, "Unknown confidence level.");
        }
    }
}
