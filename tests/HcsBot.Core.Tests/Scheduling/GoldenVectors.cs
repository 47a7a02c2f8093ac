using System.Globalization;
using System.Text.Json;
using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

/// <summary>
/// Reads fsrs-vectors.json, written by tools/fsrs-reference/generate-vectors.mjs from ts-fsrs 5.4.2: review histories
/// and, after every review, the card ts-fsrs produced.
/// </summary>
internal static class GoldenVectors
{
    private static readonly Lazy<IReadOnlyList<VectorSuite>> LoadedSuites = new(Load);

    public static IReadOnlyList<VectorSuite> Suites => LoadedSuites.Value;

    private static IReadOnlyList<VectorSuite> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scheduling", "fsrs-vectors.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var fields = root.GetProperty("stepFields").EnumerateArray().Select(field => field.GetString()!).ToList();
        string[] expectedFields = ["review", "rating", "stability", "difficulty", "state", "due", "scheduledDays", "elapsedDays", "reps", "lapses", "learningStep"];
        if (!fields.SequenceEqual(expectedFields))
        {
            throw new InvalidDataException($"Unexpected step fields in {path}: {string.Join(", ", fields)}");
        }

        return [.. root.GetProperty("suites").EnumerateArray().Select(ReadSuite)];
    }

    private static VectorSuite ReadSuite(JsonElement suite)
    {
        var parameters = new FsrsParameters(
            desiredRetention: suite.GetProperty("desiredRetention").GetDouble(),
            maximumIntervalDays: suite.GetProperty("maximumInterval").GetInt32(),
            learningSteps: ReadSteps(suite.GetProperty("learningSteps")),
            relearningSteps: ReadSteps(suite.GetProperty("relearningSteps")));
        var histories = suite.GetProperty("histories").EnumerateArray()
            .Select(history => new VectorHistory(
                ParseTime(history.GetProperty("start")),
                [.. history.GetProperty("steps").EnumerateArray().Select(ReadStep)]))
            .ToList();
        return new VectorSuite(suite.GetProperty("name").GetString()!, parameters, histories);
    }

    private static VectorStep ReadStep(JsonElement step) => new(
        ReviewTime: ParseTime(step[0]),
        Rating: (Rating)step[1].GetInt32(),
        Stability: step[2].GetDouble(),
        Difficulty: step[3].GetDouble(),
        State: (CardState)step[4].GetInt32(),
        Due: ParseTime(step[5]),
        ScheduledDays: step[6].GetInt32(),
        ElapsedDays: step[7].GetInt32(),
        Reps: step[8].GetInt32(),
        Lapses: step[9].GetInt32(),
        LearningStep: step[10].GetInt32());

    // ts-fsrs writes steps as "10m", "1h" or "1d".
    private static TimeSpan[] ReadSteps(JsonElement steps) =>
    [
        .. steps.EnumerateArray().Select(step =>
        {
            var text = step.GetString()!;
            var value = int.Parse(text[..^1], CultureInfo.InvariantCulture);
            return text[^1] switch
            {
                'm' => TimeSpan.FromMinutes(value),
                'h' => TimeSpan.FromHours(value),
                'd' => TimeSpan.FromDays(value),
                _ => throw new InvalidDataException($"Unknown step unit in '{text}'."),
            };
        }),
    ];

    private static DateTimeOffset ParseTime(JsonElement time) =>
        DateTimeOffset.ParseExact(time.GetString()!, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

internal sealed record VectorSuite(string Name, FsrsParameters Parameters, IReadOnlyList<VectorHistory> Histories);

internal sealed record VectorHistory(DateTimeOffset Start, IReadOnlyList<VectorStep> Steps);

internal sealed record VectorStep(
    DateTimeOffset ReviewTime,
    Rating Rating,
    double Stability,
    double Difficulty,
    CardState State,
    DateTimeOffset Due,
    int ScheduledDays,
    int ElapsedDays,
    int Reps,
    int Lapses,
    int LearningStep);
