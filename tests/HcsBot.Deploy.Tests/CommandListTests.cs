using System.Text.Json.Nodes;
using HcsBot.Bot.Commands;
using HcsBot.Deploy.Tests.Infrastructure;

namespace HcsBot.Deploy.Tests;

/// <summary>The command menu Teams shows must be exactly the commands the bot handles.</summary>
public sealed class CommandListTests
{
    private static JsonObject Manifest => JsonNode.Parse(File.ReadAllText(RepoPaths.Manifest))!.AsObject();

    private static JsonArray PersonalCommands()
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();
        var personal = lists.Where(l => l!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == "personal")).ToList();
        Assert.True(personal.Count == 1, $"Expected one command list for the personal scope, found {personal.Count}.");
        return personal[0]!["commands"]!.AsArray();
    }

    [Fact]
    public void CommandLists_PersonalScope_MatchBotCommandsAllInOrder()
    {
        var manifestCommands = PersonalCommands()
            .Select(c => (Name: c!["title"]!.GetValue<string>(), Description: c["description"]?.GetValue<string>()))
            .ToList();
        var botCommands = BotCommands.All.Select(c => (c.Name, (string?)c.Description)).ToList();

        Assert.Equal(botCommands, manifestCommands);
    }

    [Fact]
    public void CommandLists_CommandsAndDescriptions_FitTheSchemaLimits()
    {
        var schema = TeamsManifestSchema.Load(Manifest["manifestVersion"]!.GetValue<string>()).Document;
        var commandsSchema = schema["properties"]!["bots"]!["items"]!["properties"]!["commandLists"]!["items"]!["properties"]!["commands"]!;
        var maxCommands = commandsSchema["maxItems"]!.GetValue<int>();
        var maxTitle = commandsSchema["items"]!["properties"]!["title"]!["maxLength"]!.GetValue<int>();
        var maxDescription = commandsSchema["items"]!["properties"]!["description"]!["maxLength"]!.GetValue<int>();

        Assert.True(BotCommands.All.Count <= maxCommands, $"{BotCommands.All.Count} commands; a command list holds at most {maxCommands}.");
        Assert.All(BotCommands.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Description), $"'{c.Name}' has no description for the command menu.");
            Assert.True(c.Name.Length <= maxTitle, $"'{c.Name}' is longer than {maxTitle} characters.");
            Assert.True(c.Description.Length <= maxDescription, $"The description of '{c.Name}' is longer than {maxDescription} characters.");
        });
    }
}
