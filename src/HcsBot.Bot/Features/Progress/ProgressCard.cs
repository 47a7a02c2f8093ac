using System.Globalization;
using HcsBot.Bot.Cards;
using HcsBot.Bot.Features.Quiz;
using HcsBot.Core.Progress;

namespace HcsBot.Bot.Features.Progress;

/// <summary>
/// Mastery by area: a bar of predicted recall today (what FSRS expects the learner to remember now), then
/// accuracy and coverage; above it the streak, the next review and any pause.
/// </summary>
public static class ProgressCard
{
    private const int BarCells = 10;

    public static AdaptiveCard Build(ProgressReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        var answered = report.Areas.Sum(a => a.Answered);
        var correct = report.Areas.Sum(a => a.Correct);
        var body = new List<CardElement>
        {
            new TextBlock("Your progress") { Size = "large", Weight = "bolder" },
            new TextBlock(answered == 0
                ? "You haven't answered any questions yet. Start a check to begin."
                : $"{answered} answered, {correct} correct ({Percent(correct, answered)}) across all areas."),
            new FactSet(
            [
                new Fact("Streak", report.StreakDays == 1 ? "1 day" : $"{report.StreakDays} days"),
                new Fact("Next review", report.Pause is { } pause
                    ? $"paused until {pause.Until.UtcDateTime:d MMMM}"
                    : report.NextReviewDue is { } due ? (due <= now ? "due now" : QuizCards.When(due, now)) : "after your first check"),
            ]) { Spacing = "small" },
            new TextBlock("Bars show predicted recall today.") { IsSubtle = true, Size = "small", Spacing = "medium" },
        };

        foreach (var area in report.Areas)
        {
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock(area.Area.ShortName) { Weight = "bolder", Size = "small" }], "stretch"),
                new Column([new TextBlock(Bar(area.PredictedRecall)) { Size = "small" }], "auto") { VerticalContentAlignment = "center" },
            ]) { Separator = true, Spacing = "small" });
            body.Add(new TextBlock(Detail(area)) { IsSubtle = true, Size = "small", Spacing = "none" });
        }

        return new AdaptiveCard(body, [CardVerbs.Button("Start a knowledge check", CardVerbs.Start)]);
    }

    private static string Detail(AreaProgress area) => area.Answered == 0
        ? $"Not started · {area.QuestionsInBank} questions"
        : (area.PredictedRecall is { } recall ? $"recall {Percent(recall)} · " : "")
          + $"{area.Correct} of {area.Answered} correct ({Percent(area.Correct, area.Answered)}) · seen {area.QuestionsSeen} of {area.QuestionsInBank}";

    /// <summary>A text bar: Adaptive Cards 1.5 has no chart element and Teams renders block characters everywhere.</summary>
    private static string Bar(double? fraction)
    {
        if (fraction is null)
        {
            return new string('░', BarCells);
        }

        var filled = (int)Math.Round(fraction.Value * BarCells, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarCells - filled);
    }

    private static string Percent(int part, int whole) => Percent((double)part / whole);

    // Written out rather than "P0": the invariant culture puts a space before the % sign.
    private static string Percent(double fraction) =>
        Math.Round(100.0 * fraction, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
}
