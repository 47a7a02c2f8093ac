using HcsBot.Core.Progress;

namespace HcsBot.Core.Tests.Progress;

public class StreakTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "2026-11-25T08:00" }, 1)]
    [InlineData(new[] { "2026-11-25T18:00", "2026-11-25T08:00", "2026-11-24T09:00", "2026-11-23T22:00" }, 3)]
    [InlineData(new[] { "2026-11-24T09:00", "2026-11-23T09:00" }, 2)]
    [InlineData(new[] { "2026-11-23T09:00", "2026-11-22T09:00" }, 0)]
    [InlineData(new[] { "2026-11-25T09:00", "2026-11-23T09:00", "2026-11-22T09:00" }, 1)]
    public async Task CountAsync_DaysInARowEndingTodayOrYesterday(string[] completions, int expected)
    {
        var times = completions.Select(c => new DateTimeOffset(DateTime.Parse(c, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero));

        Assert.Equal(expected, await Streak.CountAsync(times.ToAsyncEnumerable(), Today));
    }
}
