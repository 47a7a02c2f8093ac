using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Progress;

/// <summary>How a learner stands in one area: answers given and right, and how much of the bank they have met.</summary>
public sealed record AreaProgress(Area Area, int Answered, int Correct, int QuestionsSeen, int QuestionsInBank)
{
    public double? Accuracy => Answered == 0 ? null : (double)Correct / Answered;
}

public static class ProgressSummary
{
    /// <summary>Per-area progress in the standard's order, every area listed even before it is started.</summary>
    public static IReadOnlyList<AreaProgress> ByArea(IEnumerable<QuestionRecord> records, QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var byArea = records.ToLookup(r => r.AreaCode, StringComparer.Ordinal);
        return
        [
            .. Areas.All.Select(area => new AreaProgress(
                area,
                byArea[area.Code].Sum(r => r.Attempts),
                byArea[area.Code].Sum(r => r.CorrectCount),
                byArea[area.Code].Count(),
                bank.ServableIn(area).Count)),
        ];
    }
}
