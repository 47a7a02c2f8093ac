namespace HcsBot.Core.Scheduling;

/// <summary>
/// FSRS-6's formulas for stability, difficulty and retrievability, written as ts-fsrs 5.4.2 (FSRSAlgorithm) writes
/// them: same operation order, and the same rounding to 8 decimals wherever ts-fsrs rounds, so that results agree.
/// </summary>
internal sealed class FsrsMemoryModel
{
    public const double MinStability = 0.001;

    // ts-fsrs caps stability here whatever the maximum interval is.
    public const double MaxStability = 36500.0;

    private const double MinDifficulty = 1.0;
    private const double MaxDifficulty = 10.0;

    // ts-fsrs floors initial stability at 0.1 days, although w0..w3 may be as low as 0.001.
    private const double MinInitialStability = 0.1;

    private readonly double[] w;
    private readonly double decay;
    private readonly double factor;

    public FsrsMemoryModel(IReadOnlyList<double> weights, double desiredRetention)
    {
        w = [.. weights];
        decay = -w[20];
        // Chosen so that R = 0.9 when elapsed days equal stability; ts-fsrs rounds it to 8 decimals.
        factor = JsMath.RoundTo8Decimals(Math.Exp(Math.Pow(decay, -1) * Math.Log(0.9)) - 1.0);
        IntervalModifier = JsMath.RoundTo8Decimals((Math.Pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    /// <summary>Interval in days per day of stability that makes recall fall to the desired retention.</summary>
    public double IntervalModifier { get; }

    /// <summary>R(t, S) = (1 + factor · t / S)^decay: the probability of recall after t days.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        JsMath.RoundTo8Decimals(Math.Pow(1 + factor * elapsedDays / stability, decay));

    /// <summary>
    /// The memory after a review with <paramref name="rating"/>, <paramref name="elapsedDays"/> UTC calendar days after
    /// the previous one. An unset memory (0, 0) gets its initial values. <paramref name="retrievability"/> lets a
    /// caller that rates the same review several ways compute it once.
    /// </summary>
    public MemoryState NextState(MemoryState memory, int elapsedDays, Rating rating, double? retrievability = null)
    {
        var (stability, difficulty) = memory;
        if (difficulty == 0 && stability == 0)
        {
            return new MemoryState(InitialStability(rating), Math.Clamp(InitialDifficulty(rating), MinDifficulty, MaxDifficulty));
        }

        var recall = retrievability ?? Retrievability(elapsedDays, stability);
        var nextStability = elapsedDays == 0
            ? ShortTermStability(stability, rating)
            : rating == Rating.Again
                ? StabilityAfterLapse(difficulty, stability, recall)
                : StabilityAfterSuccess(difficulty, stability, recall, rating);
        return new MemoryState(nextStability, NextDifficulty(difficulty, rating));
    }

    private double InitialStability(Rating rating) => Math.Max(w[(int)rating - 1], MinInitialStability);

    // Not clamped here: the mean-reversion target D0(Easy) is used unclamped, and is negative with the default weights.
    private double InitialDifficulty(Rating rating) =>
        JsMath.RoundTo8Decimals(w[4] - Math.Exp(((int)rating - 1) * w[5]) + 1);

    private double NextDifficulty(double difficulty, Rating rating)
    {
        var change = -w[6] * ((int)rating - 3);
        // Linear damping: the nearer difficulty is to 10, the less a low rating can raise it.
        var damped = JsMath.RoundTo8Decimals(change * (10 - difficulty) / 9);
        var meanReverted = JsMath.RoundTo8Decimals(w[7] * InitialDifficulty(Rating.Easy) + (1 - w[7]) * (difficulty + damped));
        return Math.Clamp(meanReverted, MinDifficulty, MaxDifficulty);
    }

    private double StabilityAfterSuccess(double difficulty, double stability, double retrievability, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? w[15] : 1;
        var easyBonus = rating == Rating.Easy ? w[16] : 1;
        var next = stability * (1 + Math.Exp(w[8]) * (11 - difficulty) * Math.Pow(stability, -w[9])
            * (Math.Exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
        return JsMath.RoundTo8Decimals(Math.Clamp(next, MinStability, MaxStability));
    }

    private double StabilityAfterLapse(double difficulty, double stability, double retrievability)
    {
        var forgotten = JsMath.RoundTo8Decimals(Math.Clamp(
            w[11] * Math.Pow(difficulty, -w[12]) * (Math.Pow(stability + 1, w[13]) - 1) * Math.Exp((1 - retrievability) * w[14]),
            MinStability,
            MaxStability));
        // Relearning steps each multiply stability by about e^(w17·w18); ts-fsrs divides that back out so a lapse
        // cannot leave the card more stable than before, and takes the lower of the two.
        var beforeRelearning = JsMath.RoundTo8Decimals(stability / Math.Exp(w[17] * w[18]));
        return Math.Min(Math.Max(beforeRelearning, MinStability), forgotten);
    }

    // A second review on the same UTC day, where the forgetting curve says little.
    private double ShortTermStability(double stability, Rating rating)
    {
        var increase = Math.Pow(stability, -w[19]) * Math.Exp(w[17] * ((int)rating - 3 + w[18]));
        // Only Again may lower stability on the same day.
        var bounded = rating >= Rating.Hard ? Math.Max(increase, 1.0) : increase;
        return JsMath.RoundTo8Decimals(Math.Clamp(stability * bounded, MinStability, MaxStability));
    }
}
