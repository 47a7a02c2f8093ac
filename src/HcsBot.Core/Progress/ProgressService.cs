using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Scheduling;
using HcsBot.Core.Storage;

namespace HcsBot.Core.Progress;

/// <summary>Everything the progress card shows.</summary>
public sealed record ProgressReport(IReadOnlyList<AreaProgress> Areas, int StreakDays, DateTimeOffset? NextReviewDue, PauseState? Pause);

public sealed class ProgressService(ILearnerStore store, QuestionBank bank, FsrsScheduler scheduler, PauseService pauses, TimeProvider time)
{
    public async Task<ProgressReport> ReportAsync(LearnerId learner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // First, so a pause that has run its course is ended and the due dates shown are the shifted ones.
        var pause = await pauses.CurrentPauseAsync(learner, cancellationToken);
        var records = (await store.GetQuestionRecordsAsync(learner, cancellationToken)).Values.ToList();
        var streak = await Streak.CountAsync(store.GetCheckCompletionsAsync(learner, cancellationToken), DateOnly.FromDateTime(now.UtcDateTime));
        var nextDue = records.Where(r => r.IsScheduled).Select(r => (DateTimeOffset?)r.Card.Due).Min();
        return new ProgressReport(ByArea(records, now), streak, nextDue, pause);
    }

    /// <summary>Per-area progress in the standard's order, every area listed even before it is started.</summary>
    public IReadOnlyList<AreaProgress> ByArea(IReadOnlyCollection<QuestionRecord> records, DateTimeOffset now)
    {
        var byArea = records.ToLookup(r => r.AreaCode, StringComparer.Ordinal);
        return [.. Areas.All.Select(area => Summarise(area, [.. byArea[area.Code]], now))];
    }

    private AreaProgress Summarise(Area area, List<QuestionRecord> records, DateTimeOffset now)
    {
        var scheduled = records.Where(r => r.IsScheduled).ToList();
        return new AreaProgress(
            area,
            records.Sum(r => r.Attempts),
            records.Sum(r => r.CorrectCount),
            records.Count(r => r.Attempts > 0 && bank.Find(r.QuestionId)?.Status == ReviewStatus.Ready),
            bank.ServableIn(area).Count,
            scheduled.Count == 0 ? null : scheduled.Average(r => scheduler.Retrievability(r.Card, now)));
    }
}
