namespace HcsBot.Bot.Commands;

/// <summary>A command a learner can type, with the words shown in Teams' command menu.</summary>
public sealed record BotCommand(string Name, string Description);

/// <summary>
/// The one list of typed commands the bot understands. The router dispatches on these names and the
/// Teams manifest's commandLists is checked against this list, so the menu never offers a command
/// the bot does not handle.
/// </summary>
public static class BotCommands
{
    public static readonly BotCommand Quiz = new("quiz", "Start a short knowledge check");
    public static readonly BotCommand Progress = new("progress", "See how you are doing in each area");
    public static readonly BotCommand Pause = new("pause", "Pause reviews, e.g. pause 2 weeks");
    public static readonly BotCommand Resume = new("resume", "Resume reviews after a pause");
    public static readonly BotCommand Help = new("help", "What I can do");

    public static IReadOnlyList<BotCommand> All { get; } = [Quiz, Progress, Pause, Resume, Help];
}
