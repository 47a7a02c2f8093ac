using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

public sealed class JsMathTests
{
    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(-2.6, -3)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(5.5, 6)]
    public void Round_Value_MatchesJavaScriptMathRound(double value, double expected)
    {
        Assert.Equal(expected, JsMath.Round(value));
    }

    [Theory]
    [InlineData(2.118103966, 2.11810397)]
    [InlineData(1.234567891234, 1.23456789)]
    public void RoundTo8Decimals_Value_MatchesTsFsrsRoundTo(double value, double expected)
    {
        Assert.Equal(expected, JsMath.RoundTo8Decimals(value));
    }
}
