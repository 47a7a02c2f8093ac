namespace HcsBot.Core.Scheduling;

/// <summary>JavaScript's rounding, so that results match ts-fsrs (the reference implementation) bit for bit.</summary>
internal static class JsMath
{
    /// <summary>
    /// <c>Math.round</c>: halves go towards +infinity (-2.5 gives -2), which no <see cref="MidpointRounding"/> mode does.
    /// </summary>
    public static double Round(double value)
    {
        var floor = Math.Floor(value);
        return value - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary>ts-fsrs's <c>roundTo(value, 8)</c>, applied to stability, difficulty and retrievability.</summary>
    public static double RoundTo8Decimals(double value) => Round(value * 1e8) / 1e8;
}
