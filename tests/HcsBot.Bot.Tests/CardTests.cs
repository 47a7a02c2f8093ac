using System.Text.Json.Nodes;
using HcsBot.Bot.Cards;
using HcsBot.Bot.Commands;
using HcsBot.Bot.Features.Help;
using HcsBot.Bot.Features.Progress;
using HcsBot.Bot.Features.Quiz;
using HcsBot.Core.Banks;
using HcsBot.Core.Checks;
using HcsBot.Core.Curriculum;
using HcsBot.Core.Progress;

namespace HcsBot.Bot.Tests;

/// <summary>The JSON each card produces: what Teams will render.</summary>
public class CardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly Question Quality = new(
        "QUA-007", Areas.Quality, ["K-QUA"], [2], Difficulty.Medium, SafetyCritical: true,
        "A control is beyond 3 SD. What do you do?", ["Release results", "Reject the run and investigate", "Repeat tomorrow", "Ignore it"], 1,
        "1-3s is a rejection rule.", "Westgard QC, 1-3s", ReviewStatus.Ready, new DateOnly(2026, 11, 25));

    private static readonly CheckState Check = new CheckState("0000000000000000abcd", Now, 5, []).WithNextDelivery("QUA-007", Now);

    [Fact]
    public void Ask_IsAnAdaptiveCard15WithAnExpandedRequiredChoiceSetAndSubmitData()
    {
        var card = Json(QuizCards.Ask(Check, Check.Current!, Quality));

        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)card["type"], (string?)card["version"]));
        Assert.Equal("1 of 5 · Quality", (string?)card["body"]![0]!["text"]);
        var choices = card["body"]![2]!;
        Assert.Equal("Input.ChoiceSet", (string?)choices["type"]);
        Assert.Equal("expanded", (string?)choices["style"]);
        Assert.True((bool?)choices["isRequired"]);
        Assert.Equal(["0", "1", "2", "3"], choices["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        var submit = card["actions"]![0]!;
        Assert.Equal("Action.Submit", (string?)submit["type"]);
        Assert.Equal("""{"verb":"answer","checkId":"0000000000000000abcd","position":1}""", submit["data"]!.ToJsonString());
    }

    [Fact]
    public void Answered_HasNoInputsOrActions_AndShowsTheChoice()
    {
        var answered = Check.WithAnswer(1, 0, correct: false, Now);

        var card = Json(QuizCards.Answered(answered, answered.Current!, Quality));

        Assert.Null(card["actions"]);
        Assert.DoesNotContain(card["body"]!.AsArray(), e => ((string?)e!["type"])!.StartsWith("Input.", StringComparison.Ordinal));
        Assert.Equal("Your answer: A. Release results", (string?)card["body"]![2]!["text"]);
        Assert.Equal("attention", (string?)card["body"]![2]!["color"]);
    }

    [Fact]
    public void Feedback_WrongOnASafetyCriticalQuestion_FlagsItAndShowsAnswerExplanationSourceAndNext()
    {
        var answered = Check.WithAnswer(1, 0, correct: false, Now);

        var card = Json(QuizCards.Feedback(answered, answered.Current!, Quality));

        var texts = card["body"]!.AsArray().Select(e => (string?)e!["text"]).ToList();
        Assert.Equal(
            ["❌ Not quite", "This one matters for patient and staff safety: worth a second look.", "Correct answer: **B. Reject the run and investigate**", "1-3s is a rejection rule.", "Source: Westgard QC, 1-3s"],
            texts);
        Assert.Equal("""{"verb":"next","checkId":"0000000000000000abcd","position":1}""", card["actions"]![0]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Feedback_OnTheLastQuestion_HasNoNextButton()
    {
        var last = new CheckState("0000000000000000abcd", Now, 1, []).WithNextDelivery("QUA-007", Now).WithAnswer(1, 1, true, Now);

        Assert.Null(Json(QuizCards.Feedback(last, last.Current!, Quality))["actions"]);
    }

    [Fact]
    public void Help_ListsEveryCommandWithItsDescription()
    {
        var card = Json(HelpCards.Help());

        var facts = card["body"]![1]!["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!));
        Assert.Equal(BotCommands.All.Select(c => (c.Name, c.Description)), facts);
    }

    [Fact]
    public void Help_ForUnknownText_QuotesAShortenedVersion()
    {
        var card = Json(HelpCards.Help(new string('x', 60)));

        Assert.Equal($"Sorry, I don't know \"{new string('x', 40)}…\".", (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public void Progress_ShowsARecallBarAccuracyAndCoverageForEachOfTheNineAreas()
    {
        var areas = Areas.All.Select(a => a == Areas.Quality ? new AreaProgress(a, 4, 3, 4, 20, 0.62) : new AreaProgress(a, 0, 0, 0, 20, null)).ToList();

        var card = Json(ProgressCard.Build(new ProgressReport(areas, 3, Now.AddDays(2), null), Now));

        var texts = Texts(card["body"]!).ToList();
        Assert.Equal("4 answered, 3 correct (75%) across all areas.", texts[1]);
        var quality = texts.IndexOf("Quality");
        Assert.Equal("██████░░░░", texts[quality + 1]);
        Assert.Equal("recall 62% · 3 of 4 correct (75%) · seen 4 of 20", texts[quality + 2]);
        Assert.Equal(8, texts.Count(t => t == "Not started · 20 questions"));
        var facts = card["body"]![2]!["facts"]!.AsArray().Select(f => ((string)f!["title"]!, (string)f["value"]!));
        Assert.Equal([("Streak", "3 days"), ("Next review", "on 27 November")], facts);
    }

    [Fact]
    public void Progress_WhilePaused_SaysUntilWhen()
    {
        var areas = Areas.All.Select(a => new AreaProgress(a, 0, 0, 0, 20, null)).ToList();
        var pause = new HcsBot.Core.Pausing.PauseState(Now, Now.AddDays(14));

        var card = Json(ProgressCard.Build(new ProgressReport(areas, 0, Now, pause), Now));

        Assert.Equal("paused until 9 December", (string?)card["body"]![2]!["facts"]![1]!["value"]);
    }

    [Fact]
    public void Ask_OffersAnOptionalCompactHowSureInput()
    {
        var card = Json(QuizCards.Ask(Check, Check.Current!, Quality));

        var confidence = card["body"]![3]!;
        Assert.Equal(("confidence", "compact", "How sure are you? (optional)"), ((string?)confidence["id"], (string?)confidence["style"], (string?)confidence["label"]));
        Assert.Null(confidence["isRequired"]);
        Assert.Equal(["Guessing", "FairlySure", "Certain"], confidence["choices"]!.AsArray().Select(c => (string)c!["value"]!));
    }

    [Theory]
    [InlineData("quiz", "quiz")]
    [InlineData("  Quiz! ", "quiz")]
    [InlineData("<at>HcsBot</at> progress", "progress")]
    [InlineData("start", "quiz")]
    [InlineData("?", "help")]
    [InlineData("pause 2 weeks", "pause")]
    [InlineData("Pause until 2026-12-31", "pause")]
    [InlineData("resume", "resume")]
    [InlineData("quiz me on everything", null)]
    [InlineData("", null)]
    public void CommandParser_RecognisesCommandsAndNothingElse(string text, string? command)
    {
        Assert.Equal(command, CommandParser.Parse(text)?.Name);
    }

    private static JsonObject Json(AdaptiveCard card) => JsonNode.Parse(card.ToJson())!.AsObject();

    private static IEnumerable<string> Texts(JsonNode body) => body.AsArray().SelectMany(e =>
        e!["columns"] is JsonArray columns
            ? columns.SelectMany(c => Texts(c!["items"]!))
            : e["text"] is { } t ? [(string)t!] : []);
}
