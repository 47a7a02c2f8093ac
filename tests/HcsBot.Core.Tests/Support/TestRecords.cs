using HcsBot.Core.Progress;
using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Support;

internal static class TestRecords
{
    private static readonly FsrsScheduler Scheduler = new(FsrsParameters.Default);

    /// <summary>A question answered once, in a scheduled check, at <paramref name="at"/>.</summary>
    public static QuestionRecord Answered(string questionId, string areaCode, bool correct, DateTimeOffset at) =>
        QuestionRecord.New(questionId, areaCode, at)
            .WithAnswer(correct, at, Scheduler.Review(SchedulingCard.CreateNew(at), correct ? Rating.Good : Rating.Again, at).Card);
}
