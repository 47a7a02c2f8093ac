using System.Globalization;
using HcsBot.Bot.Cards;
using HcsBot.Core.Progress;

namespace HcsBot.Bot.Features.Progress;

public static class ProgressCard
{
    private const int BarCells = 10;

    public static AdaptiveCard Build(IReadOnlyList<AreaProgress> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var answered = areas.Sum(a => a.Answered);
        var correct = areas.Sum(a => a.Correct);
        var body = new List<CardElement>
        {
            new TextBlock("Your progress") { Size = "large", Weight = "bolder" },
            new TextBlock(answered == 0
                ? "You haven't answered any questions yet. Start a check to begin."
                : $"{answered} answered, {correct} correct ({Percent(correct, answered)}) across all areas."),
        };

        foreach (var area in areas)
        {
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock(area.Area.ShortName) { Weight = "bolder", Size = "small" }], "stretch"),
                new Column([new TextBlock(Bar(area.Accuracy)) { Size = "small" }], "auto") { VerticalContentAlignment = "center" },
            ]) { Separator = true, Spacing = "small" });
            body.Add(new TextBlock(Detail(area)) { IsSubtle = true, Size = "small", Spacing = "none" });
        }

        return new AdaptiveCard(body, [CardVerbs.Button("Start a knowledge check", CardVerbs.Start)]);
    }

    private static string Detail(AreaProgress area) => area.Answered == 0
        ? $"Not started · {area.QuestionsInBank} questions"
        : $"{area.Correct} of {area.Answered} correct ({Percent(area.Correct, area.Answered)}) · seen {area.QuestionsSeen} of {area.QuestionsInBank}";

    /// <summary>A text bar: Adaptive Cards 1.5 has no chart element and Teams renders block characters everywhere.</summary>
    private static string Bar(double? accuracy)
    {
        if (accuracy is null)
        {
            return new string('░', BarCells);
        }

        var filled = (int)Math.Round(accuracy.Value * BarCells, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarCells - filled);
    }

    // Written out rather than "P0": the invariant culture puts a space before the % sign.
    private static string Percent(int part, int whole) =>
        Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
}
