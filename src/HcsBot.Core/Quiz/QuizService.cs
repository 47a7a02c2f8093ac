using System.Globalization;
using HcsBot.Core.Banks;
using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Progress;
using HcsBot.Core.Scheduling;
using HcsBot.Core.Storage;

namespace HcsBot.Core.Quiz;

/// <summary>The two ways of choosing questions: from the schedule, and for extra practice.</summary>
public sealed record CheckComposers(ICheckComposer Scheduled, ICheckComposer Practice);

/// <summary>
/// The quiz's rules: starting or resuming a check, taking an answer exactly once (and turning it into a
/// spaced-repetition review), moving on. It decides and stores; it never talks to Teams. Anything it
/// refuses, it refuses before writing.
/// </summary>
public sealed class QuizService(
    ILearnerStore store,
    QuestionBank bank,
    CheckComposers composers,
    FsrsScheduler scheduler,
    PauseService pauses,
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

        if (await pauses.CurrentPauseAsync(learner, cancellationToken) is { } pause)
        {
            return new CurrentlyPaused(pause);
        }

        return await StartNewAsync(learner, CheckMode.Scheduled, latest?.Value, now, cancellationToken);
    }

    /// <summary>Extra practice: questions spread across areas, with no effect on the schedule.</summary>
    public async Task<QuizOutcome> StartPracticeAsync(LearnerId learner, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestCheckAsync(learner, cancellationToken);
        return await StartNewAsync(learner, CheckMode.Practice, latest?.Value, time.GetUtcNow(), cancellationToken);
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

        if (!int.TryParse(submission.Choice, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen) || chosen >= question.Options.Count
            || !TryReadConfidence(submission.Confidence, out var confidence))
        {
            return new Refused(RefusalReason.UnreadableCard);
        }

        var correct = chosen == question.CorrectIndex;
        var record = await store.GetQuestionRecordAsync(learner, question.Id, cancellationToken)
            ?? QuestionRecord.New(question.Id, question.Area.Code, now);
        var review = check.Mode == CheckMode.Scheduled
            ? scheduler.Review(record.Card, AnswerRating.From(correct, confidence), now)
            : null;
        var updated = check.WithAnswer(position, chosen, correct, now);
        var answer = new AnswerRecord(Delivery.IdFor(check.CheckId, position), check.CheckId, question.Id, question.Area.Code, chosen, correct, now)
        {
            Confidence = confidence,
            Review = review?.Log,
        };

        if (!await store.TryRecordAnswerAsync(learner, answer, updated, stored.ETag, record.WithAnswer(correct, now, review?.Card), cancellationToken))
        {
            // Either another submission of this card won (a double click), or ours did and only its response
            // was lost, so the storage client's retry collided with our own write. Only the second is ours.
            var after = (await store.GetCheckAsync(learner, check.CheckId, cancellationToken))?.Value;
            return after?.DeliveryAt(position) is { } written && written.AnsweredAt == now && written.ChosenIndex == chosen
                ? new AnswerAccepted(after, written, question)
                : new Refused(RefusalReason.AlreadyAnswered);
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

    private async Task<QuizOutcome> StartNewAsync(LearnerId learner, CheckMode mode, CheckState? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var check = new CheckState(CheckIds.New(now, random), now, options.CheckSize, []) { Mode = mode };
        var history = await store.GetQuestionRecordsAsync(learner, cancellationToken);
        var context = new CompositionContext(bank, history, check, now, random) { PreviousQuestionId = previous?.Current?.QuestionId };
        if (ComposerFor(mode).ChooseNext(context) is not { } firstId || bank.Find(firstId) is not { } first)
        {
            if (bank.Servable.Count > 0 && mode == CheckMode.Scheduled)
            {
                var nextDue = history.Values.Where(r => r.IsScheduled).Select(r => (DateTimeOffset?)r.Card.Due).Min();
                return new AllCaughtUp(nextDue);
            }

            return new NothingToAsk();
        }

        check = check.WithNextDelivery(first.Id, now);
        if (!await store.TryAddCheckAsync(learner, check, previous?.CheckId, cancellationToken))
        {
            // Another turn (a double click, a second device) started a check a moment ago: show that one.
            return await store.GetLatestCheckAsync(learner, cancellationToken) is { Value: { Current: { IsAnswered: false } current } open } && bank.Find(current.QuestionId) is { } question
                ? new AskQuestion(open, current, question, Resumed: true)
                : new Refused(RefusalReason.AlreadyMovedOn);
        }

        return new AskQuestion(check, check.Current!, first, Resumed: false);
    }

    private async Task<QuizOutcome> AdvanceAsync(LearnerId learner, CheckState check, string etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = await store.GetQuestionRecordsAsync(learner, cancellationToken);
        var nextId = ComposerFor(check.Mode).ChooseNext(new CompositionContext(bank, history, check, now, random));
        var next = nextId is null ? null : bank.Find(nextId);
        var updated = next is null ? check.Completed(now) : check.WithNextDelivery(next.Id, now);
        if (!await store.TryReplaceCheckAsync(learner, updated, etag, cancellationToken))
        {
            return new Refused(RefusalReason.AlreadyMovedOn);
        }

        return next is null ? new CheckFinished(updated) : new AskQuestion(updated, updated.Current!, next, Resumed: false);
    }

    private ICheckComposer ComposerFor(CheckMode mode) => mode == CheckMode.Scheduled ? composers.Scheduled : composers.Practice;

    /// <summary>Confidence is optional; when sent it must be exactly one of the values the card offers.</summary>
    private static bool TryReadConfidence(string? text, out Confidence? confidence)
    {
        (var known, confidence) = text switch
        {
            null or "" => (true, (Confidence?)null),
            nameof(Confidence.Guessing) => (true, Confidence.Guessing),
            nameof(Confidence.FairlySure) => (true, Confidence.FairlySure),
            nameof(Confidence.Certain) => (true, Confidence.Certain),
            _ => (false, null),
        };
        return known;
    }
}
