using HcsBot.Core.Pausing;

namespace HcsBot.Core.Tests.Pausing;

public class PauseRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("pause 2 weeks", "2026-12-09T09:00:00+00:00")]
    [InlineData("Pause 1 week", "2026-12-02T09:00:00+00:00")]
    [InlineData("pause 10 days", "2026-12-05T09:00:00+00:00")]
    [InlineData("pause for 3 days", "2026-11-28T09:00:00+00:00")]
    [InlineData("pause 1 month", "2026-12-25T09:00:00+00:00")]
    [InlineData("pause until 2026-12-31", "2026-12-31T00:00:00+00:00")]
    [InlineData("pause until 31/12/2026", "2026-12-31T00:00:00+00:00")]
    [InlineData("pause 6 months", "2027-05-25T09:00:00+00:00")]
    public void Parse_WhatPeopleType_GivesTheEnd(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PauseRequest.Parse(text, Now, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("pause", "I didn't understand how long to pause for.")]
    [InlineData("pause for a bit", "I didn't understand how long to pause for.")]
    [InlineData("pause until christmas", "I didn't understand how long to pause for.")]
    [InlineData("pause until 2026-02-30", "I didn't understand how long to pause for.")]
    [InlineData("pause until 2026-11-01", "That date has already passed.")]
    [InlineData("pause 0 days", "That date has already passed.")]
    [InlineData("pause 1 year", "I didn't understand how long to pause for.")]
    [InlineData("pause 7 months", "The longest pause is 6 months.")]
    public void Parse_SomethingElse_SaysWhatWasWrongAndGivesExamples(string text, string start)
    {
        Assert.Null(PauseRequest.Parse(text, Now, out var problem));
        Assert.StartsWith(start, problem, StringComparison.Ordinal);
        Assert.EndsWith(PauseRequest.Examples, problem, StringComparison.Ordinal);
    }
}
