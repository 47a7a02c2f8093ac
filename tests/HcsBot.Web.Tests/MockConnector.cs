using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HcsBot.Web.Tests;

/// <summary>
/// A stand-in for the Teams connector service, on a real loopback port: it answers a new activity with
/// an id, as Teams does, and records every call, so a test can see the card update (PUT) the bot sends.
/// </summary>
public sealed class MockConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    private MockConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, string Path, JsonObject Activity)> Calls { get; } = new();

    public string ServiceUrl => _app.Urls.Single() + "/";

    public static async Task<MockConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new MockConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", (HttpRequest request) => connector.Record(request, id: null));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest request, string activityId) => connector.Record(request, activityId));
        await app.StartAsync();
        return connector;
    }

    public IReadOnlyList<JsonObject> Posted => [.. Calls.Where(c => c.Method == "POST").Select(c => c.Activity)];

    public IReadOnlyList<(string Path, JsonObject Activity)> Updated => [.. Calls.Where(c => c.Method == "PUT").Select(c => (c.Path, c.Activity))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> Record(HttpRequest request, string? id)
    {
        var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        Calls.Enqueue((request.Method, request.Path.Value!, activity));
        return Results.Json(new { id = id ?? $"activity-from-bot-{Interlocked.Increment(ref _nextId)}" });
    }
}
