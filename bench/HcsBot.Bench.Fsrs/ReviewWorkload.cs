using HcsBot.Core.Scheduling;

namespace HcsBot.Bench.Fsrs;

/// <summary>
/// 100,000 reviews (2,000 cards, 50 each) drawn from a fixed seed; tools/fsrs-reference/bench.mjs draws the same
/// ones in the same order. Change both together.
/// </summary>
internal sealed class ReviewWorkload
{
    public const int Cards = 2_000;
    public const int ReviewsPerCard = 50;
    public const int Reviews = Cards * ReviewsPerCard;

    private const uint Seed = 424_242;
    private const long DayMilliseconds = 86_400_000;
    private static readonly DateTimeOffset FirstStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly DateTimeOffset[] starts = new DateTimeOffset[Cards];
    private readonly Rating[] ratings = new Rating[Reviews];
    private readonly double[] gapKinds = new double[Reviews];
    private readonly double[] gapAmounts = new double[Reviews];

    public ReviewWorkload()
    {
        var random = new Mulberry32(Seed);
        for (var card = 0; card < Cards; card++)
        {
            var day = (long)Math.Floor(random.Next() * 365);
            var millisecond = (long)Math.Floor(random.Next() * DayMilliseconds);
            starts[card] = FirstStart.AddMilliseconds(day * DayMilliseconds + millisecond);
            for (var review = card * ReviewsPerCard; review < (card + 1) * ReviewsPerCard; review++)
            {
                var roll = random.Next();
                ratings[review] = roll < 0.15 ? Rating.Again : roll < 0.30 ? Rating.Hard : roll < 0.85 ? Rating.Good : Rating.Easy;
                gapKinds[review] = random.Next();
                gapAmounts[review] = random.Next();
            }
        }
    }

    /// <summary>Replays every review; the checksum shows both implementations scheduled the same cards.</summary>
    public string Replay(FsrsScheduler scheduler)
    {
        long scheduledDays = 0;
        var finalStability = 0.0;
        for (var cardIndex = 0; cardIndex < Cards; cardIndex++)
        {
            var time = starts[cardIndex];
            var card = SchedulingCard.CreateNew(time);
            for (var review = cardIndex * ReviewsPerCard; review < (cardIndex + 1) * ReviewsPerCard; review++)
            {
                if (review > cardIndex * ReviewsPerCard)
                {
                    time = NextReviewTime(gapKinds[review], gapAmounts[review], time, card.Due);
                }

                card = scheduler.Review(card, ratings[review], time).Card;
                scheduledDays += card.ScheduledDays;
            }

            finalStability += card.Stability;
        }

        return FormattableString.Invariant($"{scheduledDays}/{finalStability:F6}");
    }

    // 30% a few minutes later, 60% when due (up to 12 hours late), 10% after a break of one to ten months.
    private static DateTimeOffset NextReviewTime(double kind, double amount, DateTimeOffset previous, DateTimeOffset due) => kind switch
    {
        < 0.3 => previous + TimeSpan.FromMinutes(1 + (long)Math.Floor(amount * 120)),
        < 0.9 => (due > previous ? due : previous) + TimeSpan.FromMinutes((long)Math.Floor(amount * 720)),
        _ => previous + TimeSpan.FromDays(30 + (long)Math.Floor(amount * 300)),
    };
}
