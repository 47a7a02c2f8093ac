using HcsBot.Core.Checks;
using HcsBot.Core.Curriculum;
using HcsBot.Core.Progress;
using HcsBot.Core.Scheduling;
using HcsBot.Core.Tests.Support;

namespace HcsBot.Core.Tests.Checks;

public class ScheduledComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly FsrsScheduler _scheduler = new(FsrsParameters.Default);

    [Fact]
    public void ChooseNext_SeveralDue_TakesTheLowestPredictedRecallFirst()
    {
        var bank = TestBanks.Spread(perArea: 2);
        var history = new[]
        {
            Reviewed("QUA-001", "QUA", daysAgo: 10),
            Reviewed("LEA-001", "LEA", daysAgo: 40),
            Reviewed("HSS-001", "HSS", daysAgo: 20),
        }.ToDictionary(r => r.QuestionId);

        var next = Composer().ChooseNext(Context(bank, history, NewCheck()));

        Assert.Equal("LEA-001", next);
    }

    [Fact]
    public void ChooseNext_DueReviewsFromSeveralAreas_AvoidsTheAreaJustAsked()
    {
        var bank = TestBanks.Spread(perArea: 2);
        var history = new[]
        {
            Reviewed("LEA-001", "LEA", daysAgo: 40),
            Reviewed("LEA-002", "LEA", daysAgo: 39),
            Reviewed("QUA-001", "QUA", daysAgo: 10),
        }.ToDictionary(r => r.QuestionId);
        var check = NewCheck().WithNextDelivery("LEA-001", Now).WithAnswer(1, 1, true, Now);

        var next = Composer().ChooseNext(Context(bank, history, check));

        Assert.Equal("QUA-001", next);
    }

    [Fact]
    public void ChooseNext_NewQuestions_AreWeightedTowardTheWeakestAreas()
    {
        var bank = TestBanks.Spread(perArea: 3);
        // Strong in every area but Leadership, where nothing has been seen yet.
        var history = Areas.All.Where(a => a != Areas.Leadership)
            .Select(a => Reviewed($"{a.Code}-001", a.Code, daysAgo: 0, Rating.Easy))
            .ToDictionary(r => r.QuestionId);
        var random = new Random(1);

        var picks = Enumerable.Range(0, 400)
            .Select(_ => Composer().ChooseNext(new CompositionContext(bank, history, NewCheck(), Now, random))!)
            .CountBy(id => id[..3]).ToDictionary();

        var otherAreasAverage = picks.Where(p => p.Key != "LEA").Average(p => p.Value);
        Assert.True(picks["LEA"] > 3 * otherAreasAverage, string.Join(", ", picks));
    }

    [Fact]
    public void ChooseNext_DailyNewLimitReachedAndNothingDue_EndsTheCheck()
    {
        var bank = TestBanks.Spread(perArea: 2);
        var history = new[] { "QUA-001", "LEA-001" }.Select(id => Reviewed(id, id[..3], daysAgo: 0, Rating.Easy)).ToDictionary(r => r.QuestionId);

        var next = new ScheduledComposer(_scheduler, new SchedulingOptions { DailyNewLimit = 2 }).ChooseNext(Context(bank, history, NewCheck()));

        Assert.Null(next);
    }

    [Fact]
    public void ChooseNext_NeverTheSameQuestionTwiceInARow_EvenWhenItIsTheOnlyOneDue()
    {
        var bank = TestBanks.Spread(perArea: 1);
        var history = new[] { Reviewed("QUA-001", "QUA", daysAgo: 30) }.ToDictionary(r => r.QuestionId);
        var check = NewCheck().WithNextDelivery("QUA-001", Now).WithAnswer(1, 0, false, Now);

        var next = Composer().ChooseNext(Context(bank, history, check));

        Assert.NotNull(next);
        Assert.NotEqual("QUA-001", next);
    }

    [Fact]
    public void ChooseNext_NewCheck_NeverOpensWithTheQuestionThatEndedThePreviousOne()
    {
        var bank = TestBanks.Spread(perArea: 2);
        var history = new[] { Reviewed("QUA-001", "QUA", daysAgo: 30), Reviewed("LEA-001", "LEA", daysAgo: 10) }.ToDictionary(r => r.QuestionId);

        var next = Composer().ChooseNext(Context(bank, history, NewCheck()) with { PreviousQuestionId = "QUA-001" });

        Assert.Equal("LEA-001", next);
    }

    private ScheduledComposer Composer() => new(_scheduler, new SchedulingOptions());

    private QuestionRecord Reviewed(string id, string area, int daysAgo, Rating rating = Rating.Good)
    {
        var at = Now.AddDays(-daysAgo);
        var card = _scheduler.Review(_scheduler.Review(SchedulingCard.CreateNew(at.AddDays(-1)), rating, at.AddDays(-1)).Card, rating, at).Card;
        return QuestionRecord.New(id, area, at).WithAnswer(true, at, card);
    }

    private static CompositionContext Context(HcsBot.Core.Banks.QuestionBank bank, Dictionary<string, QuestionRecord> history, CheckState check) =>
        new(bank, history, check, Now, new Random(5));

    private static CheckState NewCheck() => new("0000000000000000abcd", Now, 5, []);
}
