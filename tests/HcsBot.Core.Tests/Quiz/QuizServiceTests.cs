using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Quiz;
using HcsBot.Core.Storage;
using HcsBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace HcsBot.Core.Tests.Quiz;

public class QuizServiceTests
{
    private readonly InMemoryLearnerStore _store;
    private readonly FakeTimeProvider _time;
    private readonly QuizService _quiz;
    private readonly LearnerId _learner;

    public QuizServiceTests()
    {
        var harness = new QuizHarness(checkSize: 3);
        (_store, _time, _quiz, _learner) = (harness.Store, harness.Time, harness.Quiz, harness.Learner);
    }

    [Fact]
    public async Task StartAsync_NoCheckYet_AsksTheFirstQuestionOfANewCheck()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        Assert.False(ask.Resumed);
        Assert.Equal(1, ask.Delivery.Position);
        Assert.Equal(3, ask.Check.Size);
        Assert.True(CheckIds.IsWellFormed(ask.Check.CheckId));
    }

    [Fact]
    public async Task StartAsync_MidCheck_ResumesTheUnansweredQuestion()
    {
        var first = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        var again = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        Assert.True(again.Resumed);
        Assert.Equal(first.Check.CheckId, again.Check.CheckId);
        Assert.Equal(first.Delivery.QuestionId, again.Delivery.QuestionId);
    }

    [Fact]
    public async Task StartAsync_CheckOlderThanItsLifetime_StartsAFreshOne()
    {
        var first = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        _time.Advance(CheckState.Lifetime + TimeSpan.FromMinutes(1));

        var fresh = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        Assert.NotEqual(first.Check.CheckId, fresh.Check.CheckId);
        Assert.False(fresh.Resumed);
    }

    [Fact]
    public async Task SubmitAsync_RightAnswer_IsRecordedOnceAsCorrect()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        var accepted = Assert.IsType<AnswerAccepted>(await Submit(ask, "1"));

        Assert.True(accepted.Delivery.Correct);
        var answer = Assert.Single(await _store.GetAnswersAsync(_learner, default));
        Assert.Equal((ask.Delivery.QuestionId, 1, true), (answer.QuestionId, answer.ChosenIndex, answer.Correct));
        var record = await _store.GetQuestionRecordAsync(_learner, ask.Delivery.QuestionId, default);
        Assert.Equal((1, 1), (record!.Attempts, record.CorrectCount));
    }

    [Fact]
    public async Task SubmitAsync_StoredButTheResponseWasLost_IsStillAcceptedOnce()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        _store.LoseNextAnswerResponse = true;

        var accepted = Assert.IsType<AnswerAccepted>(await Submit(ask, "1"));

        Assert.True(accepted.Delivery.Correct);
        Assert.Single(await _store.GetAnswersAsync(_learner, default));
        Assert.Equal(RefusalReason.AlreadyAnswered, Assert.IsType<Refused>(await Submit(ask, "1")).Reason);
    }

    [Fact]
    public async Task SubmitAsync_SecondSubmitOfTheSameCard_IsRefusedAndNothingChanges()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        await Submit(ask, "0");

        var again = Assert.IsType<Refused>(await Submit(ask, "1"));

        Assert.Equal(RefusalReason.AlreadyAnswered, again.Reason);
        var answer = Assert.Single(await _store.GetAnswersAsync(_learner, default));
        Assert.False(answer.Correct);
    }

    [Theory]
    [InlineData(null, "UnreadableCard")]
    [InlineData("zz", "UnreadableCard")]
    public async Task SubmitAsync_MalformedCheckId_IsRefusedAsUnreadable(string? checkId, string reason)
    {
        await _quiz.StartAsync(_learner, default);

        var refused = Assert.IsType<Refused>(await _quiz.SubmitAsync(_learner, new AnswerSubmission(checkId, 1, "1"), default));

        Assert.Equal(reason, refused.Reason.ToString());
        Assert.Empty(await _store.GetAnswersAsync(_learner, default));
    }

    [Theory]
    [InlineData(null, RefusalReason.NoOptionChosen)]
    [InlineData("", RefusalReason.NoOptionChosen)]
    [InlineData("7", RefusalReason.UnreadableCard)]
    [InlineData("-1", RefusalReason.UnreadableCard)]
    [InlineData("B", RefusalReason.UnreadableCard)]
    public async Task SubmitAsync_BadChoice_IsRefusedAndNothingIsStored(string? choice, RefusalReason reason)
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        var refused = Assert.IsType<Refused>(await Submit(ask, choice));

        Assert.Equal(reason, refused.Reason);
        Assert.Empty(await _store.GetAnswersAsync(_learner, default));
    }

    [Fact]
    public async Task SubmitAsync_UnknownPosition_IsRefusedAsUnreadable()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        var refused = Assert.IsType<Refused>(await _quiz.SubmitAsync(_learner, new AnswerSubmission(ask.Check.CheckId, 4, "1"), default));

        Assert.Equal(RefusalReason.UnreadableCard, refused.Reason);
    }

    [Fact]
    public async Task SubmitAsync_CardFromAnExpiredCheck_IsStale()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        _time.Advance(CheckState.Lifetime + TimeSpan.FromMinutes(1));

        var refused = Assert.IsType<Refused>(await Submit(ask, "1"));

        Assert.Equal(RefusalReason.StaleCard, refused.Reason);
        Assert.Empty(await _store.GetAnswersAsync(_learner, default));
    }

    [Fact]
    public async Task SubmitAsync_AnotherLearnersCard_FindsNothingOfTheirs()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        LearnerId.TryCreate("tenant-1", "someone-else", out var other);

        var refused = Assert.IsType<Refused>(await _quiz.SubmitAsync(other!.Value, new AnswerSubmission(ask.Check.CheckId, 1, "1"), default));

        Assert.Equal(RefusalReason.UnreadableCard, refused.Reason);
        Assert.Empty(await _store.GetAnswersAsync(_learner, default));
    }

    [Fact]
    public async Task SubmitAsync_StorageDown_ThrowsAndStoresNothing()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        _store.FailWrites = true;

        await Assert.ThrowsAsync<StorageUnavailableException>(() => Submit(ask, "1"));

        _store.FailWrites = false;
        Assert.Empty(await _store.GetAnswersAsync(_learner, default));
        Assert.IsType<AnswerAccepted>(await Submit(ask, "1"));
    }

    [Fact]
    public async Task FullCheck_AnswerAndNextThreeTimes_FinishesWithTheScore()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        AnswerAccepted? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = Assert.IsType<AnswerAccepted>(await Submit(ask, i == 0 ? "0" : "1"));
            if (!last.Check.IsComplete)
            {
                ask = Assert.IsType<AskQuestion>(await _quiz.NextAsync(_learner, ask.Check.CheckId, ask.Delivery.Position, default));
            }
        }

        Assert.True(last!.Check.IsComplete);
        Assert.Equal((3, 2), (last.Check.AnsweredCount, last.Check.CorrectCount));
        Assert.Equal(3, last.Check.Deliveries.Select(d => d.QuestionId).Distinct().Count());
        Assert.Equal(3, (await _store.GetAnswersAsync(_learner, default)).Count);
    }

    [Fact]
    public async Task NextAsync_PressedTwice_SendsOneQuestionAndRefusesTheSecond()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));
        await Submit(ask, "1");

        Assert.IsType<AskQuestion>(await _quiz.NextAsync(_learner, ask.Check.CheckId, 1, default));
        var second = Assert.IsType<Refused>(await _quiz.NextAsync(_learner, ask.Check.CheckId, 1, default));

        Assert.Equal(RefusalReason.AlreadyMovedOn, second.Reason);
        var check = await _store.GetCheckAsync(_learner, ask.Check.CheckId, default);
        Assert.Equal(2, check!.Value.Deliveries.Count);
    }

    [Fact]
    public async Task NextAsync_BeforeAnswering_IsRefused()
    {
        var ask = Assert.IsType<AskQuestion>(await _quiz.StartAsync(_learner, default));

        var refused = Assert.IsType<Refused>(await _quiz.NextAsync(_learner, ask.Check.CheckId, 1, default));

        Assert.Equal(RefusalReason.UnreadableCard, refused.Reason);
    }

    private Task<QuizOutcome> Submit(AskQuestion ask, string? choice) =>
        _quiz.SubmitAsync(_learner, new AnswerSubmission(ask.Check.CheckId, ask.Delivery.Position, choice), default);
}
