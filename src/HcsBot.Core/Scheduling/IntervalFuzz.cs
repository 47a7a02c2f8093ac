namespace HcsBot.Core.Scheduling;

/// <summary>
/// ts-fsrs 5.4.2's interval fuzz (<c>get_fuzz_range</c> and <c>apply_fuzz</c>): spreads an interval of 3 days or
/// more over a range that widens with it, so cards learned together do not stay due together.
/// </summary>
internal static class IntervalFuzz
{
    // The range widens by 15% of the part of the interval between 2.5 and 7 days, 10% of 7 to 20 days, 5% beyond.
    private static readonly (double Start, double End, double Factor)[] Bands =
    [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.1),
        (20.0, double.PositiveInfinity, 0.05),
    ];

    public static (int Min, int Max) Range(int interval, int elapsedDays, int maximumInterval)
    {
        var delta = 1.0;
        foreach (var (start, end, factor) in Bands)
        {
            delta += factor * Math.Max(Math.Min(interval, end) - start, 0.0);
        }

        var capped = Math.Min(interval, maximumInterval);
        var min = Math.Max(2, (int)JsMath.Round(capped - delta));
        var max = Math.Min((int)JsMath.Round(capped + delta), maximumInterval);
        // Never schedule sooner than the gap the learner has already shown they can bridge.
        if (capped > elapsedDays)
        {
            min = Math.Max(min, elapsedDays + 1);
        }

        return (Math.Min(min, max), max);
    }

    /// <param name="interval">Whole days before fuzz.</param>
    /// <param name="elapsedDays">Days since the previous review.</param>
    /// <param name="maximumInterval">The longest interval allowed.</param>
    /// <param name="fuzzFactor">A uniform draw from [0, 1).</param>
    public static int Apply(int interval, int elapsedDays, int maximumInterval, double fuzzFactor)
    {
        // ts-fsrs leaves intervals under 2.5 days alone.
        if (interval < 2.5)
        {
            return interval;
        }

        var (min, max) = Range(interval, elapsedDays, maximumInterval);
        return (int)Math.Floor(fuzzFactor * (max - min + 1) + min);
    }
}
