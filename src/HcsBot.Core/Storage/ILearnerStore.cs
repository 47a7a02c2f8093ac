using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Progress;
using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Storage;

/// <summary>A stored value with the version tag a conditional write must present to replace it.</summary>
public sealed record Versioned<T>(T Value, string ETag);

/// <summary>
/// One answer as recorded, which is also the review log: the option given to this delivery at this time,
/// how sure the learner said they were, and (for scheduled checks) what the review did to the FSRS card,
/// enough to refit the scheduler's weights and to compute cohort analytics later.
/// </summary>
public sealed record AnswerRecord(string DeliveryId, string CheckId, string QuestionId, string AreaCode, int ChosenIndex, bool Correct, DateTimeOffset AnsweredAt)
{
    public Confidence? Confidence { get; init; }

    /// <summary>Null for practice answers, which do not touch the schedule.</summary>
    public ReviewLogEntry? Review { get; init; }

    public bool Practice => Review is null;

    /// <summary>Wrong while "certain": the misconceptions mentors most need to hear about.</summary>
    public bool ConfidentError => AnswerRating.IsConfidentError(Correct, Confidence);
}

/// <summary>
/// Everything about one learner, in one place. Every method touches one learner only, which lets the
/// table implementation keep each learner in one partition and make an answer a single atomic batch.
/// Methods throw <see cref="StorageUnavailableException"/> when storage cannot be reached.
/// </summary>
public interface ILearnerStore
{
    Task<LearnerProfile?> GetProfileAsync(LearnerId learner, CancellationToken cancellationToken);

    Task SaveProfileAsync(LearnerProfile profile, CancellationToken cancellationToken);

    /// <summary>True only for the first caller: the install sends two events and must greet once.</summary>
    Task<bool> TryMarkWelcomedAsync(LearnerId learner, DateTimeOffset at, CancellationToken cancellationToken);

    Task<Versioned<CheckState>?> GetLatestCheckAsync(LearnerId learner, CancellationToken cancellationToken);

    Task<Versioned<CheckState>?> GetCheckAsync(LearnerId learner, string checkId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts a new check as the successor of <paramref name="previousCheckId"/> (null for the first).
    /// False if another check already succeeded it: two Start presses racing each other open one check.
    /// </summary>
    Task<bool> TryAddCheckAsync(LearnerId learner, CheckState check, string? previousCheckId, CancellationToken cancellationToken);

    /// <summary>Replaces a check only if it is unchanged since it was read; false if someone else changed it.</summary>
    Task<bool> TryReplaceCheckAsync(LearnerId learner, CheckState updated, string etag, CancellationToken cancellationToken);

    Task<QuestionRecord?> GetQuestionRecordAsync(LearnerId learner, string questionId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, QuestionRecord>> GetQuestionRecordsAsync(LearnerId learner, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the answer, the updated check and the question's record all together or not at all.
    /// False when the delivery was already answered or the check changed since it was read.
    /// </summary>
    Task<bool> TryRecordAnswerAsync(LearnerId learner, AnswerRecord answer, CheckState updatedCheck, string checkEtag, QuestionRecord updatedRecord, CancellationToken cancellationToken);

    Task<IReadOnlyList<AnswerRecord>> GetAnswersAsync(LearnerId learner, CancellationToken cancellationToken);

    Task<PauseState?> GetPauseAsync(LearnerId learner, CancellationToken cancellationToken);

    Task SavePauseAsync(LearnerId learner, PauseState pause, CancellationToken cancellationToken);

    /// <summary>Writes the shifted records, then ends the pause; safe to repeat if it fails part-way (see PauseId).</summary>
    Task EndPauseAsync(LearnerId learner, IReadOnlyCollection<QuestionRecord> shifted, CancellationToken cancellationToken);

    /// <summary>When each completed check finished, newest first; the caller stops reading when it has enough.</summary>
    IAsyncEnumerable<DateTimeOffset> GetCheckCompletionsAsync(LearnerId learner, CancellationToken cancellationToken);
}
