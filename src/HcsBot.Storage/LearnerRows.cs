using System.Text.Json;
using Azure.Data.Tables;
using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Progress;
using HcsBot.Core.Scheduling;
using HcsBot.Core.Storage;

namespace HcsBot.Storage;

/// <summary>
/// The row layout of the Learners table (README: "Storage key design"). PartitionKey is the learner, so an
/// answer's three writes are one atomic batch; RowKey is "kind_id" so each kind is a key-range query.
/// </summary>
internal static class LearnerRows
{
    public const string ProfileKey = "profile";
    public const string WelcomeKey = "welcome";
    public const string CheckPrefix = "check_";
    public const string QuestionPrefix = "question_";
    public const string AnswerPrefix = "answer_";
    public const string PauseKey = "pause";

    /// <summary>"successor_&lt;checkId&gt;" (or "successor_none"): insert-only, so only one check can follow another.</summary>
    public const string SuccessorPrefix = "successor_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A date column every row of its kind has. A missing one means the row was damaged; failing loudly beats
    /// inventing DateTimeOffset.MinValue, which Azure Tables would then refuse on every write-back.
    /// </summary>
    private static DateTimeOffset RequiredDate(TableEntity e, string column) =>
        e.GetDateTimeOffset(column) ?? throw new InvalidDataException($"Row {e.PartitionKey}/{e.RowKey} has no {column}.");

    /// <summary>The filter for every row whose key starts with a prefix ('_' + 1 is '`').</summary>
    public static string PrefixFilter(LearnerId learner, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {learner.Key} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "`"}");

    public static TableEntity Profile(LearnerProfile profile) => new(profile.Id.Key, ProfileKey)
    {
        ["DisplayName"] = profile.DisplayName,
        ["ConversationReference"] = profile.ConversationReference,
        ["FirstSeen"] = profile.FirstSeen,
    };

    public static LearnerProfile ToProfile(LearnerId learner, TableEntity e) => new(
        learner,
        e.GetString("DisplayName") ?? "",
        e.GetString("ConversationReference") ?? "",
        RequiredDate(e, "FirstSeen"));

    public static TableEntity Check(LearnerId learner, CheckState check) => new(learner.Key, CheckPrefix + check.CheckId)
    {
        ["StartedAt"] = check.StartedAt,
        ["Size"] = check.Size,
        ["CompletedAt"] = check.CompletedAt,
        ["Mode"] = check.Mode.ToString(),
        // A check has at most 20 deliveries (QuizOptions), far inside the 64 KiB property limit.
        ["Deliveries"] = JsonSerializer.Serialize(check.Deliveries, Json),
    };

    public static Versioned<CheckState> ToCheck(TableEntity e) => new(
        new CheckState(
            e.RowKey[CheckPrefix.Length..],
            RequiredDate(e, "StartedAt"),
            e.GetInt32("Size") ?? 0,
            JsonSerializer.Deserialize<List<Delivery>>(e.GetString("Deliveries") ?? "[]", Json) ?? [])
        {
            CompletedAt = e.GetDateTimeOffset("CompletedAt"),
            Mode = Enum.TryParse<CheckMode>(e.GetString("Mode"), out var mode) ? mode : CheckMode.Scheduled,
        },
        e.ETag.ToString());

    public static TableEntity Question(LearnerId learner, QuestionRecord r) => new(learner.Key, QuestionPrefix + r.QuestionId)
    {
        ["AreaCode"] = r.AreaCode,
        ["Attempts"] = r.Attempts,
        ["CorrectCount"] = r.CorrectCount,
        ["LastAnsweredAt"] = r.LastAnsweredAt,
        ["LastCorrect"] = r.LastCorrect,
        ["ScheduledSince"] = r.ScheduledSince,
        ["PauseId"] = r.PauseId,
        // The FSRS card, one column per field, so a later analytics job can query on them (e.g. Due).
        ["Due"] = r.Card.Due,
        ["Stability"] = r.Card.Stability,
        ["Difficulty"] = r.Card.Difficulty,
        ["ElapsedDays"] = r.Card.ElapsedDays,
        ["ScheduledDays"] = r.Card.ScheduledDays,
        ["LearningStep"] = r.Card.LearningStep,
        ["Reps"] = r.Card.Reps,
        ["Lapses"] = r.Card.Lapses,
        ["State"] = r.Card.State.ToString(),
        ["LastReview"] = r.Card.LastReview,
    };

