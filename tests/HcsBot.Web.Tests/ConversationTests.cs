using System.Net;
using System.Text.Json.Nodes;
using HcsBot.Bot;
using HcsBot.Bot.Hosting;
using HcsBot.Core.Learners;
using HcsBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HcsBot.Web.Tests;

/// <summary>Real turns through the CloudAdapter over HTTP, replies returned in the body (expectReplies), on Azurite.</summary>
public sealed class ConversationTests : IDisposable
{
    private readonly BotHost _host = new();
    private readonly TeamsUser _user;

    public ConversationTests() => _user = new TeamsUser(_host);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Install_InstallationUpdateThenConversationUpdate_SendsOneWelcomeWithAStartButton()
    {
        var first = await _user.InstallAsync();
        var second = await _user.BotAddedAsync();

        var welcome = first.SingleCard();
        Assert.StartsWith("Welcome to HcsBot, Alex", Cards.Texts(welcome)[0], StringComparison.Ordinal);
        Assert.Contains("Start a knowledge check", Cards.ButtonTitles(welcome));
        Assert.Empty(second.Activities);
    }

    [Fact]
    public async Task WelcomeButton_Pressed_StartsACheck()
    {
        var welcome = (await _user.InstallAsync()).SingleCard();

        var replies = await _user.SubmitAsync(Cards.SubmitData(welcome, "Start a knowledge check"));

        Assert.True(Cards.IsQuestion(replies.SingleCard()));
    }

    [Fact]
    public async Task Quiz_Typed_SendsAQuestionCardWithProgressStemOptionsAndSubmit()
    {
        var card = (await _user.SayAsync("quiz")).SingleCard();

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Matches(@"^1 of 5 · .+$", Cards.Texts(card)[0]);
        Assert.StartsWith("Test question", Cards.Texts(card)[1], StringComparison.Ordinal);
        var choices = Cards.Inputs(card).First();
        Assert.Equal(("Input.ChoiceSet", "expanded", "choice"), ((string?)choices["type"], (string?)choices["style"], (string?)choices["id"]));
        Assert.Equal(["A. Wrong answer A", "B. Right answer B", "C. Wrong answer C", "D. Wrong answer D"], choices["choices"]!.AsArray().Select(c => (string)c!["title"]!));
        var data = Cards.SubmitData(card, "Submit");
        Assert.Equal(("answer", 1), ((string?)data["verb"], (int?)data["position"]));
        Assert.False(string.IsNullOrEmpty((string?)data["checkId"]));
    }

    [Fact]
    public async Task Answer_Right_FeedbackSaysCorrectWithExplanationSourceAndNext()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();

        var feedback = (await _user.AnswerAsync(question, choice: 1)).SingleCard();

