using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;
using HcsBot.Core.Progress;
using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Checks;

/// <summary>
/// Builds a check from the FSRS schedule: due reviews first, lowest predicted recall first (a question
/// missed earlier in this check comes back here once its learning step is due); then new questions, up to
/// the daily limit, from areas chosen at random weighted toward the learner's weakest. Consecutive questions
/// come from different areas whenever there is a choice, and never the same question twice in a row.
/// </summary>
public sealed class ScheduledComposer(FsrsScheduler scheduler, SchedulingOptions options) : ICheckComposer
{
    public string? ChooseNext(CompositionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lastId = context.LastAskedId;
        var lastArea = lastId is null ? null : context.Bank.Find(lastId)?.Area;

        var due = context.Bank.Servable
            .Where(q => q.Id != lastId && context.History.TryGetValue(q.Id, out var r) && r.IsScheduled && r.Card.Due <= context.Now)
            .Select(q => (Question: q, Recall: scheduler.Retrievability(context.History[q.Id].Card, context.Now)))
            .OrderBy(x => x.Recall).ThenBy(x => x.Question.Id, StringComparer.Ordinal)
            .ToList();
        if (due.Count > 0)
        {
            return (due.FirstOrDefault(x => x.Question.Area != lastArea).Question ?? due[0].Question).Id;
        }

        if (NewIntroducedToday(context) >= options.DailyNewLimit)
        {
            return null;
        }

        var inCheck = context.Check.Deliveries.Select(d => d.QuestionId).ToHashSet(StringComparer.Ordinal);
        var unseen = context.Bank.Servable
            .Where(q => !inCheck.Contains(q.Id) && !(context.History.TryGetValue(q.Id, out var r) && r.IsScheduled))
            .ToList();
        if (unseen.Count == 0)
        {
            return null;
        }

        var area = WeightedTowardWeakest(unseen.Select(q => q.Area).Distinct().ToList(), lastArea, context);
        var inArea = unseen.Where(q => q.Area == area).ToList();
        return inArea[context.Random.Next(inArea.Count)].Id;
    }

    /// <summary>
    /// Questions that entered the schedule today, plus new ones delivered in this check and not yet
    /// answered, so a long check cannot slip past the limit.
    /// </summary>
    private static int NewIntroducedToday(CompositionContext context)
    {
        var today = context.Now.UtcDateTime.Date;
        var scheduledToday = context.History.Values.Count(r => r.ScheduledSince?.UtcDateTime.Date == today);
        var pendingNew = context.Check.Deliveries.Count(d => !d.IsAnswered && !(context.History.TryGetValue(d.QuestionId, out var r) && r.IsScheduled));
        return scheduledToday + pendingNew;
    }

    private Area WeightedTowardWeakest(List<Area> candidates, Area? lastArea, CompositionContext context)
    {
        if (candidates.Count > 1 && lastArea is not null)
        {
            candidates.Remove(lastArea);
        }

        // Weight = how much is left to learn in the area: 1 - mean predicted recall (an untouched area counts
        // as 0 recall), plus a floor so a strong area still comes up now and then.
        var weights = candidates.Select(a => 1.05 - Mastery(a, context)).ToList();
        var pick = context.Random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            pick -= weights[i];
            if (pick <= 0)
            {
                return candidates[i];
            }
        }

        return candidates[^1];
    }

    private double Mastery(Area area, CompositionContext context)
    {
        var recalls = context.History.Values
            .Where(r => r.AreaCode == area.Code && r.IsScheduled)
            .Select(r => scheduler.Retrievability(r.Card, context.Now))
            .ToList();
        return recalls.Count == 0 ? 0 : recalls.Average();
    }
}
