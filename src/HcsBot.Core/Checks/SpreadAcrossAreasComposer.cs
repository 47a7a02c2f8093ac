using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Checks;

/// <summary>
/// The foundation's choice: questions the learner has never seen, taken from the area this check has
/// touched least (ties go to the area the learner has seen least overall), random within that area.
/// Once every question has been seen, the longest-unseen ones come back. Never a question twice in a check.
/// </summary>
public sealed class SpreadAcrossAreasComposer : ICheckComposer
{
    public string? ChooseNext(CompositionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inThisCheck = context.Check.Deliveries.Select(d => d.QuestionId).ToHashSet(StringComparer.Ordinal);
        var candidates = context.Bank.Servable.Where(q => !inThisCheck.Contains(q.Id)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var unseen = candidates.Where(q => !context.History.ContainsKey(q.Id)).ToList();
        if (unseen.Count > 0)
        {
            var area = LeastCoveredArea(unseen, context, inThisCheck);
            var inArea = unseen.Where(q => q.Area == area).ToList();
            return inArea[context.Random.Next(inArea.Count)].Id;
        }

        return candidates.OrderBy(q => context.History[q.Id].LastAnsweredAt).ThenBy(q => q.Id, StringComparer.Ordinal).First().Id;
    }

    private static Area LeastCoveredArea(List<Question> unseen, CompositionContext context, HashSet<string> inThisCheck)
    {
        var areaOf = (string id) => context.Bank.Find(id)?.Area;
        var inCheckByArea = inThisCheck.Select(areaOf).Where(a => a is not null).CountBy(a => a!);
        var seenByArea = context.History.Values.CountBy(r => r.AreaCode);
        var countsInCheck = inCheckByArea.ToDictionary(p => p.Key, p => p.Value);
        var countsSeen = seenByArea.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        var areas = unseen.Select(q => q.Area).Distinct()
            .Select(a => (Area: a, InCheck: countsInCheck.GetValueOrDefault(a), Seen: countsSeen.GetValueOrDefault(a.Code)))
            .ToList();
        var fewestInCheck = areas.Min(a => a.InCheck);
        var fewestSeen = areas.Where(a => a.InCheck == fewestInCheck).Min(a => a.Seen);
        var tied = areas.Where(a => a.InCheck == fewestInCheck && a.Seen == fewestSeen).Select(a => a.Area).ToList();
        return tied[context.Random.Next(tied.Count)];
    }
}
