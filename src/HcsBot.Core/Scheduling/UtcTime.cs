namespace HcsBot.Core.Scheduling;

internal static class UtcTime
{
    // FSRS counts elapsed days as UTC calendar days (as ts-fsrs does), so a local offset would shift day boundaries.
    public static void Ensure(DateTimeOffset time, string parameterName)
    {
        if (time.Offset != TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"Time {time:O} must be UTC (offset +00:00), not offset {time.Offset}.", parameterName);
        }
    }
}
