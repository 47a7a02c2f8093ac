using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Quiz;
using HcsBot.Core.Scheduling;
using HcsBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace HcsBot.Core.Tests.Quiz;

/// <summary>What a learner notices of the schedule: right answers come back days later, missed ones soon.</summary>
public class SpacedRepetitionTests
{
    private readonly InMemoryLearnerStore _store;
    private readonly FakeTimeProvider _time;
    private readonly PauseService _pauses;
    private readonly QuizService _quiz;
    private readonly LearnerId _learner;

    public SpacedRepetitionTests()
    {
        var harness = new QuizHarness(checkSize: 3, dailyNewLimit: 4, seed: 3);
        (_store, _time, _pauses, _quiz, _learner) = (harness.Store, harness.Time, harness.Pauses, harness.Quiz, harness.Learner);
    }

    [Fact]
    public async Task RightAnswer_SureOfIt_ComesBackDaysLater()
    {
        var ask = await StartAsync();

        await AnswerAsync(ask, right: true, Confidence.Certain);

        var record = await _store.GetQuestionRecordAsync(_learner, ask.Delivery.QuestionId, default);
        Assert.True(record!.Card.Due >= _time.GetUtcNow().AddDays(1), $"due {record.Card.Due}");
        Assert.Equal(Rating.Easy, (await _store.GetAnswersAsync(_learner, default)).Single().Review!.Rating);
    }

    [Fact]
    public async Task WrongAnswer_ComesBackWithinMinutes_AndCanReturnInTheSameCheck()
    {
        var first = await StartAsync();
        await AnswerAsync(first, right: false);
        var record = await _store.GetQuestionRecordAsync(_learner, first.Delivery.QuestionId, default);
        Assert.True(record!.Card.Due <= _time.GetUtcNow().AddMinutes(10), $"due {record.Card.Due}");

        var second = Assert.IsType<AskQuestion>(await _quiz.NextAsync(_learner, first.Check.CheckId, 1, default));
        Assert.NotEqual(first.Delivery.QuestionId, second.Delivery.QuestionId);
        await AnswerAsync(second, right: true);
        _time.Advance(TimeSpan.FromMinutes(2));

        var third = Assert.IsType<AskQuestion>(await _quiz.NextAsync(_learner, first.Check.CheckId, 2, default));
        Assert.Equal(first.Delivery.QuestionId, third.Delivery.QuestionId);
    }

    [Theory]
    [InlineData(true, Confidence.Guessing, Rating.Hard, false)]
    [InlineData(true, Confidence.FairlySure, Rating.Good, false)]
    [InlineData(true, null, Rating.Good, false)]
    [InlineData(true, Confidence.Certain, Rating.Easy, false)]
    [InlineData(false, Confidence.Guessing, Rating.Again, false)]
    [InlineData(false, Confidence.Certain, Rating.Again, true)]
    public async Task Answer_IsLoggedWithItsRatingAndConfidentErrors(bool right, Confidence? confidence, Rating rating, bool confidentError)
    {
        var ask = await StartAsync();

        await AnswerAsync(ask, right, confidence);

        var answer = Assert.Single(await _store.GetAnswersAsync(_learner, default));
        Assert.Equal((rating, confidentError, confidence), (answer.Review!.Rating, answer.ConfidentError, answer.Confidence));
        Assert.Equal((CardState.New, rating == Rating.Easy ? CardState.Review : CardState.Learning), (answer.Review.StateBefore, answer.Review.StateAfter));
    }

    [Fact]
    public async Task Answer_WithAConfidenceWeNeverOffered_IsRefused()
    {
        var ask = await StartAsync();

        var refused = Assert.IsType<Refused>(await _quiz.SubmitAsync(_learner, new AnswerSubmission(ask.Check.CheckId, 1, "1", "Overconfident"), default));

        Assert.Equal(RefusalReason.UnreadableCard, refused.Reason);
    }

    [Fact]
    public async Task DailyNewLimitReached_NothingDue_SaysAllCaughtUpWithTheNextReview()
    {
        await CompleteCheckAsync(right: true);
        await CompleteCheckAsync(right: true, stopAfterNewLimit: true);

        var outcome = Assert.IsType<AllCaughtUp>(await _quiz.StartAsync(_learner, default));

        var records = await _store.GetQuestionRecordsAsync(_learner, default);
        Assert.Equal(4, records.Count);
        Assert.Equal(records.Values.Min(r => r.Card.Due), outcome.NextReviewDue);
    }

