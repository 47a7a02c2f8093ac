using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

/// <summary>Replays every ts-fsrs 5.4.2 history in fsrs-vectors.json and compares each review's result.</summary>
public sealed class FsrsGoldenVectorTests
{
    private const double RelativeTolerance = 1e-6;

    public static TheoryData<string, int> Histories()
    {
        var data = new TheoryData<string, int>();
        foreach (var suite in GoldenVectors.Suites)
        {
            for (var index = 0; index < suite.Histories.Count; index++)
            {
                data.Add(suite.Name, index);
            }
        }

        return data;
    }

    [Fact]
    public void GoldenVectors_File_HoldsAtLeastAThousandHistories()
    {
        Assert.True(GoldenVectors.Suites.Sum(suite => suite.Histories.Count) >= 1000);
        Assert.Contains(GoldenVectors.Suites, suite => suite.Name == "defaults");
    }

    [Theory]
    [MemberData(nameof(Histories))]
    public void Review_TsFsrsHistory_MatchesEveryStep(string suiteName, int historyIndex)
    {
        var suite = GoldenVectors.Suites.Single(candidate => candidate.Name == suiteName);
        var history = suite.Histories[historyIndex];
        var scheduler = new FsrsScheduler(suite.Parameters);
        var card = SchedulingCard.CreateNew(history.Start);

        for (var stepIndex = 0; stepIndex < history.Steps.Count; stepIndex++)
        {
            var expected = history.Steps[stepIndex];
            card = scheduler.Review(card, expected.Rating, expected.ReviewTime).Card;
            var where = $"{suiteName} history {historyIndex} step {stepIndex} ({expected.Rating} at {expected.ReviewTime:O})";
            AssertClose(expected.Stability, card.Stability, $"stability, {where}");
            AssertClose(expected.Difficulty, card.Difficulty, $"difficulty, {where}");
            Assert.True(expected.State == card.State, $"state {card.State}, expected {expected.State}, {where}");
            Assert.True(expected.Due == card.Due, $"due {card.Due:O}, expected {expected.Due:O}, {where}");
            Assert.True(expected.ScheduledDays == card.ScheduledDays, $"scheduled days {card.ScheduledDays}, expected {expected.ScheduledDays}, {where}");
            Assert.True(expected.ElapsedDays == card.ElapsedDays, $"elapsed days {card.ElapsedDays}, expected {expected.ElapsedDays}, {where}");
            Assert.True(expected.Reps == card.Reps, $"reps {card.Reps}, expected {expected.Reps}, {where}");
            Assert.True(expected.Lapses == card.Lapses, $"lapses {card.Lapses}, expected {expected.Lapses}, {where}");
            Assert.True(expected.LearningStep == card.LearningStep, $"learning step {card.LearningStep}, expected {expected.LearningStep}, {where}");
        }
    }

    private static void AssertClose(double expected, double actual, string what)
    {
        var error = Math.Abs(actual - expected);
        Assert.True(error <= RelativeTolerance * Math.Abs(expected), $"{what}: {actual:R}, expected {expected:R}");
    }
}
