// Load benchmark: N concurrent simulated learners answering questions over HTTP (expectReplies) against
// HcsBot on Azurite, and in the same run the same number of turns against a bare echo bot on the same
// SDK, adapter and Kestrel host. Prints throughput and p50/p95 latency for both, and the ratios.
// Usage: bench/load-bench.sh [--learners N] [--turns M]   (the script starts Azurite)
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using HcsBot.Bot.Hosting;
using HcsBot.Web;

var learners = Arg("--learners", 16);
var answersPerLearner = Arg("--turns", 25);
var storage = Environment.GetEnvironmentVariable("HCSBOT_TEST_STORAGE")
    ?? throw new InvalidOperationException("HCSBOT_TEST_STORAGE is not set: run bench/load-bench.sh, which starts Azurite.");

await using var hcsbot = HcsBotApp.Build(
[
    // Development: the simulated learners send no Bot Connector token.
    "--environment", "Development", "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
    $"--Storage:ConnectionString={storage}", $"--Storage:TablePrefix=bench{DateTime.UtcNow:HHmmss}",
    $"--Bank:Path={Path.Combine(AppContext.BaseDirectory, "content", "banks")}",
    // Each simulated learner answers more than a real one would in a day; lift the daily limit on new questions.
    "--Scheduling:DailyNewLimit=100",
]);
await hcsbot.StartAsync();

var echoBuilder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
echoBuilder.Services.AddEchoBaselineBot();
await using var echo = echoBuilder.Build();
echo.MapBotMessages();
await echo.StartAsync();

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"{learners} concurrent learners x {answersPerLearner} answers each; warming up...");
await RunHcsBot(hcsbot.Urls.Single(), 2, 3, [], []);
await RunEcho(echo.Urls.Single(), 2, 3, []);

// Alternate the two so that machine noise falls on both alike.
var hcsLatencies = new List<double>();
var answerLatencies = new List<double>();
var echoLatencies = new List<double>();
var hcsTime = TimeSpan.Zero;
var echoTime = TimeSpan.Zero;
for (var round = 0; round < 2; round++)
{
    hcsTime += await RunHcsBot(hcsbot.Urls.Single(), learners, answersPerLearner / 2, hcsLatencies, answerLatencies);
    echoTime += await RunEcho(echo.Urls.Single(), learners, answersPerLearner / 2, echoLatencies);
}

var hcs = Summary("HcsBot turn (answer, next or quiz)", hcsLatencies, hcsTime);
var answer = Summary("  of which answer turns          ", answerLatencies, hcsTime);
var bare = Summary("bare echo turn                   ", echoLatencies, echoTime);
Console.WriteLine();
Console.WriteLine($"ratio HcsBot turn / echo turn:    throughput {hcs.Throughput / bare.Throughput:0.000}x   p50 {hcs.P50 / bare.P50:0.0}x   p95 {hcs.P95 / bare.P95:0.0}x");
Console.WriteLine($"ratio answer turn / echo turn:    p50 {answer.P50 / bare.P50:0.0}x   p95 {answer.P95 / bare.P95:0.0}x");
return;

async Task<TimeSpan> RunHcsBot(string url, int users, int answers, List<double> latencies, List<double> answerLatencies)
{
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
    {
        var user = NewUser();
        var card = await QuestionCard(await Timed(url, user.Message("quiz"), latencies));
        for (var i = 0; i < answers; i++)
        {
            var data = (JsonObject)card["actions"]![0]!["data"]!.DeepClone();
            data["choice"] = (i % 4).ToString(CultureInfo.InvariantCulture);
            var started = Stopwatch.GetTimestamp();
            var replies = await Post(url, user.Message(null, data));
            Record(latencies, started);
            Record(answerLatencies, started);
            var feedback = replies[0]!["attachments"]![0]!["content"]!;
            var next = feedback["actions"]?[0]?["data"];
            card = await QuestionCard(await Timed(url, next is null ? user.Message("quiz") : user.Message(null, (JsonObject)next.DeepClone()), latencies));
        }
    }));
    return clock.Elapsed;
}

async Task<TimeSpan> RunEcho(string url, int users, int turns, List<double> latencies)
{
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, users).Select(async _ =>
    {
        var user = NewUser();
        for (var i = 0; i < turns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await Post(url, user.Message("hello"));
            Record(latencies, started);
        }
    }));
    return clock.Elapsed;
}

async Task<JsonArray> Timed(string url, JsonObject activity, List<double> latencies)
{
    var started = Stopwatch.GetTimestamp();
    var replies = await Post(url, activity);
    Record(latencies, started);
    return replies;
}

static Task<JsonObject> QuestionCard(JsonArray replies) =>
    Task.FromResult(replies.Select(r => r!["attachments"]?[0]?["content"]).OfType<JsonObject>().First(c => c["actions"]?[0]?["data"]?["verb"]?.GetValue<string>() == "answer"));

async Task<JsonArray> Post(string url, JsonObject activity)
{
    using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    using var response = await http.PostAsync(new Uri(url + "/api/messages"), content);
    response.EnsureSuccessStatusCode();
    return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
}

static void Record(List<double> latencies, long started)
{
    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    lock (latencies)
    {
        latencies.Add(ms);
    }
}

static (double Throughput, double P50, double P95) Summary(string name, List<double> latencies, TimeSpan elapsed)
{
    latencies.Sort();
    var p50 = latencies[latencies.Count / 2];
    var p95 = latencies[(int)(latencies.Count * 0.95)];
    var throughput = latencies.Count / elapsed.TotalSeconds;
    Console.WriteLine($"{name}: {latencies.Count,6} turns  {throughput,8:0.0} turns/s  p50 {p50,7:0.00} ms  p95 {p95,7:0.00} ms");
    return (throughput, p50, p95);
}

static SimulatedLearner NewUser() => new(Guid.NewGuid().ToString());

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

/// <summary>One Teams user in expectReplies mode (the bot's replies come back in the HTTP body).</summary>
internal sealed record SimulatedLearner(string AadObjectId)
{
    public JsonObject Message(string? text, JsonObject? value = null) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
        ["value"] = value,
        ["from"] = new JsonObject { ["id"] = "29:" + AadObjectId, ["name"] = "Bench Learner", ["aadObjectId"] = AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:hcsbot" },
        ["conversation"] = new JsonObject { ["id"] = "a:" + AadObjectId, ["conversationType"] = "personal", ["tenantId"] = "bench-tenant" },
    };
}
