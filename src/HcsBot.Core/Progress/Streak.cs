namespace HcsBot.Core.Progress;

public static class Streak
{
    /// <summary>
    /// Days in a row, ending today or yesterday, with at least one completed check. Yesterday counts so a
    /// streak is not shown as broken in the morning before today's check. Reads completions newest first and
    /// stops at the first gap, so a long history costs only what the streak needs.
    /// </summary>
    public static async Task<int> CountAsync(IAsyncEnumerable<DateTimeOffset> completionsNewestFirst, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(completionsNewestFirst);
        var streak = 0;
        DateOnly? expected = null;
        await foreach (var completedAt in completionsNewestFirst)
        {
            var day = DateOnly.FromDateTime(completedAt.UtcDateTime);
            if (expected is null)
            {
                if (day < today.AddDays(-1))
                {
                    return 0;
                }

                streak = 1;
                expected = day.AddDays(-1);
            }
            else if (day == expected)
            {
                streak++;
                expected = day.AddDays(-1);
            }
            else if (day < expected)
            {
                break;
            }
        }

        return streak;
    }
}
