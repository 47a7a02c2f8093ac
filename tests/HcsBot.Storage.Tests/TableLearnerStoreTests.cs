using System.Text.RegularExpressions;
using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Progress;
using HcsBot.Core.Storage;

namespace HcsBot.Storage.Tests;

public class TableLearnerStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly TableLearnerStore _store = azurite.NewStore();
    private readonly LearnerId _learner = AzuriteFixture.NewLearner();

    [Fact]
    public async Task Profile_SavedThenRead_RoundTrips()
    {
        var profile = new LearnerProfile(_learner, "Alex Smith", "{\"conversation\":{\"id\":\"a:1\"}}", Now);

        await _store.SaveProfileAsync(profile, default);

        Assert.Equal(profile, await _store.GetProfileAsync(_learner, default));
    }

    [Fact]
    public async Task TryMarkWelcomed_CalledTwice_IsTrueOnlyTheFirstTime()
    {
        Assert.True(await _store.TryMarkWelcomedAsync(_learner, Now, default));
        Assert.False(await _store.TryMarkWelcomedAsync(_learner, Now, default));
    }

    [Fact]
    public async Task Check_AddedThenRead_RoundTripsEveryDelivery()
    {
        var check = NewCheck(Now).WithNextDelivery("QUA-001", Now).WithAnswer(1, 2, false, Now.AddMinutes(1)).WithNextDelivery("LEA-003", Now.AddMinutes(2));

        Assert.True(await _store.TryAddCheckAsync(_learner, check, null, default));

        var read = (await _store.GetCheckAsync(_learner, check.CheckId, default))!.Value;
        Assert.Equal(check.CheckId, read.CheckId);
        Assert.Equal(check.Deliveries, read.Deliveries);
        Assert.Equal(check.StartedAt, read.StartedAt);
        Assert.False(await _store.TryAddCheckAsync(_learner, check, null, default));
    }

    [Fact]
    public async Task GetLatestCheck_SeveralChecks_ReturnsTheNewest()
    {
        var older = NewCheck(Now.AddDays(-2));
        var newest = NewCheck(Now);
        var middle = NewCheck(Now.AddDays(-1));
        string? previous = null;
        foreach (var check in new[] { older, newest, middle })
        {
            Assert.True(await _store.TryAddCheckAsync(_learner, check, previous, default));
            previous = check.CheckId;
        }

        Assert.Equal(newest.CheckId, (await _store.GetLatestCheckAsync(_learner, default))!.Value.CheckId);
        Assert.Null(await _store.GetLatestCheckAsync(AzuriteFixture.NewLearner(), default));
    }

    [Fact]
    public async Task TryAddCheck_TwoChecksFollowingTheSameOne_OnlyTheFirstIsStored()
    {
        var first = NewCheck(Now).WithNextDelivery("QUA-001", Now);
        var racing = NewCheck(Now.AddMilliseconds(1)).WithNextDelivery("QUA-001", Now);

        var results = await Task.WhenAll(
            _store.TryAddCheckAsync(_learner, first, "earlier", default),
            _store.TryAddCheckAsync(_learner, racing, "earlier", default));

        Assert.Single(results, true);
        var stored = await Task.WhenAll(_store.GetCheckAsync(_learner, first.CheckId, default), _store.GetCheckAsync(_learner, racing.CheckId, default));
        Assert.Single(stored, c => c is not null);
    }

    [Fact]
    public async Task Pause_SavedThenEnded_ShiftsTheGivenRecordsAndRemovesThePause()
    {
        var (check, etag) = await StartCheckAsync();
        var record = TestRecords.Answered("QUA-001", "QUA", true, Now);
        await _store.TryRecordAnswerAsync(_learner, Answer(check, true), check.WithAnswer(1, 1, true, Now), etag, record, default);
        var pause = new Core.Pausing.PauseState(Now, Now.AddDays(14)) { ResumedAt = Now.AddDays(3) };
        await _store.SavePauseAsync(_learner, pause, default);
        Assert.Equal(pause, await _store.GetPauseAsync(_learner, default));

        var shifted = record with { Card = record.Card with { Due = record.Card.Due.AddDays(3) }, PauseId = pause.Id };
        await _store.EndPauseAsync(_learner, [shifted], default);

        Assert.Null(await _store.GetPauseAsync(_learner, default));
        Assert.Equal(shifted, await _store.GetQuestionRecordAsync(_learner, "QUA-001", default));
    }

    [Fact]
    public async Task CheckCompletions_AreReadNewestFirst()
    {
        string? previous = null;
        foreach (var day in new[] { 3, 1, 2 })
        {
            var check = NewCheck(Now.AddDays(-day)).WithNextDelivery("QUA-001", Now).Completed(Now.AddDays(-day).AddMinutes(5));
            await _store.TryAddCheckAsync(_learner, check, previous, default);
            previous = check.CheckId;
        }

        var completions = await _store.GetCheckCompletionsAsync(_learner, default).ToListAsync();

        Assert.Equal([Now.AddDays(-1).AddMinutes(5), Now.AddDays(-2).AddMinutes(5), Now.AddDays(-3).AddMinutes(5)], completions);
    }

    [Fact]
    public async Task TryReplaceCheck_WithAStaleVersion_ChangesNothing()
    {
        var check = NewCheck(Now).WithNextDelivery("QUA-001", Now);
        await _store.TryAddCheckAsync(_learner, check, null, default);
        var read = (await _store.GetCheckAsync(_learner, check.CheckId, default))!;
        Assert.True(await _store.TryReplaceCheckAsync(_learner, check.WithNextDelivery("QUA-002", Now), read.ETag, default));

        Assert.False(await _store.TryReplaceCheckAsync(_learner, check.WithNextDelivery("QUA-009", Now), read.ETag, default));

        var final = (await _store.GetCheckAsync(_learner, check.CheckId, default))!.Value;
        Assert.Equal(["QUA-001", "QUA-002"], final.Deliveries.Select(d => d.QuestionId));
    }

    [Fact]
    public async Task TryRecordAnswer_StoresAnswerCheckAndRecordTogether_AndOnlyOnce()
    {
        var (check, etag) = await StartCheckAsync();
        var answered = check.WithAnswer(1, 1, true, Now);
        var answer = Answer(check, correct: true);

        Assert.True(await _store.TryRecordAnswerAsync(_learner, answer, answered, etag, TestRecords.Answered("QUA-001", "QUA", true, Now), default));

        var afterFirst = (await _store.GetCheckAsync(_learner, check.CheckId, default))!;
        Assert.False(await _store.TryRecordAnswerAsync(_learner, answer with { Correct = false }, answered, afterFirst.ETag, TestRecords.Answered("QUA-001", "QUA", false, Now), default));

        Assert.Equal(answer, Assert.Single(await _store.GetAnswersAsync(_learner, default)));
        Assert.True((await _store.GetQuestionRecordAsync(_learner, "QUA-001", default))!.LastCorrect);
        Assert.True(afterFirst.Value.DeliveryAt(1)!.IsAnswered);
    }

    [Fact]
    public async Task TryRecordAnswer_CheckChangedMeanwhile_WritesNothingAtAll()
    {
        var (check, staleEtag) = await StartCheckAsync();
        await _store.TryReplaceCheckAsync(_learner, check with { Size = 6 }, staleEtag, default);

        var recorded = await _store.TryRecordAnswerAsync(_learner, Answer(check, true), check.WithAnswer(1, 1, true, Now), staleEtag, TestRecords.Answered("QUA-001", "QUA", true, Now), default);

        Assert.False(recorded);
        Assert.Empty(await _store.GetAnswersAsync(_learner, default));
        Assert.Null(await _store.GetQuestionRecordAsync(_learner, "QUA-001", default));
    }

    [Fact]
    public async Task Progress_ReadThroughANewClient_SurvivesARestart()
    {
        var (check, etag) = await StartCheckAsync();
        await _store.TryRecordAnswerAsync(_learner, Answer(check, true), check.WithAnswer(1, 1, true, Now), etag, TestRecords.Answered("QUA-001", "QUA", true, Now), default);

        var afterRestart = azurite.NewStore();

        var records = await afterRestart.GetQuestionRecordsAsync(_learner, default);
        Assert.Equal(TestRecords.Answered("QUA-001", "QUA", true, Now), Assert.Single(records.Values));
        Assert.Single(await afterRestart.GetAnswersAsync(_learner, default));
    }

    [Fact]
    public async Task QuestionRecords_OfAnotherLearner_AreNeverReturned()
    {
        var (check, etag) = await StartCheckAsync();
        await _store.TryRecordAnswerAsync(_learner, Answer(check, true), check.WithAnswer(1, 1, true, Now), etag, TestRecords.Answered("QUA-001", "QUA", true, Now), default);

        var other = AzuriteFixture.NewLearner();

        Assert.Empty(await _store.GetQuestionRecordsAsync(other, default));
        Assert.Empty(await _store.GetAnswersAsync(other, default));
        Assert.Null(await _store.GetCheckAsync(other, check.CheckId, default));
    }

    [Fact]
    public async Task AnyCall_StorageUnreachable_ThrowsStorageUnavailable()
    {
        var closedPort = new StorageOptions
        {
            // Port 1 on loopback: nothing listens there, so every call is refused at once.
            ConnectionString = Regex.Replace(azurite.ConnectionString, @"127\.0\.0\.1:\d+", "127.0.0.1:1"),
            TablePrefix = azurite.Options.TablePrefix,
        };
        var store = new TableLearnerStore(TableStorageSetup.CreateServiceClient(closedPort), closedPort);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.GetQuestionRecordsAsync(_learner, default));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.TryMarkWelcomedAsync(_learner, Now, default));
    }

    private async Task<(CheckState Check, string ETag)> StartCheckAsync()
    {
        var check = NewCheck(Now).WithNextDelivery("QUA-001", Now);
        await _store.TryAddCheckAsync(_learner, check, null, default);
        return (check, (await _store.GetCheckAsync(_learner, check.CheckId, default))!.ETag);
    }

    private static AnswerRecord Answer(CheckState check, bool correct) =>
        new(Delivery.IdFor(check.CheckId, 1), check.CheckId, "QUA-001", "QUA", 1, correct, Now);

    private static CheckState NewCheck(DateTimeOffset startedAt) => new(CheckIds.New(startedAt, Random.Shared), startedAt, 5, []);
}
