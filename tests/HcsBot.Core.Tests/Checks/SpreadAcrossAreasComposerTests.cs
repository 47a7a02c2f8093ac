using HcsBot.Core.Banks;
using HcsBot.Core.Checks;
using HcsBot.Core.Curriculum;
using HcsBot.Core.Progress;
using HcsBot.Core.Tests.Support;

namespace HcsBot.Core.Tests.Checks;

public class SpreadAcrossAreasComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly SpreadAcrossAreasComposer _composer = new();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ChooseNext_FiveNewQuestions_ComeFromFiveDifferentAreas(int seed)
    {
        var bank = TestBanks.Spread(perArea: 3);
        var check = Compose(bank, new Dictionary<string, QuestionRecord>(), 5, new Random(seed));

        var areas = check.Deliveries.Select(d => bank.Find(d.QuestionId)!.Area).ToList();
        Assert.Equal(5, areas.Distinct().Count());
    }

    [Fact]
    public void ChooseNext_LearnerHasSeenSomeAreas_PrefersAreasTheyHaveSeenLeast()
    {
        var bank = TestBanks.Spread(perArea: 2);
        var history = Areas.All.Where(a => a != Areas.Leadership)
            .ToDictionary(a => $"{a.Code}-001", a => TestRecords.Answered($"{a.Code}-001", a.Code, true, Now.AddDays(-1)));

        var first = _composer.ChooseNext(new CompositionContext(bank, history, NewCheck(), Now, new Random(3)));

        Assert.StartsWith("LEA-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void ChooseNext_NeverOffersAQuestionAlreadyInTheCheckOrAlreadySeenWhileNewOnesRemain()
    {
        var bank = TestBanks.Spread(perArea: 2);
        var history = new Dictionary<string, QuestionRecord> { ["QUA-001"] = TestRecords.Answered("QUA-001", "QUA", true, Now) };

        var check = Compose(bank, history, 17, new Random(5));

        var ids = check.Deliveries.Select(d => d.QuestionId).ToList();
        Assert.Equal(17, ids.Distinct().Count());
        Assert.DoesNotContain("QUA-001", ids);
    }

    [Fact]
    public void ChooseNext_EverythingSeen_ReturnsTheLongestUnseenFirst()
    {
        var bank = TestBanks.Spread(perArea: 1);
        var history = bank.Servable.Select((q, i) => TestRecords.Answered(q.Id, q.Area.Code, true, Now.AddDays(-i)))
            .ToDictionary(r => r.QuestionId);

        var next = _composer.ChooseNext(new CompositionContext(bank, history, NewCheck(), Now, new Random(1)));

        Assert.Equal(bank.Servable[^1].Id, next);
    }

    [Fact]
    public void ChooseNext_BankExhaustedWithinTheCheck_ReturnsNull()
    {
        var bank = new QuestionBank([TestBanks.Make("QUA-001", Areas.Quality)]);
        var check = NewCheck().WithNextDelivery("QUA-001", Now);

        Assert.Null(_composer.ChooseNext(new CompositionContext(bank, new Dictionary<string, QuestionRecord>(), check, Now, new Random(1))));
    }

    [Fact]
    public void ChooseNext_DraftQuestions_AreNeverChosen()
    {
        var ready = TestBanks.Make("QUA-001", Areas.Quality);
        var draft = TestBanks.Make("LEA-001", Areas.Leadership) with { Status = ReviewStatus.Draft, Reviewed = null };
        var bank = new QuestionBank([ready, draft]);

        var check = Compose(bank, new Dictionary<string, QuestionRecord>(), 5, new Random(9));

        Assert.Equal(["QUA-001"], check.Deliveries.Select(d => d.QuestionId));
    }

    private CheckState Compose(QuestionBank bank, IReadOnlyDictionary<string, QuestionRecord> history, int size, Random random)
    {
        var check = NewCheck(size);
        while (check.Deliveries.Count < size && _composer.ChooseNext(new CompositionContext(bank, history, check, Now, random)) is { } id)
        {
            check = check.WithNextDelivery(id, Now);
        }

        return check;
    }

    private static CheckState NewCheck(int size = 5) => new("0000000000000000abcd", Now, size, []);
}
