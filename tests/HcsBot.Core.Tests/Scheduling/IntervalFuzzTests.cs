using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

public sealed class IntervalFuzzTests
{
    // Expected values from ts-fsrs 5.4.2's get_fuzz_range.
    [Theory]
    [InlineData(10, 0, 36500, 8, 12)]
    [InlineData(3, 0, 36500, 2, 4)]
    [InlineData(8, 0, 36500, 6, 10)]
    [InlineData(8, 0, 5, 3, 5)]
    [InlineData(100, 5, 36500, 93, 107)]
    [InlineData(30, 40, 36500, 27, 33)]
    public void Range_Interval_MatchesTsFsrs(int interval, int elapsedDays, int maximumInterval, int expectedMin, int expectedMax)
    {
        Assert.Equal((expectedMin, expectedMax), IntervalFuzz.Range(interval, elapsedDays, maximumInterval));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Apply_IntervalUnderTwoAndAHalfDays_LeavesItAlone(int interval)
    {
        Assert.Equal(interval, IntervalFuzz.Apply(interval, 0, 36500, 0.99));
    }

    [Theory]
    [InlineData(0.0, 8)]
    [InlineData(0.5, 10)]
    [InlineData(0.9999, 12)]
    public void Apply_FuzzFactor_PicksUniformlyAcrossRange(double factor, int expected)
    {
        Assert.Equal(expected, IntervalFuzz.Apply(10, 0, 36500, factor));
    }
}
