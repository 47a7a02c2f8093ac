using System.Text.RegularExpressions;

namespace HcsBot.Bot.Commands;

/// <summary>Turns what a learner typed into one of <see cref="BotCommands"/>, or null for anything else.</summary>
public static partial class CommandParser
{
    private static readonly Dictionary<string, BotCommand> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quiz"] = BotCommands.Quiz,
        ["start"] = BotCommands.Quiz,
        ["check"] = BotCommands.Quiz,
        ["progress"] = BotCommands.Progress,
        ["resume"] = BotCommands.Resume,
        ["help"] = BotCommands.Help,
        ["?"] = BotCommands.Help,
    };

    // Teams puts "<at>HcsBot</at>" in the text when the bot is mentioned; it is not part of the command.
    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    public static string Normalise(string? text) =>
        string.Join(' ', Mention().Replace(text ?? "", " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.', '!');

    /// <summary>Only `pause` takes words after it (how long); every other command is the whole message.</summary>
    public static BotCommand? Parse(string? text)
    {
        var normalised = Normalise(text);
        if (normalised.Split(' ')[0].Equals(BotCommands.Pause.Name, StringComparison.OrdinalIgnoreCase))
        {
            return BotCommands.Pause;
        }

        return Synonyms.GetValueOrDefault(normalised);
    }
}