    [Fact]
    public async Task Practice_WhenCaughtUp_AsksQuestionsButLeavesTheScheduleAlone()
    {
        await CompleteCheckAsync(right: true);
        var before = await _store.GetQuestionRecordsAsync(_learner, default);

        var practice = Assert.IsType<AskQuestion>(await _quiz.StartPracticeAsync(_learner, default));
        await AnswerAsync(practice, right: false);

        Assert.Equal(CheckMode.Practice, practice.Check.Mode);
        var after = await _store.GetQuestionRecordsAsync(_learner, default);
        Assert.All(before, b => Assert.Equal(b.Value.Card, after[b.Key].Card));
        var answer = (await _store.GetAnswersAsync(_learner, default)).Single(a => a.CheckId == practice.Check.CheckId);
        Assert.True(answer.Practice);
        Assert.Null(answer.Review);
    }

    [Fact]
    public async Task Pause_StopsChecks_AndResumeMovesEveryDueDateByThePause()
    {
        await CompleteCheckAsync(right: true);
        var before = await _store.GetQuestionRecordsAsync(_learner, default);
        Assert.IsType<NowPaused>(await _pauses.PauseAsync(_learner, "pause 2 weeks", default));

        _time.Advance(TimeSpan.FromDays(5));
        var whilePaused = Assert.IsType<CurrentlyPaused>(await _quiz.StartAsync(_learner, default));
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero), whilePaused.Pause.Until);
        _time.Advance(TimeSpan.FromDays(2));
        var resumed = Assert.IsType<Resumed>(await _pauses.ResumeAsync(_learner, default));

        Assert.Equal(TimeSpan.FromDays(7), resumed.PausedFor);
        var after = await _store.GetQuestionRecordsAsync(_learner, default);
        Assert.All(before, b => Assert.Equal(b.Value.Card.Due + TimeSpan.FromDays(7), after[b.Key].Card.Due));
        Assert.IsType<WasNotPaused>(await _pauses.ResumeAsync(_learner, default));
    }

    [Fact]
    public async Task Pause_ThatRunsItsCourse_EndsByItselfAndShiftsOnlyOnce()
    {
        await CompleteCheckAsync(right: true);
        var before = await _store.GetQuestionRecordsAsync(_learner, default);
        await _pauses.PauseAsync(_learner, "pause 3 days", default);
        _time.Advance(TimeSpan.FromDays(10));

        Assert.IsNotType<CurrentlyPaused>(await _quiz.StartAsync(_learner, default));

        var after = await _store.GetQuestionRecordsAsync(_learner, default);
        Assert.All(before, b => Assert.Equal(b.Value.Card.Due + TimeSpan.FromDays(3), after[b.Key].Card.Due));
    }

    [Fact]
    public async Task Pause_AnAnswerGivenDuringIt_IsNotShiftedOnResume()
    {
        var ask = await StartAsync();
        await _pauses.PauseAsync(_learner, "pause 2 weeks", default);
        _time.Advance(TimeSpan.FromMinutes(5));
        await AnswerAsync(ask, right: true, Confidence.Certain);
        var answeredWhilePaused = await _store.GetQuestionRecordAsync(_learner, ask.Delivery.QuestionId, default);
        _time.Advance(TimeSpan.FromDays(3));

        await _pauses.ResumeAsync(_learner, default);

        Assert.Equal(answeredWhilePaused!.Card.Due, (await _store.GetQuestionRecordAsync(_learner, ask.Delivery.QuestionId, default))!.Card.Due);
    }

    [Fact]
    public async Task Pause_WhileAlreadyPaused_KeepsTheStartAndMovesTheEnd()
    {
        await _pauses.PauseAsync(_learner, "pause 3 days", default);
        _time.Advance(TimeSpan.FromDays(1));

        var again = Assert.IsType<NowPaused>(await _pauses.PauseAsync(_learner, "pause 1 week", default));

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), again.Pause.PausedAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), again.Pause.Until);
    }

    private async Task<AskQuestion> StartAsync() => Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

    private Task<QuizOutcome> AnswerAsync(AskQuestion ask, bool right, Confidence? confidence = null) =>
        _quiz.SubmitAsync(_learner, new AnswerSubmission(ask.Check.CheckId, ask.Delivery.Position, right ? "1" : "0", confidence?.ToString()), default);

    private async Task CompleteCheckAsync(bool right, bool stopAfterNewLimit = false)
    {
        var outcome = await _quiz.StartAsync(_learner, default);
        while (outcome is AskQuestion ask)
        {
            var accepted = Assert.IsType<AnswerAccepted>(await AnswerAsync(ask, right));
            if (accepted.Check.IsComplete)
            {
                return;
            }

            outcome = await _quiz.NextAsync(_learner, ask.Check.CheckId, ask.Delivery.Position, default);
        }

        Assert.True(stopAfterNewLimit || outcome is CheckFinished, $"unexpected {outcome}");
    }
}
