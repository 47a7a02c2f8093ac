using System.Text.RegularExpressions;
using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Tests.Banks;

/// <summary>
/// The editorial rules for the bank that ships in content/banks (content/README.md), on top of what the
/// validator enforces for any bank: coverage, phone-readable lengths, no near-duplicates, no answer-letter bias.
/// </summary>
public partial class StarterBankTests
{
    private const int MinReadyPerArea = 20;
    private const int MaxStemWords = 60;
    private const int MaxOptionWords = 20;
    private const double MaxShareOfOneLetter = 0.35;
    private const double NearDuplicateSimilarity = 0.6;

    private static readonly Lazy<BankLoadResult> Loaded = new(() => QuestionBankLoader.LoadDirectory(BankFolder()));

    private static QuestionBank Bank => Loaded.Value.Bank ?? throw new InvalidOperationException(string.Join('\n', Loaded.Value.Errors));

    private static IEnumerable<Question> All => Bank.All;

    [Fact]
    public void StarterBank_Loads_WithNoValidationErrors()
    {
        Assert.Empty(Loaded.Value.Errors.Select(e => e.ToString()));
        Assert.Equal(9, Loaded.Value.Files.Count);
    }

    [Fact]
    public void StarterBank_EveryArea_HasAtLeastTwentyReadyQuestions()
    {
        var short_ = Areas.All.Where(a => Bank.ServableIn(a).Count < MinReadyPerArea)
            .Select(a => $"{a.Code}: {Bank.ServableIn(a).Count} ready");
        Assert.Empty(short_);
    }

    [Fact]
    public void StarterBank_EveryQuestion_HasFourOptionsAnExplanationAndASource()
    {
        var bad = All.Where(q => q.Options.Count != 4 || string.IsNullOrWhiteSpace(q.Explanation) || string.IsNullOrWhiteSpace(q.Source))
            .Select(q => q.Id);
        Assert.Empty(bad);
    }

    [Fact]
    public void StarterBank_StemsAndOptions_AreShortEnoughForAPhone()
    {
        var tooLong = All.SelectMany(q =>
            new[] { (q.Id, "stem", Words(q.Stem), MaxStemWords) }
                .Concat(q.Options.Select((o, i) => (q.Id, $"option {Question.LetterFor(i)}", Words(o), MaxOptionWords))))
            .Where(x => x.Item3 > x.Item4)
            .Select(x => $"{x.Item1} {x.Item2}: {x.Item3} words (limit {x.Item4})");
        Assert.Empty(tooLong);
    }

    [Fact]
    public void StarterBank_CorrectLetter_IsNeverMoreThan35PercentOfAnArea()
    {
        var biased = Areas.All.SelectMany(area =>
        {
            var questions = AllIn(area).ToList();
            return questions.GroupBy(q => q.CorrectIndex)
                .Where(g => (double)g.Count() / questions.Count > MaxShareOfOneLetter)
                .Select(g => $"{area.Code}: {Question.LetterFor(g.Key)} is correct in {g.Count()} of {questions.Count}");
        });
        Assert.Empty(biased);
    }

    [Fact]
    public void StarterBank_NoTwoStems_AreNearDuplicates()
    {
        var questions = All.Select(q => (q.Id, Words: WordSet(q.Stem))).ToList();
        var pairs = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            for (var j = i + 1; j < questions.Count; j++)
            {
                var similarity = Jaccard(questions[i].Words, questions[j].Words);
                if (similarity >= NearDuplicateSimilarity)
                {
                    pairs.Add($"{questions[i].Id} ~ {questions[j].Id} ({similarity:P0})");
                }
            }
        }

        Assert.Empty(pairs);
    }

    [Fact]
    public void StarterBank_NoRetiredRule_IsTaughtAsTheCorrectAnswer()
    {
        // Rules the syllabus flags as retired may be distractors; a key may name one only to say it has gone.
        string[] retired = ["ISO 15189:2012", "CPA accreditation", "Serious Incident Framework", "NRLS", "seven Caldicott", "BSAC disc", "IR(ME)R 2000", "RIDDOR 1995", "CFPP 01-01", "NHS Leadership Framework"];
        var offenders = All.Where(q => retired.Any(r => q.CorrectOption.Contains(r, StringComparison.OrdinalIgnoreCase)) && !SaysItIsRetired().IsMatch(q.CorrectOption))
            .Select(q => $"{q.Id}: {q.CorrectOption}");
        Assert.Empty(offenders);
    }

    [GeneratedRegex("ceased|replaced|withdrawn|superseded|decommissioned|retired|no longer|replaces|replacing", RegexOptions.IgnoreCase)]
    private static partial Regex SaysItIsRetired();

    [Fact]
    public void NearDuplicateCheck_CatchesARewordedCopy()
    {
        var a = WordSet("A patient's sample arrives unlabelled in blood sciences. What should you do first?");
        var b = WordSet("A patient's sample arrives unlabelled in microbiology. What should you do first?");
        Assert.True(Jaccard(a, b) >= NearDuplicateSimilarity);
    }

    private static IEnumerable<Question> AllIn(Area area) => Bank.All.Where(q => q.Area == area);

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Word();

    private static HashSet<string> WordSet(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2)];

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private static string BankFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HcsBot.sln")))
            {
                return Path.Combine(dir.FullName, "content", "banks");
            }
        }

        throw new DirectoryNotFoundException("Could not find the repository root (HcsBot.sln) above " + AppContext.BaseDirectory);
    }
}