    public static QuestionRecord ToQuestion(TableEntity e) => new(
        e.RowKey[QuestionPrefix.Length..],
        e.GetString("AreaCode") ?? "",
        e.GetInt32("Attempts") ?? 0,
        e.GetInt32("CorrectCount") ?? 0,
        RequiredDate(e, "LastAnsweredAt"),
        e.GetBoolean("LastCorrect") ?? false,
        new SchedulingCard(
            RequiredDate(e, "Due"),
            e.GetDouble("Stability") ?? 0,
            e.GetDouble("Difficulty") ?? 0,
            e.GetInt32("ElapsedDays") ?? 0,
            e.GetInt32("ScheduledDays") ?? 0,
            e.GetInt32("LearningStep") ?? 0,
            e.GetInt32("Reps") ?? 0,
            e.GetInt32("Lapses") ?? 0,
            Enum.TryParse<CardState>(e.GetString("State"), out var state) ? state : CardState.New,
            e.GetDateTimeOffset("LastReview")))
    {
        ScheduledSince = e.GetDateTimeOffset("ScheduledSince"),
        PauseId = e.GetString("PauseId"),
    };

    public static TableEntity Answer(LearnerId learner, AnswerRecord a)
    {
        var row = new TableEntity(learner.Key, AnswerPrefix + a.DeliveryId)
        {
            ["CheckId"] = a.CheckId,
            ["QuestionId"] = a.QuestionId,
            ["AreaCode"] = a.AreaCode,
            ["ChosenIndex"] = a.ChosenIndex,
            ["Correct"] = a.Correct,
            ["AnsweredAt"] = a.AnsweredAt,
            ["Confidence"] = a.Confidence?.ToString(),
            ["ConfidentError"] = a.ConfidentError,
            ["Practice"] = a.Practice,
        };
        if (a.Review is { } review)
        {
            row["Rating"] = review.Rating.ToString();
            row["StateBefore"] = review.StateBefore.ToString();
            row["StateAfter"] = review.StateAfter.ToString();
            row["ElapsedDays"] = review.ElapsedDays;
            row["ScheduledDays"] = review.ScheduledDays;
            row["StabilityAfter"] = review.StabilityAfter;
            row["DifficultyAfter"] = review.DifficultyAfter;
        }

        return row;
    }

    public static AnswerRecord ToAnswer(TableEntity e) => new(
        e.RowKey[AnswerPrefix.Length..],
        e.GetString("CheckId") ?? "",
        e.GetString("QuestionId") ?? "",
        e.GetString("AreaCode") ?? "",
        e.GetInt32("ChosenIndex") ?? -1,
        e.GetBoolean("Correct") ?? false,
        RequiredDate(e, "AnsweredAt"))
    {
        Confidence = Enum.TryParse<Confidence>(e.GetString("Confidence"), out var confidence) ? confidence : null,
        Review = Enum.TryParse<Rating>(e.GetString("Rating"), out var rating)
            ? new ReviewLogEntry(
                rating,
                Enum.Parse<CardState>(e.GetString("StateBefore") ?? nameof(CardState.New)),
                Enum.Parse<CardState>(e.GetString("StateAfter") ?? nameof(CardState.New)),
                RequiredDate(e, "AnsweredAt"),
                e.GetInt32("ElapsedDays") ?? 0,
                e.GetInt32("ScheduledDays") ?? 0,
                e.GetDouble("StabilityAfter") ?? 0,
                e.GetDouble("DifficultyAfter") ?? 0)
            : null,
    };

    public static TableEntity Pause(LearnerId learner, PauseState pause) => new(learner.Key, PauseKey)
    {
        ["PausedAt"] = pause.PausedAt,
        ["Until"] = pause.Until,
        ["ResumedAt"] = pause.ResumedAt,
    };

    public static PauseState ToPause(TableEntity e) => new(RequiredDate(e, "PausedAt"), RequiredDate(e, "Until"))
    {
        ResumedAt = e.GetDateTimeOffset("ResumedAt"),
    };
}
