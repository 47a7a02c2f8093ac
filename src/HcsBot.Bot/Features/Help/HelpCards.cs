using HcsBot.Bot.Cards;
using HcsBot.Bot.Commands;

namespace HcsBot.Bot.Features.Help;

/// <summary>The welcome card (sent once, on install) and the help card (for `help` and anything unrecognised).</summary>
public static class HelpCards
{
    public static AdaptiveCard Welcome(string? firstName) => new(
        [
            new TextBlock(string.IsNullOrWhiteSpace(firstName) ? "Welcome to HcsBot" : $"Welcome to HcsBot, {firstName}") { Size = "large", Weight = "bolder" },
            new TextBlock("Short knowledge checks for the Healthcare Science Associate apprenticeship: five questions, about three minutes, across the nine areas of the standard."),
            new TextBlock("Every answer comes with the correct answer, a short explanation and its source, and your progress is kept so you can see where you are strong and where to focus.") { Spacing = "small" },
        ],
        [
            CardVerbs.Button("Start a knowledge check", CardVerbs.Start) with { Style = "positive" },
            CardVerbs.Button("What can you do?", CardVerbs.Help),
        ]);

    public static AdaptiveCard Help(string? unrecognisedText = null)
    {
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(unrecognisedText))
        {
            var shown = unrecognisedText.Length > 40 ? unrecognisedText[..40] + "…" : unrecognisedText;
            body.Add(new TextBlock($"Sorry, I don't know \"{shown}\".") { Weight = "bolder" });
        }

        body.Add(new TextBlock("Here's what I can do:") { Weight = unrecognisedText is null ? "bolder" : null });
        body.Add(new FactSet([.. BotCommands.All.Select(c => new Fact(c.Name, c.Description))]));
        return new AdaptiveCard(
            body,
            [
                CardVerbs.Button("Start a knowledge check", CardVerbs.Start),
                CardVerbs.Button("See my progress", CardVerbs.Progress),
            ]);
    }
}
