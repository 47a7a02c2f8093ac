namespace HcsBot.Web.Tests;

/// <summary>A learner who has had today's new questions and has nothing due.</summary>
public sealed class CaughtUpTests : IDisposable
{
    private readonly BotHost _host = new(settings: new Dictionary<string, string> { ["Scheduling:DailyNewLimit"] = "5" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Quiz_AfterTodaysNewQuestions_SaysCaughtUpWithTheNextReviewAndOffersPracticeThatWorks()
    {
        var user = new TeamsUser(_host);
        await AnswerAFullCheckRightAsync(user);

        var caughtUp = (await user.SayAsync("quiz")).SingleCard();

        Assert.Equal("You're all caught up", Cards.Texts(caughtUp)[0]);
        Assert.Matches("Your next review is due (tomorrow|on .+|today at .+)\\.$", Cards.Texts(caughtUp)[1]);
        var practice = (await user.SubmitAsync(Cards.SubmitData(caughtUp, "Extra practice"))).SingleCard();
        Assert.EndsWith(" · practice", Cards.Texts(practice)[0], StringComparison.Ordinal);
        var feedback = (await user.AnswerAsync(practice, choice: 1)).SingleCard();
        Assert.StartsWith("✅ Correct", Cards.AllText(feedback), StringComparison.Ordinal);
    }

    private static async Task AnswerAFullCheckRightAsync(TeamsUser user)
    {
        var question = (await user.SayAsync("quiz")).SingleCard();
        for (var n = 1; n <= 5; n++)
        {
            var replies = await user.AnswerAsync(question, choice: 1);
            if (n < 5)
            {
                question = (await user.SubmitAsync(Cards.SubmitData(replies.SingleCard(), "Next question"))).SingleCard();
            }
        }
    }
}