        var text = Cards.AllText(feedback);
        Assert.StartsWith("✅ Correct", text, StringComparison.Ordinal);
        Assert.Contains("Correct answer: **B. Right answer B**", text, StringComparison.Ordinal);
        Assert.Matches(@"Explanation for [A-Z]{3}-00\d\.", text);
        Assert.Matches(@"Source: Test source [A-Z]{3}-00\d", text);
        Assert.Equal(["Next question"], Cards.ButtonTitles(feedback));
    }

    [Fact]
    public async Task Answer_Wrong_FeedbackShowsTheCorrectAnswer()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();

        var text = Cards.AllText((await _user.AnswerAsync(question, choice: 3)).SingleCard());

        Assert.StartsWith("❌ Not quite", text, StringComparison.Ordinal);
        Assert.Contains("B. Right answer B", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullCheck_FiveQuestions_SpreadAcrossFiveAreasAndEndWithASummary()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        var areas = new List<string>();
        Replies last = null!;
        for (var n = 1; n <= 5; n++)
        {
            Assert.StartsWith($"{n} of 5 · ", Cards.Texts(question)[0], StringComparison.Ordinal);
            areas.Add(Cards.Texts(question)[0].Split(" · ")[1]);
            last = await _user.AnswerAsync(question, choice: n == 3 ? 0 : 1);
            if (n < 5)
            {
                question = (await _user.SubmitAsync(Cards.SubmitData(last.SingleCard(), "Next question"))).SingleCard();
            }
        }

        Assert.Equal(5, areas.Distinct().Count());
        Assert.Equal(2, last.Cards.Count);
        Assert.Empty(Cards.ButtonTitles(last.Cards[0]));
        var summary = last.Cards[1];
        Assert.Equal("Check complete", Cards.Texts(summary)[0]);
        Assert.Equal("You got 4 of 5 right.", Cards.Texts(summary)[1]);
        Assert.Equal(5, (await AnswersAsync()).Count);
    }

    [Fact]
    public async Task Answer_SubmittedTwice_SecondIsPolitelyRefusedAndOnlyTheFirstCounts()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        await _user.AnswerAsync(question, choice: 1);

        var again = await _user.AnswerAsync(question, choice: 2);

        Assert.Equal("You've already answered this one.", again.SingleText());
        var answer = Assert.Single(await AnswersAsync());
        Assert.Equal((1, true), (answer.ChosenIndex, answer.Correct));
    }

    [Fact]
    public async Task Answer_WithNoOptionChosen_AsksForOneAndRecordsNothing()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();

        var replies = await _user.AnswerAsync(question, choice: null);

        Assert.Equal("Choose an answer before pressing Submit.", replies.SingleText());
        Assert.Empty(await AnswersAsync());
    }

    [Theory]
    [InlineData("{\"verb\":\"answer\"}")]
    [InlineData("{\"verb\":\"answer\",\"checkId\":\"0123456789abcdef0123\",\"position\":1,\"choice\":\"1\"}")]
    [InlineData("{\"verb\":\"answer\",\"checkId\":\"'; DROP TABLE--\",\"position\":\"x\",\"choice\":\"1\"}")]
    [InlineData("{\"verb\":\"launch-missiles\"}")]
    [InlineData("{\"something\":\"else\"}")]
    public async Task CardData_MissingOrUnknown_GetsAPoliteMessageAndRecordsNothing(string data)
    {
        await _user.SayAsync("quiz");

        var replies = await _user.SubmitAsync(JsonNode.Parse(data)!.AsObject());

        Assert.Equal("Sorry, I couldn't read that card. Type **quiz** to carry on with your check.", replies.SingleText());
        Assert.Empty(await AnswersAsync());
    }

    [Fact]
    public async Task Answer_OnACardFromAnExpiredCheck_IsStaleAndRecordsNothing()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        _host.Clock.Advance(TimeSpan.FromDays(1));

        var replies = await _user.AnswerAsync(question, choice: 1);

        Assert.Equal("That question is from a check that has ended. Type **quiz** to start a new one.", replies.SingleText());
        Assert.Empty(await AnswersAsync());
    }

    [Fact]
    public async Task Answer_OnAnotherLearnersCard_IsRefusedAndTheirCheckIsUntouched()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        var intruder = new TeamsUser(_host);

        var replies = await intruder.AnswerAsync(question, choice: 1);

        Assert.Equal("Sorry, I couldn't read that card. Type **quiz** to carry on with your check.", replies.SingleText());
        Assert.Empty(await AnswersAsync());
    }

    [Fact]
    public async Task Quiz_TypedMidCheck_ResumesTheSameQuestion()
    {
        var first = (await _user.SayAsync("quiz")).SingleCard();

        var replies = await _user.SayAsync("Quiz");

        Assert.Equal("You're part way through a check, so here's where you left off.", replies.SingleText());
        Assert.Equal(Cards.SubmitData(first, "Submit").ToJsonString(), Cards.SubmitData(replies.SingleCard(), "Submit").ToJsonString());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("<at>HcsBot</at> help")]
    public async Task Help_ListsEveryCommand(string text)
    {
        var card = (await _user.SayAsync(text)).SingleCard();

        var facts = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray().Select(f => (string)f!["title"]!);
        Assert.Equal(Bot.Commands.BotCommands.All.Select(c => c.Name), facts);
    }

    [Fact]
    public async Task UnknownText_GetsTheHelpCardSayingWhatWasNotUnderstood()
    {
        var card = (await _user.SayAsync("what's the weather")).SingleCard();

        Assert.Equal("Sorry, I don't know \"what's the weather\".", Cards.Texts(card)[0]);
        Assert.Contains("Start a knowledge check", Cards.ButtonTitles(card));
    }

    [Fact]
    public async Task Progress_AfterAnswers_ShowsAnsweredAndCorrectPerArea()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        var area = Cards.Texts(question)[0].Split(" · ")[1];
        await _user.AnswerAsync(question, choice: 1);

        var card = (await _user.SayAsync("progress")).SingleCard();

        var texts = Cards.Texts(card);
        Assert.Equal("1 answered, 1 correct (100%) across all areas.", texts[1]);
        var index = texts.ToList().IndexOf(area);
        Assert.Matches(@"^recall \d+% · 1 of 1 correct \(100%\) · seen 1 of 2$", texts[index + 2]);
        Assert.Equal(8, texts.Count(t => t == "Not started · 2 questions"));
    }

    [Fact]
    public async Task Answer_WithHowSure_IsStoredAsTheReviewsConfidence()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        var data = Cards.SubmitData(question, "Submit");
        data["choice"] = "0";
        data["confidence"] = "Certain";

        await _user.SubmitAsync(data);

        var answer = Assert.Single(await AnswersAsync());
        Assert.True(answer.ConfidentError);
        Assert.Equal(Core.Scheduling.Rating.Again, answer.Review!.Rating);
    }

    [Fact]
    public async Task Pause_TwoWeeks_ThenQuiz_SaysPausedAndResumeGetsChecksGoingAgain()
    {
        var paused = (await _user.SayAsync("pause 2 weeks")).SingleCard();
        Assert.Equal("Paused until 9 December 2026. When you resume, your reviews move later by the time you were away.", Cards.Texts(paused)[1]);

        var quiz = (await _user.SayAsync("quiz")).SingleCard();
        Assert.Equal("Your reviews are paused", Cards.Texts(quiz)[0]);
        Assert.Equal(["Resume now", "Extra practice"], Cards.ButtonTitles(quiz));

        var resumed = await _user.SubmitAsync(Cards.SubmitData(quiz, "Resume now"));
        Assert.StartsWith("Welcome back!", resumed.SingleText(), StringComparison.Ordinal);
        Assert.True(Cards.IsQuestion((await _user.SayAsync("quiz")).SingleCard()));
    }

    [Theory]
    [InlineData("pause for a while")]
    [InlineData("pause until next year")]
    public async Task Pause_NotUnderstood_GivesExamplesAndPausesNothing(string text)
    {
        var replies = await _user.SayAsync(text);

        Assert.EndsWith(Core.Pausing.PauseRequest.Examples, replies.SingleText(), StringComparison.Ordinal);
        Assert.True(Cards.IsQuestion((await _user.SayAsync("quiz")).SingleCard()));
    }

    [Fact]
    public async Task Resume_WhenNotPaused_SaysSo()
    {
        Assert.StartsWith("You weren't paused", (await _user.SayAsync("resume")).SingleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_BeforeAnything_SaysNothingAnsweredYet()
    {
        var card = (await _user.SayAsync("progress")).SingleCard();

        Assert.Equal("You haven't answered any questions yet. Start a check to begin.", Cards.Texts(card)[1]);
    }

    [Fact]
    public async Task Message_WithoutAnAadIdentity_IsNotStoredAndSaysWhy()
    {
        var activity = _user.Message("quiz");
        activity["from"]!.AsObject().Remove("aadObjectId");

        var replies = await _user.SendAsync(activity);

        Assert.Equal(HcsTeamsBot.NoIdentityReply, replies.SingleText());
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Message_FromAChannelOtherThanTeams_IsNotTrustedWithAnIdentity(string channel)
    {
        var activity = _user.Message("quiz");
        activity["channelId"] = channel;

        var replies = await _user.SendAsync(activity);

        Assert.Equal(HcsTeamsBot.NoIdentityReply, replies.SingleText());
        Assert.Empty(await AnswersAsync());
    }

    [Fact]
    public async Task Start_PressedTwiceAtOnce_OpensOneCheck()
    {
        var both = await Task.WhenAll(_user.SayAsync("quiz"), _user.SayAsync("quiz"));

        var checkIds = both.Select(r => (string?)Cards.SubmitData(r.SingleCard(), "Submit")["checkId"]).Distinct();
        Assert.Single(checkIds);
    }

    [Theory]
    [InlineData("{\"verb\":{\"nested\":1}}")]
    [InlineData("{\"verb\":\"answer\",\"checkId\":[1,2],\"position\":1,\"choice\":\"1\"}")]
    [InlineData("{\"verb\":\"answer\",\"checkId\":\"0123456789abcdef0123\",\"position\":99999999999999,\"choice\":{}}")]
    public async Task CardData_OfTheWrongTypes_GetsThePoliteMessageNotAnError(string data)
    {
        await _user.SayAsync("quiz");

        var replies = await _user.SubmitAsync(JsonNode.Parse(data)!.AsObject());

        Assert.Equal("Sorry, I couldn't read that card. Type **quiz** to carry on with your check.", replies.SingleText());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    public async Task MalformedBody_IsA400AndNoTurnRuns(string body)
    {
        var response = await _host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StorageOutage_DuringAnAnswer_SaysTryAgainAndTheAnswerCanBeGivenOnceItIsBack()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        _host.Outage.Active = true;

        var during = await _user.AnswerAsync(question, choice: 1);

        _host.Outage.Active = false;
        Assert.Equal(HcsBotAdapter.StorageUnavailableReply, during.SingleText());
        Assert.Empty(await AnswersAsync());
        var after = await _user.AnswerAsync(question, choice: 1);
        Assert.StartsWith("✅ Correct", Cards.AllText(after.SingleCard()), StringComparison.Ordinal);
        Assert.Single(await AnswersAsync());
    }

    [Fact]
    public async Task Health_ReportsStorageReachability()
    {
        var client = _host.CreateClient();

        var healthy = await client.GetAsync(new Uri("/health", UriKind.Relative));
        _host.Outage.Active = true;
        var unhealthy = await client.GetAsync(new Uri("/health", UriKind.Relative));
        _host.Outage.Active = false;

        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Contains("\"storage\":{\"status\":\"Healthy\"", await healthy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
    }

    [Fact]
    public async Task Progress_AfterTheAppRestarts_IsStillThere()
    {
        var question = (await _user.SayAsync("quiz")).SingleCard();
        await _user.AnswerAsync(question, choice: 1);

        using var restarted = new BotHost(_host.TablePrefix);
        var card = (await new TeamsUser(restarted) { AadObjectId = _user.AadObjectId }.SayAsync("progress")).SingleCard();

        Assert.Equal("1 answered, 1 correct (100%) across all areas.", Cards.Texts(card)[1]);
    }

    private async Task<IReadOnlyList<AnswerRecord>> AnswersAsync()
    {
        LearnerId.TryCreate(_user.TenantId, _user.AadObjectId, out var learner);
        return await _host.Services.GetRequiredService<ILearnerStore>().GetAnswersAsync(learner!.Value, default);
    }
}
