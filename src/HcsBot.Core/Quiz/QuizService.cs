using System.Globalization;
using HcsBot.Core.Banks;
using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Progress;
using HcsBot.Core.Storage;

namespace HcsBot.Core.Quiz;

/// <summary>
/// The quiz's rules: starting or resuming a check, taking an answer exactly once, moving on. It decides
/// and stores; it never talks to Teams. Anything it refuses, it refuses before writing.
/// </summary>
public sealed class QuizService(
    ILearnerStore store,
    QuestionBank bank,
    ICheckComposer composer,
    QuizOptions options,
    TimeProvider time,
    Random random)
{
    public async Task<QuizOutcome> StartAsync(LearnerId learner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = await store.GetLatestCheckAsync(learner, cancellationToken);
        if (latest is { Value: var open } && !open.IsComplete && !open.IsExpired(now))
        {
            if (open.Current is { IsAnswered: false } current && bank.Find(current.QuestionId) is { } question)
            {
                return new AskQuestion(open, current, question, Resumed: true);
            }

            return await AdvanceAsync(learner, open, latest.ETag, now, cancellationToken);
        }

        var check = new CheckState(CheckIds.New(now, random), now, options.CheckSize, []);
        var firstId = await ChooseNextAsync(learner, check, now, cancellationToken);
        if (firstId is null || bank.Find(firstId) is not { } first)
        {
            return new NothingToAsk();
        }

        check = check.WithNextDelivery(first.Id, now);
        if (!await store.TryAddCheckAsync(learner, check, cancellationToken))
        {
            // Only a same-tick id collision lands here; the learner can simply ask again.
            throw new StorageUnavailableException("A check with this id already exists.");
        }

        return new AskQuestion(check, check.Current!, first, Resumed: false);
    }

    public async Task<QuizOutcome> SubmitAsync(LearnerId learner, AnswerSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!CheckIds.IsWellFormed(submission.CheckId) || submission.Position is not int position)
        {
            return new Refused(RefusalReason.UnreadableCard);
        }

        var now = time.GetUtcNow();
        var stored = await store.GetCheckAsync(learner, submission.CheckId!, cancellationToken);
        if (stored?.Value.DeliveryAt(position) is not { } delivery || bank.Find(delivery.QuestionId) is not { } question)
        {
            return new Refused(RefusalReason.UnreadableCard);
        }

        var check = stored.Value;
        if (delivery.IsAnswered)
        {
            return new Refused(RefusalReason.AlreadyAnswered);
        }

        if (check.IsComplete || check.IsExpired(now) || position != check.Deliveries.Count)
        {
            return new Refused(RefusalReason.StaleCard);
        }

        if (string.IsNullOrWhiteSpace(submission.Choice))
        {
            return new Refused(RefusalReason.NoOptionChosen);
        }

        if (!int.TryParse(submission.Choice, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) || chosen >= question.Options.Count)
        {
            return new Refused(RefusalReason.UnreadableCard);
        }

        var correct = chosen == question.CorrectIndex;
        var updated = check.WithAnswer(position, chosen, correct, now);
        var previous = await store.GetQuestionRecordAsync(learner, question.Id, cancellationToken);
        var record = previous?.WithAnswer(correct, now) ?? QuestionRecord.First(question.Id, question.Area.Code, correct, now);
        var answer = new AnswerRecord(Delivery.IdFor(check.CheckId, position), check.CheckId, question.Id, question.Area.Code, chosen, correct, now);

        if (!await store.TryRecordAnswerAsync(learner, answer, updated, stored.ETag, record, cancellationToken))
        {
            // Lost a race with another submission of this card (a double click): that one was recorded.
            return new Refused(RefusalReason.AlreadyAnswered);
        }

        return new AnswerAccepted(updated, updated.DeliveryAt(position)!, question);
    }

    public async Task<QuizOutcome> NextAsync(LearnerId learner, string? checkId, int? afterPosition, CancellationToken cancellationToken)
    {
        if (!CheckIds.IsWellFormed(checkId) || afterPosition is not int position)
        {
            return new Refused(RefusalReason.UnreadableCard);
        }

        var now = time.GetUtcNow();
        var stored = await store.GetCheckAsync(learner, checkId!, cancellationToken);
        if (stored?.Value.DeliveryAt(position) is not { IsAnswered: true })
        {
            return new Refused(RefusalReason.UnreadableCard);
        }

        var check = stored.Value;
        if (check.IsComplete)
        {
            return new CheckFinished(check);
        }

        if (check.Deliveries.Count > position)
        {
            return new Refused(RefusalReason.AlreadyMovedOn);
        }

        if (check.IsExpired(now))
        {
            return new Refused(RefusalReason.StaleCard);
        }

        return await AdvanceAsync(learner, check, stored.ETag, now, cancellationToken);
    }

    private async Task<QuizOutcome> AdvanceAsync(LearnerId learner, CheckState check, string etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nextId = await ChooseNextAsync(learner, check, now, cancellationToken);
        var next = nextId is null ? null : bank.Find(nextId);
        var updated = next is null ? check.Completed(now) : check.WithNextDelivery(next.Id, now);
        if (!await store.TryReplaceCheckAsync(learner, updated, etag, cancellationToken))
        {
            return new Refused(RefusalReason.AlreadyMovedOn);
        }

        return next is null ? new CheckFinished(updated) : new AskQuestion(updated, updated.Current!, next, Resumed: false);
    }

    private async Task<string?> ChooseNextAsync(LearnerId learner, CheckState check, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = await store.GetQuestionRecordsAsync(learner, cancellationToken);
        return composer.ChooseNext(new CompositionContext(bank, history, check, now, random));
    }
}
