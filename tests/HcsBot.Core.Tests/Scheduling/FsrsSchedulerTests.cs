using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

public sealed class FsrsSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FsrsScheduler scheduler = new(FsrsParameters.Default);

    [Fact]
    public void Review_NonUtcTime_ThrowsSayingUtcIsRequired()
    {
        var card = SchedulingCard.CreateNew(Now);
        var local = new DateTimeOffset(2025, 3, 1, 13, 0, 0, TimeSpan.FromHours(1));

        var error = Assert.Throws<ArgumentException>(() => scheduler.Review(card, Rating.Good, local));

        Assert.Contains("must be UTC", error.Message, StringComparison.Ordinal);
        Assert.Equal("now", error.ParamName);
    }

    [Fact]
    public void Review_CardWithNonUtcLastReview_ThrowsSayingUtcIsRequired()
    {
        var card = ReviewCard(stability: 5, difficulty: 5, lastReview: Now.AddDays(-5)) with
        {
            LastReview = new DateTimeOffset(2025, 2, 24, 13, 0, 0, TimeSpan.FromHours(1)),
        };

        var error = Assert.Throws<ArgumentException>(() => scheduler.Review(card, Rating.Good, Now));

        Assert.Contains("must be UTC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateNew_NonUtcTime_ThrowsSayingUtcIsRequired()
    {
        var error = Assert.Throws<ArgumentException>(() => SchedulingCard.CreateNew(Now.ToOffset(TimeSpan.FromHours(-5))));

        Assert.Contains("must be UTC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrievability_NonUtcTime_ThrowsSayingUtcIsRequired()
    {
        var card = ReviewCard(stability: 5, difficulty: 5, lastReview: Now.AddDays(-5));

        var error = Assert.Throws<ArgumentException>(() => scheduler.Retrievability(card, Now.ToOffset(TimeSpan.FromHours(2))));

        Assert.Contains("must be UTC", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Rating.Again)]
    [InlineData(Rating.Hard)]
    [InlineData(Rating.Good)]
    [InlineData(Rating.Easy)]
    public void Review_AnyRating_LeavesInputCardUnchanged(Rating rating)
    {
        var card = ReviewCard(stability: 12.5, difficulty: 6.2, lastReview: Now.AddDays(-14));
        var copy = card with { };

        var result = scheduler.Review(card, rating, Now);

        Assert.Equal(copy, card);
        Assert.NotSame(card, result.Card);
    }

    [Fact]
    public void Review_NewCardRatedGood_MovesToSecondLearningStepInTenMinutes()
    {
        var result = scheduler.Review(SchedulingCard.CreateNew(Now), Rating.Good, Now);

        // ts-fsrs 5.4.2 gives the same card for this review.
        Assert.Equal(CardState.Learning, result.Card.State);
        Assert.Equal(1, result.Card.LearningStep);
        Assert.Equal(Now.AddMinutes(10), result.Card.Due);
        Assert.Equal(2.3065, result.Card.Stability);
        Assert.Equal(2.11810397, result.Card.Difficulty);
        Assert.Equal(new ReviewLogEntry(Rating.Good, CardState.New, CardState.Learning, Now, 0, 0, 2.3065, 2.11810397), result.Log);
    }

    [Fact]
    public void Review_ReviewCardForgotten_EntersRelearningAndCountsLapse()
    {
        var card = ReviewCard(stability: 100, difficulty: 5, lastReview: Now.AddDays(-100));

        var result = scheduler.Review(card, Rating.Again, Now);

        // ts-fsrs 5.4.2 gives the same card for this review.
        Assert.Equal(CardState.Relearning, result.Card.State);
        Assert.Equal(Now.AddMinutes(10), result.Card.Due);
        Assert.Equal(card.Lapses + 1, result.Card.Lapses);
        Assert.Equal(3.74728743, result.Card.Stability);
        Assert.Equal(8.34176237, result.Card.Difficulty);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(30)]
    [InlineData(365)]
    [InlineData(36500)]
    public void Retrievability_ElapsedDaysEqualStability_IsNinetyPercent(int days)
    {
        var card = ReviewCard(stability: days, difficulty: 5, lastReview: Now.AddDays(-days));

        Assert.Equal(0.9, scheduler.Retrievability(card, Now));
    }

    [Fact]
    public void Retrievability_NewCard_IsZero()
    {
        Assert.Equal(0, scheduler.Retrievability(SchedulingCard.CreateNew(Now), Now));
    }

    [Fact]
    public void Retrievability_LongerSinceReview_IsLower()
    {
        var card = ReviewCard(stability: 10, difficulty: 5, lastReview: Now.AddDays(-20));

        Assert.True(scheduler.Retrievability(card, Now) < scheduler.Retrievability(card, Now.AddDays(-10)));
    }

    [Fact]
    public void Review_FuzzOff_GivesTheSameIntervalEveryTime()
    {
        var card = ReviewCard(stability: 40, difficulty: 5, lastReview: Now.AddDays(-40));
        var another = new FsrsScheduler(FsrsParameters.Default, new Random(7));

        var intervals = Enumerable.Range(0, 20)
            .Select(_ => scheduler.Review(card, Rating.Good, Now).Card.ScheduledDays)
            .Append(another.Review(card, Rating.Good, Now).Card.ScheduledDays)
            .Distinct();

        Assert.Single(intervals);
    }

    [Fact]
    public void Review_FuzzOnWithSeededSource_StaysWithinTsFsrsFuzzRange()
    {
        // Easy on a new card gives stability 8.2956, so 8 days unfuzzed; ts-fsrs's get_fuzz_range(8, 0) is 6 to 10.
        var fuzzed = new FsrsScheduler(new FsrsParameters(enableFuzz: true), new Random(20250601));
        var card = SchedulingCard.CreateNew(Now);

        var intervals = Enumerable.Range(0, 500).Select(_ => fuzzed.Review(card, Rating.Easy, Now).Card.ScheduledDays).ToList();

        Assert.All(intervals, interval => Assert.InRange(interval, 6, 10));
        Assert.Equal([6, 7, 8, 9, 10], intervals.Distinct().Order());
        Assert.Equal(8, scheduler.Review(card, Rating.Easy, Now).Card.ScheduledDays);
    }

    [Fact]
    public void Review_FuzzOnWithSameSeed_IsReproducible()
    {
        var card = ReviewCard(stability: 40, difficulty: 5, lastReview: Now.AddDays(-40));

        List<int> Intervals()
        {
            var fuzzed = new FsrsScheduler(new FsrsParameters(enableFuzz: true), new Random(99));
            return [.. Enumerable.Range(0, 50).Select(_ => fuzzed.Review(card, Rating.Good, Now).Card.ScheduledDays)];
        }

        Assert.Equal(Intervals(), Intervals());
    }

    [Fact]
    public void Constructor_FuzzOnWithoutRandomSource_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new FsrsScheduler(new FsrsParameters(enableFuzz: true)));

        Assert.Equal("fuzzRandom", error.ParamName);
    }

    [Fact]
    public void Review_NewCardEasyBeyondMaximumInterval_IsCappedAtMaximum()
    {
        var capped = new FsrsScheduler(new FsrsParameters(maximumIntervalDays: 5));

        var result = capped.Review(SchedulingCard.CreateNew(Now), Rating.Easy, Now);

        Assert.Equal(5, result.Card.ScheduledDays);
        Assert.Equal(Now.AddDays(5), result.Card.Due);
    }

    [Fact]
    public void Review_ReviewCardBeyondMaximumInterval_HardCappedWhileGoodAndEasyStayADayApartAsTsFsrs()
    {
        // ts-fsrs caps each interval, then forces Hard < Good < Easy, so Good and Easy land 1 and 2 days past the cap.
        var capped = new FsrsScheduler(new FsrsParameters(maximumIntervalDays: 30));
        var card = ReviewCard(stability: 100, difficulty: 5, lastReview: Now.AddDays(-100));

        Assert.Equal(30, capped.Review(card, Rating.Hard, Now).Card.ScheduledDays);
        Assert.Equal(31, capped.Review(card, Rating.Good, Now).Card.ScheduledDays);
        Assert.Equal(32, capped.Review(card, Rating.Easy, Now).Card.ScheduledDays);
    }

    [Fact]
    public void Review_TimeOnEarlierDayThanLastReview_Throws()
    {
        var card = ReviewCard(stability: 5, difficulty: 5, lastReview: Now);

        var error = Assert.Throws<ArgumentException>(() => scheduler.Review(card, Rating.Good, Now.AddDays(-1)));

        Assert.Contains("earlier UTC day", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_CardWithImpossibleMemory_Throws()
    {
        var card = ReviewCard(stability: 5, difficulty: 0.5, lastReview: Now.AddDays(-5));

        var error = Assert.Throws<ArgumentException>(() => scheduler.Review(card, Rating.Good, Now));

        Assert.Contains("difficulty must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_UndefinedRating_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.Review(SchedulingCard.CreateNew(Now), (Rating)0, Now));
    }

    private static SchedulingCard ReviewCard(double stability, double difficulty, DateTimeOffset lastReview) =>
        new(
            Due: lastReview.AddDays(Math.Round(stability)),
            Stability: stability,
            Difficulty: difficulty,
            ElapsedDays: 3,
            ScheduledDays: (int)Math.Round(stability),
            LearningStep: 0,
            Reps: 5,
            Lapses: 1,
            State: CardState.Review,
            LastReview: lastReview);
}
