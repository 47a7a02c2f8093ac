namespace HcsBot.Core.Progress;

/// <summary>A learner's history with one question: what the progress card and the next-question choice read.</summary>
public sealed record QuestionRecord(string QuestionId, string AreaCode, int Attempts, int CorrectCount, DateTimeOffset LastAnsweredAt, bool LastCorrect)
{
    public static QuestionRecord First(string questionId, string areaCode, bool correct, DateTimeOffset at) =>
        new(questionId, areaCode, 1, correct ? 1 : 0, at, correct);

    public QuestionRecord WithAnswer(bool correct, DateTimeOffset at) =>
        this with { Attempts = Attempts + 1, CorrectCount = CorrectCount + (correct ? 1 : 0), LastAnsweredAt = at, LastCorrect = correct };
}
