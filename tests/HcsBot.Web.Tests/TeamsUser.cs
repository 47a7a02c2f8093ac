using System.Net;
using System.Text.Json.Nodes;

namespace HcsBot.Web.Tests;

/// <summary>
/// One learner talking to the bot the way Teams does: activities posted to /api/messages with their AAD
/// identity, in expectReplies mode (replies come back in the HTTP body) unless a connector URL is given.
/// </summary>
public sealed class TeamsUser(BotHost host, string? serviceUrl = null)
{
    private int _sequence;

    public string TenantId { get; init; } = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public string AadObjectId { get; init; } = Guid.NewGuid().ToString();

    public string ConversationId { get; } = "a:" + Guid.NewGuid().ToString("N");

    public Task<Replies> SayAsync(string text) => SendAsync(Message(text));

    public Task<Replies> SubmitAsync(JsonObject data, string? replyToId = null)
    {
        var activity = Message(null);
        activity["value"] = data;
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        return SendAsync(activity);
    }

    /// <summary>Submits a question card with option <paramref name="choice"/> (0 = A) selected, as Teams merges inputs into data.</summary>
    public Task<Replies> AnswerAsync(JsonObject questionCard, int? choice, string? replyToId = null)
    {
        var data = Cards.SubmitData(questionCard, "Submit");
        if (choice is not null)
        {
            data["choice"] = choice.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return SubmitAsync(data, replyToId);
    }

    public Task<Replies> InstallAsync() => SendAsync(Base("installationUpdate", new JsonObject { ["action"] = "add" }));

    public Task<Replies> BotAddedAsync() => SendAsync(Base("conversationUpdate", new JsonObject
    {
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:hcsbot" }),
    }));

    public JsonObject Message(string? text) => Base("message", text is null ? [] : new JsonObject { ["text"] = text });

    public async Task<Replies> SendAsync(JsonObject activity)
    {
        var response = await host.PostRawAsync(activity.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        return new Replies(string.IsNullOrEmpty(body) ? [] : JsonNode.Parse(body)!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList());
    }

    private JsonObject Base(string type, JsonObject extra)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{++_sequence}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl ?? "http://127.0.0.1:1/",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["from"] = new JsonObject { ["id"] = "29:" + AadObjectId, ["name"] = "Alex Smith", ["aadObjectId"] = AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:hcsbot", ["name"] = "HcsBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        };
        if (serviceUrl is null)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        foreach (var (key, value) in extra)
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }
}

/// <summary>The bot's replies to one activity.</summary>
public sealed record Replies(IReadOnlyList<JsonObject> Activities)
{
    public IReadOnlyList<JsonObject> Cards => [.. Activities.SelectMany(a => a["attachments"]?.AsArray() ?? []).Select(at => at!["content"]!.AsObject())];

    public IReadOnlyList<string> Texts => [.. Activities.Select(a => (string?)a["text"]).OfType<string>()];

    public JsonObject SingleCard() => Assert.Single(Cards);

    public string SingleText() => Assert.Single(Texts);
}
