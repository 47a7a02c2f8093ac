using HcsBot.Core.Checks;
using HcsBot.Core.Learners;
using HcsBot.Core.Pausing;
using HcsBot.Core.Quiz;
using HcsBot.Core.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace HcsBot.Core.Tests.Support;

/// <summary>The quiz as the app composes it, on an in-memory store, a fake clock and a seeded random source.</summary>
internal sealed class QuizHarness
{
    public QuizHarness(int checkSize = 3, int dailyNewLimit = 10, int seed = 11)
    {
        var scheduler = new FsrsScheduler(FsrsParameters.Default);
        Pauses = new PauseService(Store, Time);
        Quiz = new QuizService(
            Store, TestBanks.Spread(perArea: 2),
            new CheckComposers(new ScheduledComposer(scheduler, new SchedulingOptions { DailyNewLimit = dailyNewLimit }), new SpreadAcrossAreasComposer()),
            scheduler, Pauses, new QuizOptions { CheckSize = checkSize }, Time, new Random(seed));
        LearnerId.TryCreate("tenant-1", "learner-1", out var learner);
        Learner = learner!.Value;
    }

    public InMemoryLearnerStore Store { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public PauseService Pauses { get; }

    public QuizService Quiz { get; }

    public LearnerId Learner { get; }
}
