using System.Text.Json.Nodes;
using HcsBot.Core.Learners;
using HcsBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HcsBot.Web.Tests;

/// <summary>
/// Turns in Teams' own mode: replies go out to the connector (here a local mock) rather than back in the
/// HTTP body, which is the only way to see the in-place card update Teams users get.
/// </summary>
public sealed class TeamsDeliveryTests : IAsyncLifetime
{
    private readonly BotHost _host = new();
    private MockConnector _connector = null!;
    private TeamsUser _user = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnector.StartAsync();
        _user = new TeamsUser(_host, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Answer_UpdatesTheQuestionCardInPlaceThenPostsFeedback()
    {
        await _user.SayAsync("quiz");
        var questionActivity = Assert.Single(_connector.Posted);
        var question = Card(questionActivity);
        const string questionId = "activity-from-bot-1";

        await _user.AnswerAsync(question, choice: 1, replyToId: questionId);

        var (path, update) = Assert.Single(_connector.Updated);
        Assert.EndsWith($"/activities/{questionId}", path, StringComparison.Ordinal);
        var answered = Card(update);
        Assert.Empty(Cards.Inputs(answered));
        Assert.Empty(Cards.ButtonTitles(answered));
        Assert.Contains("Your answer: B. Right answer B", Cards.Texts(answered));
        var feedback = Card(_connector.Posted[^1]);
        Assert.StartsWith("✅ Correct", Cards.AllText(feedback), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateSubmit_SendsNoSecondUpdate()
    {
        await _user.SayAsync("quiz");
        var question = Card(Assert.Single(_connector.Posted));
        await _user.AnswerAsync(question, choice: 1, replyToId: "activity-from-bot-1");

        await _user.AnswerAsync(question, choice: 2, replyToId: "activity-from-bot-1");

        Assert.Single(_connector.Updated);
        Assert.Equal("You've already answered this one.", (string?)_connector.Posted[^1]["text"]);
    }

    [Fact]
    public async Task EveryMessage_KeepsTheLatestConversationReferenceForLaterNudges()
    {
        await _user.InstallAsync();
        await using var movedConnector = await MockConnector.StartAsync();
        var moved = new TeamsUser(_host, movedConnector.ServiceUrl) { AadObjectId = _user.AadObjectId };

        await moved.SayAsync("help");

        LearnerId.TryCreate(_user.TenantId, _user.AadObjectId, out var learner);
        var profile = await _host.Services.GetRequiredService<ILearnerStore>().GetProfileAsync(learner!.Value, default);
        var reference = JsonNode.Parse(profile!.ConversationReference)!;
        Assert.Equal(movedConnector.ServiceUrl, (string?)reference["serviceUrl"]);
        Assert.Equal(moved.ConversationId, (string?)reference["conversation"]!["id"]);
        Assert.Equal("Alex Smith", profile.DisplayName);
    }

    private static JsonObject Card(JsonObject activity) => activity["attachments"]![0]!["content"]!.AsObject();
}
