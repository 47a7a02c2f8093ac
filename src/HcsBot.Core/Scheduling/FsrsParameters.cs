using System.Globalization;

namespace HcsBot.Core.Scheduling;

/// <summary>
/// Validated settings of the FSRS-6 scheduler. The defaults are ts-fsrs 5.4.2's. Immutable; the constructor
/// rejects anything out of range with an <see cref="ArgumentException"/> that names the offending item.
/// </summary>
public sealed class FsrsParameters
{
    public const double DefaultDesiredRetention = 0.90;
    public const double MinDesiredRetention = 0.70;
    public const double MaxDesiredRetention = 0.97;
    public const int DefaultMaximumIntervalDays = 36500;

    /// <summary>Stability is capped at 36,500 days, so longer intervals could never be reached.</summary>
    public const int MaxMaximumIntervalDays = 36500;

    /// <summary>ts-fsrs 5.4.2's <c>default_w</c>: FSRS-6's 21 weights fitted on a large review dataset.</summary>
    public static IReadOnlyList<double> DefaultWeights { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    public static IReadOnlyList<TimeSpan> DefaultLearningSteps { get; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    public static IReadOnlyList<TimeSpan> DefaultRelearningSteps { get; } = [TimeSpan.FromMinutes(10)];

    public static FsrsParameters Default { get; } = new();

    public FsrsParameters(
        IReadOnlyList<double>? weights = null,
        double desiredRetention = DefaultDesiredRetention,
        int maximumIntervalDays = DefaultMaximumIntervalDays,
        IReadOnlyList<TimeSpan>? learningSteps = null,
        IReadOnlyList<TimeSpan>? relearningSteps = null,
        bool enableFuzz = false)
    {
        LearningSteps = ValidateSteps(learningSteps ?? DefaultLearningSteps, "learning step", nameof(learningSteps));
        RelearningSteps = ValidateSteps(relearningSteps ?? DefaultRelearningSteps, "relearning step", nameof(relearningSteps));
        Weights = ValidateWeights(weights ?? DefaultWeights, RelearningSteps.Count);
        DesiredRetention = ValidateDesiredRetention(desiredRetention);
        MaximumIntervalDays = ValidateMaximumInterval(maximumIntervalDays);
        EnableFuzz = enableFuzz;
    }

    public IReadOnlyList<double> Weights { get; }

    /// <summary>The recall probability at which a card falls due.</summary>
    public double DesiredRetention { get; }

    public int MaximumIntervalDays { get; }

    /// <summary>Short steps for a new card before FSRS schedules it in days; whole minutes.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; }

    /// <summary>Short steps for a forgotten card before FSRS schedules it in days again; whole minutes.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; }

    /// <summary>Spread intervals randomly (within ts-fsrs's fuzz range) so cards learned together do not stay bunched.</summary>
    public bool EnableFuzz { get; }

    private static IReadOnlyList<double> ValidateWeights(IReadOnlyList<double> weights, int relearningStepCount)
    {
        if (weights.Count != FsrsWeightLimits.Count)
        {
            throw new ArgumentException(
                $"FSRS-6 needs {FsrsWeightLimits.Count} weights, but {weights.Count} were given.", nameof(weights));
        }

        for (var index = 0; index < weights.Count; index++)
        {
            var (min, max) = FsrsWeightLimits.For(index, weights, relearningStepCount);
            var weight = weights[index];
            // Written so that NaN fails too.
            if (!(weight >= min && weight <= max))
            {
                throw new ArgumentException(
                    $"weight w[{index}] = {Format(weight)} is outside {Format(min)} to {Format(max)}.", nameof(weights));
            }
        }

        return [.. weights];
    }

    private static double ValidateDesiredRetention(double desiredRetention)
    {
        if (!(desiredRetention >= MinDesiredRetention && desiredRetention <= MaxDesiredRetention))
        {
            throw new ArgumentException(
                $"desired retention {Format(desiredRetention)} is outside {MinDesiredRetention:0.00} to {MaxDesiredRetention:0.00}.",
                nameof(desiredRetention));
        }

        return desiredRetention;
    }

    private static int ValidateMaximumInterval(int maximumIntervalDays)
    {
        if (maximumIntervalDays is < 1 or > MaxMaximumIntervalDays)
        {
            throw new ArgumentException(
                $"maximum interval {maximumIntervalDays} days is outside 1 to {MaxMaximumIntervalDays} days.",
                nameof(maximumIntervalDays));
        }

        return maximumIntervalDays;
    }

    // ts-fsrs writes steps as whole minutes ("10m", "1h", "1d") and schedules them in minutes.
    private static IReadOnlyList<TimeSpan> ValidateSteps(IReadOnlyList<TimeSpan> steps, string itemName, string parameterName)
    {
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            if (step <= TimeSpan.Zero || step.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                throw new ArgumentException(
                    $"{itemName} {index + 1} ({step}) must be a positive whole number of minutes.", parameterName);
            }
        }

        return [.. steps];
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
