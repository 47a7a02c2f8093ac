using Azure;
using Azure.Data.Tables;
using HcsBot.Core.Checks;
using System.Runtime.CompilerServices;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Progress;
using HcsBot.Core.Storage;

namespace HcsBot.Storage;

/// <summary>
/// <see cref="ILearnerStore"/> on Azure Tables. Every call is a point read, a query inside one learner's
/// partition, or a batch inside it: no call ever scans the table.
/// </summary>
public sealed class TableLearnerStore(TableServiceClient service, StorageOptions options) : ILearnerStore
{
    private readonly TableClient _table = service.GetTableClient(options.LearnersTable);

    public Task<LearnerProfile?> GetProfileAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(learner.Key, LearnerRows.ProfileKey, cancellationToken: cancellationToken);
            return row.HasValue ? LearnerRows.ToProfile(learner, row.Value!) : null;
        });

    public Task SaveProfileAsync(LearnerProfile profile, CancellationToken cancellationToken) =>
        Guard(() => _table.UpsertEntityAsync(LearnerRows.Profile(profile), TableUpdateMode.Replace, cancellationToken));

    public Task<bool> TryMarkWelcomedAsync(LearnerId learner, DateTimeOffset at, CancellationToken cancellationToken) =>
        Guard(() => SucceedsUnlessConflict(() => _table.AddEntityAsync(
            new TableEntity(learner.Key, LearnerRows.WelcomeKey) { ["At"] = at }, cancellationToken)));

    public Task<Versioned<CheckState>?> GetLatestCheckAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            // Check ids sort newest first (CheckIds.New), so the first row of the range is the latest.
            await foreach (var row in _table.QueryAsync<TableEntity>(LearnerRows.PrefixFilter(learner, LearnerRows.CheckPrefix), maxPerPage: 1, cancellationToken: cancellationToken))
            {
                return LearnerRows.ToCheck(row);
            }

            return null;
        });

    public Task<Versioned<CheckState>?> GetCheckAsync(LearnerId learner, string checkId, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(learner.Key, LearnerRows.CheckPrefix + checkId, cancellationToken: cancellationToken);
            return row.HasValue ? LearnerRows.ToCheck(row.Value!) : null;
        });

    public Task<bool> TryAddCheckAsync(LearnerId learner, CheckState check, string? previousCheckId, CancellationToken cancellationToken) =>
        Guard(() => SucceedsUnlessConflict(() => _table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, LearnerRows.Check(learner, check)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(learner.Key, LearnerRows.SuccessorPrefix + (previousCheckId ?? "none")) { ["CheckId"] = check.CheckId }),
            ],
            cancellationToken)));

    public Task<bool> TryReplaceCheckAsync(LearnerId learner, CheckState updated, string etag, CancellationToken cancellationToken) =>
        Guard(() => SucceedsUnlessConflict(() => _table.UpdateEntityAsync(LearnerRows.Check(learner, updated), new ETag(etag), TableUpdateMode.Replace, cancellationToken)));

    public Task<QuestionRecord?> GetQuestionRecordAsync(LearnerId learner, string questionId, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(learner.Key, LearnerRows.QuestionPrefix + questionId, cancellationToken: cancellationToken);
            return row.HasValue ? LearnerRows.ToQuestion(row.Value!) : null;
        });

    public Task<IReadOnlyDictionary<string, QuestionRecord>> GetQuestionRecordsAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var records = new Dictionary<string, QuestionRecord>(StringComparer.Ordinal);
            await foreach (var row in _table.QueryAsync<TableEntity>(LearnerRows.PrefixFilter(learner, LearnerRows.QuestionPrefix), cancellationToken: cancellationToken))
            {
                var record = LearnerRows.ToQuestion(row);
                records[record.QuestionId] = record;
            }

            return (IReadOnlyDictionary<string, QuestionRecord>)records;
        });

    public Task<bool> TryRecordAnswerAsync(LearnerId learner, AnswerRecord answer, CheckState updatedCheck, string checkEtag, QuestionRecord updatedRecord, CancellationToken cancellationToken) =>
        Guard(() => SucceedsUnlessConflict(() => _table.SubmitTransactionAsync(
            [
                // Add (not upsert): a second answer to the same delivery collides on its key and the whole batch fails.
                new TableTransactionAction(TableTransactionActionType.Add, LearnerRows.Answer(learner, answer)),
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, LearnerRows.Check(learner, updatedCheck), new ETag(checkEtag)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, LearnerRows.Question(learner, updatedRecord)),
            ],
            cancellationToken)));

    public Task<IReadOnlyList<AnswerRecord>> GetAnswersAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var answers = new List<AnswerRecord>();
            await foreach (var row in _table.QueryAsync<TableEntity>(LearnerRows.PrefixFilter(learner, LearnerRows.AnswerPrefix), cancellationToken: cancellationToken))
            {
                answers.Add(LearnerRows.ToAnswer(row));
            }

            return (IReadOnlyList<AnswerRecord>)answers;
        });

    public Task<PauseState?> GetPauseAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(learner.Key, LearnerRows.PauseKey, cancellationToken: cancellationToken);
            return row.HasValue ? LearnerRows.ToPause(row.Value!) : null;
        });

    public Task SavePauseAsync(LearnerId learner, PauseState pause, CancellationToken cancellationToken) =>
        Guard(() => _table.UpsertEntityAsync(LearnerRows.Pause(learner, pause), TableUpdateMode.Replace, cancellationToken));

    public Task EndPauseAsync(LearnerId learner, IReadOnlyCollection<QuestionRecord> shifted, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            // A transaction holds at most 100 operations. Each record carries the pause's id, so if a later
            // batch fails, resuming again skips the records already moved; the pause row goes last.
            foreach (var chunk in shifted.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, LearnerRows.Question(learner, r))).Chunk(100))
            {
                await _table.SubmitTransactionAsync(chunk, cancellationToken);
            }

            await _table.DeleteEntityAsync(learner.Key, LearnerRows.PauseKey, ETag.All, cancellationToken);
        });

    public async IAsyncEnumerable<DateTimeOffset> GetCheckCompletionsAsync(LearnerId learner, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Newest first (check ids sort that way), a page at a time: the caller stops at the first gap.
        var rows = _table.QueryAsync<TableEntity>(LearnerRows.PrefixFilter(learner, LearnerRows.CheckPrefix), maxPerPage: 50, select: ["CompletedAt"], cancellationToken: cancellationToken);
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        while (await Guard(async () => await enumerator.MoveNextAsync()))
        {
            if (enumerator.Current.GetDateTimeOffset("CompletedAt") is { } completedAt)
            {
                yield return completedAt;
            }
        }
    }

    /// <summary>Runs a conditional write: true when it happened, false when a key or version conflict stopped it.</summary>
    private static async Task<bool> SucceedsUnlessConflict(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static async Task Guard(Func<Task> operation) => await Guard(async () =>
    {
        await operation();
        return true;
    });

    /// <summary>Turns every failure to reach storage into the one exception the domain understands.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (RequestFailedException ex)
        {
            throw new StorageUnavailableException($"Table storage failed ({ex.Status} {ex.ErrorCode}).", ex);
        }
        catch (AggregateException ex)
        {
            throw new StorageUnavailableException("Table storage could not be reached.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new StorageUnavailableException("Table storage could not be reached.", ex);
        }
    }
}
