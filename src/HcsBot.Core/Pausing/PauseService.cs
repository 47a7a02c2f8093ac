using HcsBot.Core.Learners;
using HcsBot.Core.Storage;

namespace HcsBot.Core.Pausing;

public abstract record PauseOutcome;

public sealed record NowPaused(PauseState Pause) : PauseOutcome;

public sealed record PauseNotUnderstood(string Problem) : PauseOutcome;

public sealed record Resumed(TimeSpan PausedFor, int ReviewsMoved) : PauseOutcome;

public sealed record WasNotPaused : PauseOutcome;

/// <summary>
/// Pausing for holidays, exams or nights. While paused nothing is scheduled; on resume every scheduled
/// question's due date moves later by the length of the pause, so a fortnight away never comes back as a
/// fortnight of overdue reviews.
/// </summary>
public sealed class PauseService(ILearnerStore store, TimeProvider time)
{
    public async Task<PauseOutcome> PauseAsync(LearnerId learner, string text, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (PauseRequest.Parse(text, now, out var problem) is not { } until)
        {
            return new PauseNotUnderstood(problem!);
        }

        // Pausing while already paused changes the end date but keeps the original start, so the shift on
        // resume covers the whole time away.
        var existing = await store.GetPauseAsync(learner, cancellationToken);
        var pause = new PauseState(existing is { } p && !p.HasEnded(now) ? p.PausedAt : now, until);
        if (existing is { } ended && ended.HasEnded(now))
        {
            await ResumeAsync(learner, cancellationToken);
        }

        await store.SavePauseAsync(learner, pause, cancellationToken);
        return new NowPaused(pause);
    }

    public async Task<PauseOutcome> ResumeAsync(LearnerId learner, CancellationToken cancellationToken)
    {
        var pause = await store.GetPauseAsync(learner, cancellationToken);
        if (pause is null)
        {
            return new WasNotPaused();
        }

        if (pause.ResumedAt is null)
        {
            pause = pause with { ResumedAt = time.GetUtcNow() };
            await store.SavePauseAsync(learner, pause, cancellationToken);
        }

        var length = pause.LengthAt(pause.ResumedAt.Value);
        var records = await store.GetQuestionRecordsAsync(learner, cancellationToken);
        // A card reviewed during the pause (an answer to a card sent before it) was scheduled from that
        // review, not from before the pause, so it keeps its due date.
        var shifted = records.Values
            .Where(r => r.IsScheduled && r.PauseId != pause.Id && r.Card.LastReview <= pause.PausedAt)
            .Select(r => r with { Card = r.Card with { Due = r.Card.Due + length }, PauseId = pause.Id })
            .ToList();
        await store.EndPauseAsync(learner, shifted, cancellationToken);
        return new Resumed(length, shifted.Count);
    }

    /// <summary>The learner's pause if it is still running; one that has run its course is ended (and applied) here.</summary>
    public async Task<PauseState?> CurrentPauseAsync(LearnerId learner, CancellationToken cancellationToken)
    {
        var pause = await store.GetPauseAsync(learner, cancellationToken);
        if (pause is not null && pause.HasEnded(time.GetUtcNow()))
        {
            await ResumeAsync(learner, cancellationToken);
            return null;
        }

        return pause;
    }
}
