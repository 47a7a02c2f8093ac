using HcsBot.Bot.Cards;
using HcsBot.Core.Banks;
using HcsBot.Core.Checks;
using HcsBot.Core.Scheduling;

namespace HcsBot.Bot.Features.Quiz;

/// <summary>The cards of a knowledge check: the question, its answered state, the feedback and the summary.</summary>
public static class QuizCards
{
    /// <summary>The id of the choice set: Teams merges the chosen value into Submit's data under this name.</summary>
    public const string ChoiceInputId = "choice";

    /// <summary>The optional "How sure are you?" input; its values are the names of <see cref="Confidence"/>.</summary>
    public const string ConfidenceInputId = "confidence";

    public static AdaptiveCard Ask(CheckState check, Delivery delivery, Question question)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(question);
        var choices = question.Options.Select((option, i) => new Choice($"{Question.LetterFor(i)}. {option}", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        return new AdaptiveCard(
            [
                Header(check, delivery, question),
                new TextBlock(question.Stem) { Size = "medium", Spacing = "small" },
                new ChoiceSetInput(ChoiceInputId, choices)
                {
                    IsRequired = true,
                    ErrorMessage = "Choose an answer before pressing Submit.",
                    Spacing = "medium",
                },
                // Compact (a drop-down) so it stays out of the way of the options on a phone.
                new ChoiceSetInput(ConfidenceInputId,
                [
                    new Choice("Guessing", nameof(Confidence.Guessing)),
                    new Choice("Fairly sure", nameof(Confidence.FairlySure)),
                    new Choice("Certain", nameof(Confidence.Certain)),
                ])
                {
                    Style = "compact",
                    Label = "How sure are you? (optional)",
                    Spacing = "medium",
                },
            ],
            [
                CardVerbs.Button("Submit", CardVerbs.Answer, DeliveryData(check, delivery)) with { Style = "positive" },
            ]);
    }

    /// <summary>The question card after it was answered: no inputs and no button, so it cannot be answered twice.</summary>
    public static AdaptiveCard Answered(CheckState check, Delivery delivery, Question question)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(question);
        var chosen = delivery.ChosenIndex ?? 0;
        return new AdaptiveCard(
        [
            Header(check, delivery, question),
            new TextBlock(question.Stem) { Spacing = "small", IsSubtle = true },
            new TextBlock($"Your answer: {Question.LetterFor(chosen)}. {question.Options[chosen]}")
            {
                Weight = "bolder",
                Color = delivery.Correct == true ? "good" : "attention",
            },
        ]);
    }

    public static AdaptiveCard Feedback(CheckState check, Delivery delivery, Question question)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(question);
        var correct = delivery.Correct == true;
        var body = new List<CardElement>
        {
            new TextBlock(correct ? "✅ Correct" : "❌ Not quite")
            {
                Size = "large",
                Weight = "bolder",
                Color = correct ? "good" : "attention",
            },
            new TextBlock($"Correct answer: **{Question.LetterFor(question.CorrectIndex)}. {question.CorrectOption}**"),
            new TextBlock(question.Explanation) { Spacing = "medium" },
            new TextBlock($"Source: {question.Source}") { IsSubtle = true, Size = "small", Spacing = "medium" },
        };
        if (question.SafetyCritical && !correct)
        {
            body.Insert(1, new TextBlock("This one matters for patient and staff safety: worth a second look.") { Color = "warning", Weight = "bolder" });
        }

        var actions = check.IsComplete
            ? null
            : new CardAction[] { CardVerbs.Button("Next question", CardVerbs.Next, DeliveryData(check, delivery)) };
        return new AdaptiveCard(body, actions);
    }

    public static AdaptiveCard Summary(CheckState check, QuestionBank bank)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(bank);
        var answered = check.Deliveries.Where(d => d.IsAnswered).ToList();
        var facts = answered.Select(d => new Fact(
            $"{d.Position}. {bank.Find(d.QuestionId)?.Area.ShortName ?? d.QuestionId}",
            d.Correct == true ? "✅ right" : "❌ missed")).ToList();
        var practice = check.Mode == CheckMode.Practice;
        return new AdaptiveCard(
            [
                new TextBlock(practice ? "Practice complete" : "Check complete") { Size = "large", Weight = "bolder" },
                new TextBlock($"You got {check.CorrectCount} of {answered.Count} right."),
                new FactSet(facts) { Spacing = "medium" },
                new TextBlock(practice
                    ? "Practice doesn't change when questions come back."
                    : "Questions you got right come back in a few days; ones you missed come back sooner.")
                { IsSubtle = true, Size = "small" },
            ],
            [
                CardVerbs.Button("Start another check", CardVerbs.Start),
                CardVerbs.Button("See my progress", CardVerbs.Progress),
            ]);
    }

    private static TextBlock Header(CheckState check, Delivery delivery, Question question) =>
        new($"{delivery.Position} of {check.Size} · {question.Area.ShortName}{(check.Mode == CheckMode.Practice ? " · practice" : "")}") { IsSubtle = true, Size = "small", Weight = "bolder" };

    /// <summary>Nothing due and today's new questions done: say when the next review is, offer practice.</summary>
    public static AdaptiveCard AllCaughtUp(DateTimeOffset? nextReviewDue, DateTimeOffset now) => new(
        [
            new TextBlock("You're all caught up") { Size = "large", Weight = "bolder" },
            new TextBlock(nextReviewDue is { } due
                ? $"Nothing is due and you've had today's new questions. Your next review is due {When(due, now)}."
                : "Nothing is due and you've had today's new questions. New ones arrive tomorrow."),
            new TextBlock("Extra practice won't change when questions come back.") { IsSubtle = true, Size = "small" },
        ],
        [CardVerbs.Button("Extra practice", CardVerbs.Practice), CardVerbs.Button("See my progress", CardVerbs.Progress)]);

    public static AdaptiveCard Paused(DateTimeOffset until) => new(
        [
            new TextBlock("Your reviews are paused") { Size = "large", Weight = "bolder" },
            new TextBlock($"Paused until {until.UtcDateTime:d MMMM yyyy}. When you resume, your reviews move later by the time you were away."),
        ],
        [CardVerbs.Button("Resume now", CardVerbs.Resume), CardVerbs.Button("Extra practice", CardVerbs.Practice)]);

    /// <summary>"today at 14:05", "tomorrow", or "on 3 December" (UTC; Teams shows no time zone here).</summary>
    public static string When(DateTimeOffset due, DateTimeOffset now)
    {
        var days = (due.UtcDateTime.Date - now.UtcDateTime.Date).Days;
        return days switch
        {
            <= 0 => $"today at {due.UtcDateTime:HH:mm} UTC",
            1 => "tomorrow",
            _ => $"on {due.UtcDateTime:d MMMM}",
        };
    }

    private static Dictionary<string, object> DeliveryData(CheckState check, Delivery delivery) => new()
    {
        ["checkId"] = check.CheckId,
        ["position"] = delivery.Position,
    };
}
