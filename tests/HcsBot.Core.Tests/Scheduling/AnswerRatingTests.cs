using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

public sealed class AnswerRatingTests
{
    [Theory]
    [InlineData(false, null, Rating.Again)]
    [InlineData(false, Confidence.Guessing, Rating.Again)]
    [InlineData(false, Confidence.FairlySure, Rating.Again)]
    [InlineData(false, Confidence.Certain, Rating.Again)]
    [InlineData(true, Confidence.Guessing, Rating.Hard)]
    [InlineData(true, null, Rating.Good)]
    [InlineData(true, Confidence.FairlySure, Rating.Good)]
    [InlineData(true, Confidence.Certain, Rating.Easy)]
    public void From_AnswerAndConfidence_GivesTableRating(bool correct, Confidence? confidence, Rating expected)
    {
        Assert.Equal(expected, AnswerRating.From(correct, confidence));
    }

    [Theory]
    [InlineData(false, Confidence.Certain, true)]
    [InlineData(false, Confidence.FairlySure, false)]
    [InlineData(false, Confidence.Guessing, false)]
    [InlineData(false, null, false)]
    [InlineData(true, Confidence.Certain, false)]
    [InlineData(true, null, false)]
    public void IsConfidentError_AnswerAndConfidence_TrueOnlyWhenWrongAndCertain(bool correct, Confidence? confidence, bool expected)
    {
        Assert.Equal(expected, AnswerRating.IsConfidentError(correct, confidence));
    }

    [Fact]
    public void From_UndefinedConfidence_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerRating.From(true, (Confidence)7));
    }
}
