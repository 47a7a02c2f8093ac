namespace HcsBot.Core.Scheduling;

/// <summary>
/// The range each FSRS-6 weight may take: ts-fsrs 5.4.2's <c>CLAMP_PARAMETERS</c> with short-term scheduling on.
/// ts-fsrs silently clamps weights into these ranges; HcsBot rejects weights outside them instead, so a bad
/// configuration is seen rather than quietly changed.
/// </summary>
internal static class FsrsWeightLimits
{
    public const int Count = 21;

    private const double MaxInitialStability = 100.0;
    private const double ShortTermExponentCeiling = 2.0;
    private const int FirstShortTermExponent = 17;
    private const int SecondShortTermExponent = 18;

    private static readonly (double Min, double Max)[] Ranges =
    [
        (FsrsMemoryModel.MinStability, MaxInitialStability), // w0: initial stability after Again
        (FsrsMemoryModel.MinStability, MaxInitialStability), // w1: initial stability after Hard
        (FsrsMemoryModel.MinStability, MaxInitialStability), // w2: initial stability after Good
        (FsrsMemoryModel.MinStability, MaxInitialStability), // w3: initial stability after Easy
        (1.0, 10.0), // w4: initial difficulty after Good
        (0.001, 4.0), // w5: initial difficulty, rating multiplier
        (0.001, 4.0), // w6: difficulty change per rating
        (0.001, 0.75), // w7: difficulty mean reversion
        (0.0, 4.5), // w8: stability after success, exponent
        (0.0, 0.8), // w9: stability after success, power of stability
        (0.001, 3.5), // w10: stability after success, retrievability exponent
        (0.001, 5.0), // w11: stability after a lapse, multiplier
        (0.001, 0.25), // w12: stability after a lapse, power of difficulty
        (0.001, 0.9), // w13: stability after a lapse, power of stability
        (0.0, 4.0), // w14: stability after a lapse, retrievability exponent
        (0.0, 1.0), // w15: Hard penalty
        (1.0, 6.0), // w16: Easy bonus
        (0.0, ShortTermExponentCeiling), // w17: short-term stability exponent
        (0.0, ShortTermExponentCeiling), // w18: short-term stability offset
        (0.01, 0.8), // w19: short-term stability, power of stability (0.01, not 0, with short-term scheduling on)
        (0.1, 0.8), // w20: decay of the forgetting curve
    ];

    public static (double Min, double Max) For(int index, IReadOnlyList<double> weights, int relearningStepCount)
    {
        var range = Ranges[index];
        return index is FirstShortTermExponent or SecondShortTermExponent && relearningStepCount > 1
            ? (range.Min, ShortTermCeiling(weights, relearningStepCount))
            : range;
    }

    // From ts-fsrs's clipParameters: with several relearning steps, each short-term review multiplies stability by
    // up to e^(w17·w18), so w17·w18 is capped to keep a lapse from ending with more stability than it started with.
    private static double ShortTermCeiling(IReadOnlyList<double> weights, int relearningStepCount)
    {
        var w11 = Math.Clamp(weights[11], Ranges[11].Min, Ranges[11].Max);
        var w13 = Math.Clamp(weights[13], Ranges[13].Min, Ranges[13].Max);
        var w14 = Math.Clamp(weights[14], Ranges[14].Min, Ranges[14].Max);
        var productCeiling = -(Math.Log(w11) + Math.Log(Math.Pow(2.0, w13) - 1.0) + w14 * 0.3) / relearningStepCount;
        return Math.Clamp(JsMath.RoundTo8Decimals(Math.Sqrt(Math.Max(productCeiling, 0))), 0.01, ShortTermExponentCeiling);
    }
}
