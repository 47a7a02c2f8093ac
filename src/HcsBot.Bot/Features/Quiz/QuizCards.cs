using HcsBot.Bot.Cards;
using HcsBot.Core.Banks;
using HcsBot.Core.Checks;

namespace HcsBot.Bot.Features.Quiz;

/// <summary>The cards of a knowledge check: the question, its answered state, the feedback and the summary.</summary>
public static class QuizCards
{
    /// <summary>The id of the choice set: Teams merges the chosen value into Submit's data under this name.</summary>
    public const string ChoiceInputId = "choice";

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
        return new AdaptiveCard(
            [
                new TextBlock("Check complete") { Size = "large", Weight = "bolder" },
                new TextBlock($"You got {check.CorrectCount} of {answered.Count} right."),
                new FactSet(facts) { Spacing = "medium" },
            ],
            [
                CardVerbs.Button("Start another check", CardVerbs.Start),
                CardVerbs.Button("See my progress", CardVerbs.Progress),
            ]);
    }

    private static TextBlock Header(CheckState check, Delivery delivery, Question question) =>
        new($"{delivery.Position} of {check.Size} · {question.Area.ShortName}") { IsSubtle = true, Size = "small", Weight = "bolder" };

    private static Dictionary<string, object> DeliveryData(CheckState check, Delivery delivery) => new()
    {
        ["checkId"] = check.CheckId,
        ["position"] = delivery.Position,
    };
}
