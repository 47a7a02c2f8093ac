using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Progress;
using HcsBot.Core.Storage;

namespace HcsBot.Core.Tests.Support;

/// <summary>
/// A faithful in-memory <see cref="ILearnerStore"/> for testing the quiz rules in isolation: the same
/// conditional-write semantics (ETags, insert-only keys, all-or-nothing answers) as the table store,
/// which has its own tests against Azurite.
/// </summary>
internal sealed class InMemoryLearnerStore : ILearnerStore
{
    private readonly Dictionary<(string, string), (CheckState Check, string ETag)> _checks = [];
    private readonly Dictionary<(string, string), QuestionRecord> _records = [];
    private readonly Dictionary<(string, string), AnswerRecord> _answers = [];
    private readonly Dictionary<string, LearnerProfile> _profiles = [];
    private readonly HashSet<string> _welcomed = [];
    private readonly Dictionary<string, PauseState> _pauses = [];
    private readonly HashSet<(string, string)> _successors = [];
    private int _version;

    public bool FailWrites { get; set; }

    /// <summary>Stores the next answer but reports a conflict, as when a storage response is lost and the client's retry collides with its own write.</summary>
    public bool LoseNextAnswerResponse { get; set; }

    public Task<LearnerProfile?> GetProfileAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Task.FromResult(_profiles.GetValueOrDefault(learner.Key));

    public Task SaveProfileAsync(LearnerProfile profile, CancellationToken cancellationToken)
    {
        _profiles[profile.Id.Key] = profile;
        return Task.CompletedTask;
    }

    public Task<bool> TryMarkWelcomedAsync(LearnerId learner, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(_welcomed.Add(learner.Key));

    public Task<Versioned<CheckState>?> GetLatestCheckAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Task.FromResult(_checks.Where(c => c.Key.Item1 == learner.Key).OrderBy(c => c.Key.Item2, StringComparer.Ordinal)
            .Select(c => new Versioned<CheckState>(c.Value.Check, c.Value.ETag)).FirstOrDefault());

    public Task<Versioned<CheckState>?> GetCheckAsync(LearnerId learner, string checkId, CancellationToken cancellationToken) =>
        Task.FromResult(_checks.TryGetValue((learner.Key, checkId), out var c) ? new Versioned<CheckState>(c.Check, c.ETag) : null);

    public Task<bool> TryAddCheckAsync(LearnerId learner, CheckState check, string? previousCheckId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        if (_checks.ContainsKey((learner.Key, check.CheckId)) || !_successors.Add((learner.Key, previousCheckId ?? "none")))
        {
            return Task.FromResult(false);
        }

        _checks[(learner.Key, check.CheckId)] = (check, NextETag());
        return Task.FromResult(true);
    }

    public Task<bool> TryReplaceCheckAsync(LearnerId learner, CheckState updated, string etag, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var key = (learner.Key, updated.CheckId);
        if (!_checks.TryGetValue(key, out var current) || current.ETag != etag)
        {
            return Task.FromResult(false);
        }

        _checks[key] = (updated, NextETag());
        return Task.FromResult(true);
    }

    public Task<QuestionRecord?> GetQuestionRecordAsync(LearnerId learner, string questionId, CancellationToken cancellationToken) =>
        Task.FromResult(_records.GetValueOrDefault((learner.Key, questionId)));

    public Task<IReadOnlyDictionary<string, QuestionRecord>> GetQuestionRecordsAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, QuestionRecord>>(
            _records.Where(r => r.Key.Item1 == learner.Key).ToDictionary(r => r.Key.Item2, r => r.Value));

    public Task<bool> TryRecordAnswerAsync(LearnerId learner, AnswerRecord answer, CheckState updatedCheck, string checkEtag, QuestionRecord updatedRecord, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        var checkKey = (learner.Key, updatedCheck.CheckId);
        if (_answers.ContainsKey((learner.Key, answer.DeliveryId)) || !_checks.TryGetValue(checkKey, out var current) || current.ETag != checkEtag)
        {
            return Task.FromResult(false);
        }

        _answers[(learner.Key, answer.DeliveryId)] = answer;
        _checks[checkKey] = (updatedCheck, NextETag());
        _records[(learner.Key, updatedRecord.QuestionId)] = updatedRecord;
        var lost = LoseNextAnswerResponse;
        LoseNextAnswerResponse = false;
        return Task.FromResult(!lost);
    }

    public Task<IReadOnlyList<AnswerRecord>> GetAnswersAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnswerRecord>>([.. _answers.Where(a => a.Key.Item1 == learner.Key).Select(a => a.Value)]);

    public Task<PauseState?> GetPauseAsync(LearnerId learner, CancellationToken cancellationToken) =>
        Task.FromResult(_pauses.GetValueOrDefault(learner.Key));

    public Task SavePauseAsync(LearnerId learner, PauseState pause, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        _pauses[learner.Key] = pause;
        return Task.CompletedTask;
    }

    public Task EndPauseAsync(LearnerId learner, IReadOnlyCollection<QuestionRecord> shifted, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        foreach (var record in shifted)
        {
            _records[(learner.Key, record.QuestionId)] = record;
        }

        _pauses.Remove(learner.Key);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<DateTimeOffset> GetCheckCompletionsAsync(LearnerId learner, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var check in _checks.Where(c => c.Key.Item1 == learner.Key).OrderBy(c => c.Key.Item2, StringComparer.Ordinal))
        {
            if (check.Value.Check.CompletedAt is { } completedAt)
            {
                yield return completedAt;
            }
        }
    }

    private string NextETag() => $"W/\"{++_version}\"";

    private void ThrowIfFailing()
    {
        if (FailWrites)
        {
            throw new StorageUnavailableException("injected outage");
        }
    }
}
