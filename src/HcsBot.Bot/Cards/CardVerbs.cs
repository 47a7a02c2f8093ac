namespace HcsBot.Bot.Cards;

/// <summary>The "verb" every Submit button carries, so the bot can route a card action without guessing.</summary>
public static class CardVerbs
{
    public const string Start = "start";
    public const string Answer = "answer";
    public const string Next = "next";
    public const string Progress = "progress";
    public const string Help = "help";
    public const string Practice = "practice";
    public const string Resume = "resume";

    public static SubmitAction Button(string title, string verb, IReadOnlyDictionary<string, object>? extra = null)
    {
        var data = new Dictionary<string, object> { ["verb"] = verb };
        foreach (var (key, value) in extra ?? new Dictionary<string, object>())
        {
            data[key] = value;
        }

        return new SubmitAction(title, data);
    }
}
