namespace HcsBot.Core.Scheduling;

/// <summary>
/// The FSRS-6 scheduler: ts-fsrs 5.4.2's <c>fsrs()</c> with short-term scheduling on, reproduced exactly (golden
/// vectors in the tests hold it to that). Pure: it reads no clock and never changes the card it is given.
/// Thread-safe.
/// </summary>
public sealed class FsrsScheduler
{
    private const int MinutesPerDay = 1440;

    private readonly FsrsParameters parameters;
    private readonly FsrsMemoryModel model;
    private readonly LearningSteps steps;
    private readonly Random? fuzzRandom;
    private readonly Lock fuzzRandomLock = new();

    /// <param name="parameters">Validated FSRS settings.</param>
    /// <param name="fuzzRandom">
    /// The seeded source of interval fuzz; required when <see cref="FsrsParameters.EnableFuzz"/> is on, ignored otherwise.
    /// </param>
    public FsrsScheduler(FsrsParameters parameters, Random? fuzzRandom = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.EnableFuzz && fuzzRandom is null)
        {
            throw new ArgumentException("Fuzz is enabled, so a seeded random source is required.", nameof(fuzzRandom));
        }

        this.parameters = parameters;
        model = new FsrsMemoryModel(parameters.Weights, parameters.DesiredRetention);
        steps = new LearningSteps(parameters.LearningSteps, parameters.RelearningSteps);
        this.fuzzRandom = parameters.EnableFuzz ? fuzzRandom : null;
    }

    public FsrsParameters Parameters => parameters;

    /// <summary>Reviews <paramref name="card"/> at <paramref name="now"/> (UTC) and returns its new state and a log entry.</summary>
    public ReviewResult Review(SchedulingCard card, Rating rating, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Enum.IsDefined(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be Again, Hard, Good or Easy.");
        }

        UtcTime.Ensure(now, nameof(now));
        var memory = ValidatedMemory(card);
        // ts-fsrs seeds its fuzz once per review, so Hard, Good and Easy intervals share one draw; so do we.
        var review = new ReviewInProgress(card, rating, now, ElapsedCalendarDays(card, now), NextFuzzFactor());
        var reviewed = card with { ElapsedDays = review.ElapsedDays, Reps = card.Reps + 1, LastReview = now };
        var next = card.State == CardState.Review
            ? AfterReview(review, reviewed, memory)
            : AfterLearningStep(
                review,
                reviewed,
                model.NextState(memory, review.ElapsedDays, rating),
                stepState: card.State == CardState.New ? CardState.Learning : card.State);

        var log = new ReviewLogEntry(
            rating, card.State, next.State, now, review.ElapsedDays, next.ScheduledDays, next.Stability, next.Difficulty);
        return new ReviewResult(next, log);
    }

    /// <summary>
    /// The probability that the learner recalls <paramref name="card"/> at <paramref name="now"/> (UTC); 0 for a new card.
    /// </summary>
    public double Retrievability(SchedulingCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        UtcTime.Ensure(now, nameof(now));
        if (card.State == CardState.New)
        {
            return 0;
        }

        if (card.LastReview is not { } lastReview)
        {
            throw new ArgumentException($"A card in state {card.State} must have a last review time.", nameof(card));
        }

        UtcTime.Ensure(lastReview, nameof(card));
        // Unlike scheduling, ts-fsrs's get_retrievability counts whole 24-hour periods, not calendar days, and
        // rounds stability to 8 decimals first.
        var elapsedDays = Math.Max(0, (now - lastReview).Ticks / TimeSpan.TicksPerDay);
        return model.Retrievability(elapsedDays, JsMath.RoundTo8Decimals(card.Stability));
    }

    private static MemoryState ValidatedMemory(SchedulingCard card)
    {
        if (!Enum.IsDefined(card.State))
        {
            throw new ArgumentException($"Card state {card.State} is unknown.", nameof(card));
        }

        UtcTime.Ensure(card.Due, nameof(card));
        if (card.LastReview is { } lastReview)
        {
            UtcTime.Ensure(lastReview, nameof(card));
        }

        if (card.LearningStep < 0)
        {
            throw new ArgumentException($"Learning step {card.LearningStep} of the card must not be negative.", nameof(card));
        }

        var memory = new MemoryState(card.Stability, card.Difficulty);
        // (0, 0) is the unset memory of a card never reviewed; anything else must be a memory FSRS could produce.
        var unset = memory is { Stability: 0, Difficulty: 0 };
        if (!unset && !(memory.Difficulty >= 1 && memory.Stability >= FsrsMemoryModel.MinStability))
        {
            throw new ArgumentException(
                $"The card's memory (stability {memory.Stability}, difficulty {memory.Difficulty}) is invalid: "
                + $"difficulty must be at least 1 and stability at least {FsrsMemoryModel.MinStability}.",
                nameof(card));
        }

        return memory;
    }

    // ts-fsrs counts UTC calendar days (a review at 23:50 and the next at 00:10 are a day apart) and 0 for a new card.
    private static int ElapsedCalendarDays(SchedulingCard card, DateTimeOffset now)
    {
        if (card.State == CardState.New || card.LastReview is not { } lastReview)
        {
            return 0;
        }

        var days = (now.UtcDateTime.Date - lastReview.UtcDateTime.Date).Days;
        if (days < 0)
        {
            throw new ArgumentException(
                $"Review time {now:O} is on an earlier UTC day than the card's last review {lastReview:O}.", nameof(now));
        }

        return days;
    }

    private SchedulingCard AfterLearningStep(ReviewInProgress review, SchedulingCard reviewed, MemoryState memory, CardState stepState)
    {
        var card = reviewed with { Stability = memory.Stability, Difficulty = memory.Difficulty };
        var step = steps.Next(review.Before.State, review.Before.LearningStep, review.Rating);
        if (step.Minutes is > 0 and < MinutesPerDay)
        {
            return card with
            {
                State = stepState,
                LearningStep = step.NextStep,
                ScheduledDays = 0,
                Due = review.Now + TimeSpan.FromMinutes(step.Minutes),
            };
        }

        if (step.Minutes >= MinutesPerDay)
        {
            // ts-fsrs puts a card whose step lasts a day or more in Review (even after a lapse) but keeps its step index.
            return card with
            {
                State = CardState.Review,
                LearningStep = step.NextStep,
                ScheduledDays = step.Minutes / MinutesPerDay,
                Due = review.Now + TimeSpan.FromMinutes(step.Minutes),
            };
        }

        var interval = NextInterval(card.Stability, review);
        return card with
        {
            State = CardState.Review,
            LearningStep = 0,
            ScheduledDays = interval,
            Due = review.Now + TimeSpan.FromDays(interval),
        };
    }

    private SchedulingCard AfterReview(ReviewInProgress review, SchedulingCard reviewed, MemoryState memory)
    {
        var retrievability = model.Retrievability(review.ElapsedDays, memory.Stability);
        var next = model.NextState(memory, review.ElapsedDays, review.Rating, retrievability);
        if (review.Rating == Rating.Again)
        {
            var relearning = AfterLearningStep(review, reviewed, next, CardState.Relearning);
            return relearning with { Lapses = relearning.Lapses + 1 };
        }

        double StabilityAfter(Rating rating) => rating == review.Rating
            ? next.Stability
            : model.NextState(memory, review.ElapsedDays, rating, retrievability).Stability;

        var hardInterval = NextInterval(StabilityAfter(Rating.Hard), review);
        var goodInterval = NextInterval(StabilityAfter(Rating.Good), review);
        // ts-fsrs keeps Hard < Good < Easy, a day apart at least, even where that pushes Good and Easy a day or two
        // past the maximum interval.
        hardInterval = Math.Min(hardInterval, goodInterval);
        goodInterval = Math.Max(goodInterval, hardInterval + 1);
        var interval = review.Rating switch
        {
            Rating.Hard => hardInterval,
            Rating.Good => goodInterval,
            _ => Math.Max(NextInterval(next.Stability, review), goodInterval + 1),
        };

        return reviewed with
        {
            Stability = next.Stability,
            Difficulty = next.Difficulty,
            State = CardState.Review,
            LearningStep = 0,
            ScheduledDays = interval,
            Due = review.Now + TimeSpan.FromDays(interval),
        };
    }

    private int NextInterval(double stability, ReviewInProgress review)
    {
        var interval = (int)Math.Min(Math.Max(1, JsMath.Round(stability * model.IntervalModifier)), parameters.MaximumIntervalDays);
        return review.FuzzFactor is { } factor
            ? IntervalFuzz.Apply(interval, review.ElapsedDays, parameters.MaximumIntervalDays, factor)
            : interval;
    }

    private double? NextFuzzFactor()
    {
        if (fuzzRandom is null)
        {
            return null;
        }

        lock (fuzzRandomLock)
        {
            return fuzzRandom.NextDouble();
        }
    }

    /// <summary>The facts of one review, fixed before any scheduling.</summary>
    /// <param name="Before">The card as it was.</param>
    /// <param name="Rating">The rating given.</param>
    /// <param name="Now">The review time (UTC).</param>
    /// <param name="ElapsedDays">UTC calendar days since the card's last review.</param>
    /// <param name="FuzzFactor">This review's fuzz draw; null when fuzz is off.</param>
    private readonly record struct ReviewInProgress(
        SchedulingCard Before, Rating Rating, DateTimeOffset Now, int ElapsedDays, double? FuzzFactor);
}
