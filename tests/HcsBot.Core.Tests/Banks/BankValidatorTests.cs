using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;
using HcsBot.Core.Tests.Support;

namespace HcsBot.Core.Tests.Banks;

public class BankValidatorTests
{
    [Fact]
    public void ValidateFile_ValidQuestion_ReadsEveryField()
    {
        var result = BankValidator.ValidateFile("quality.yaml", BankYaml.File(BankYaml.Question()));

        Assert.Empty(result.Errors);
        var question = Assert.Single(result.Questions).Question;
        Assert.Equal("QUA-001", question.Id);
        Assert.Same(Areas.Quality, question.Area);
        Assert.Equal(["K-QUA"], question.Ksbs);
        Assert.Equal([2], question.GspDomains);
        Assert.Equal(Difficulty.Easy, question.Difficulty);
        Assert.False(question.SafetyCritical);
        Assert.Equal(4, question.Options.Count);
        Assert.Equal(1, question.CorrectIndex);
        Assert.Equal("UKAS", question.CorrectOption);
        Assert.Equal(ReviewStatus.Ready, question.Status);
        Assert.Equal(new DateOnly(2026, 11, 25), question.Reviewed);
    }

    [Fact]
    public void ValidateFile_MissingField_ReportsFileLineAndField()
    {
        var yaml = BankYaml.File(BankYaml.Question()).Replace("    source: \"UKAS, ISO 15189 accreditation\"\n", "", StringComparison.Ordinal);

        var error = Assert.Single(BankValidator.ValidateFile("quality.yaml", yaml).Errors);

        Assert.Equal("quality.yaml", error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal("source", error.Field);
        Assert.Equal("quality.yaml:4 source: is missing", error.ToString());
    }

    [Fact]
    public void ValidateFile_SeveralProblems_ReportsEveryOneAndNoQuestion()
    {
        var yaml = BankYaml.File(
            BankYaml.Question(id: "QUA-001", answer: "F"),
            BankYaml.Question(id: "QUA-2", stem: "A second stem"),
            BankYaml.Question(id: "QUA-003", area: "XYZ", stem: "A third stem"));

        var result = BankValidator.ValidateFile("quality.yaml", yaml);

        Assert.Empty(result.Questions);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal(("answer", "'F' names an option that does not exist (there are 4)"), (e.Field, e.Message)),
            e => Assert.Equal(("id", "'QUA-2' must look like QUA-001 (area code, hyphen, three digits)"), (e.Field, e.Message)),
            e => Assert.Equal("area", e.Field));
        Assert.Equal([16, 21, 39], result.Errors.Select(e => e.Line));
    }

    [Theory]
    [InlineData("answer: Z", "answer", "'Z' must be a single option letter A to F")]
    [InlineData("difficulty: extreme", "difficulty", "'extreme' must be one of easy | medium | hard")]
    [InlineData("safetyCritical: maybe", "safetyCritical", "'maybe' must be true or false")]
    [InlineData("gsp: [7]", "gsp", "'7' is not a GSP domain number (1 to 5)")]
    [InlineData("ksbs: [K-XYZ]", "ksbs", "'K-XYZ' is not a KSB reference (K-<area>, S-<area> or B-COMPASSIONATE/B-HONEST/B-CONSCIENTIOUS)")]
    [InlineData("reviewed: 25/11/2026", "reviewed", "'25/11/2026' is not a date in the form YYYY-MM-DD")]
    public void ValidateFile_BadValue_NamesTheFieldAndWhy(string replacementLine, string field, string message)
    {
        var key = replacementLine.Split(':')[0];
        var lines = BankYaml.File(BankYaml.Question()).Split('\n')
            .Select(l => l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal) ? "    " + replacementLine : l);

        var error = Assert.Single(BankValidator.ValidateFile("q.yaml", string.Join('\n', lines)).Errors);

        Assert.Equal((field, message), (error.Field, error.Message));
    }

    [Fact]
    public void ValidateFile_IdFromAnotherArea_IsRejected()
    {
        var error = Assert.Single(BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(id: "LEA-001"))).Errors);

        Assert.Equal("'LEA-001' must start with its area code QUA", error.Message);
    }

    [Fact]
    public void ValidateFile_UnknownField_IsAnError()
    {
        var error = Assert.Single(BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(extraField: "explaination: typo"))).Errors);

        Assert.Equal("explaination", error.Field);
        Assert.StartsWith("unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateFile_ReadyWithoutReviewDate_IsRejected()
    {
        var error = Assert.Single(BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(reviewed: null))).Errors);

        Assert.Equal("reviewed", error.Field);
    }

    [Fact]
    public void ValidateFile_DraftWithoutReviewDate_IsValid()
    {
        var result = BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(status: "draft", reviewed: null)));

        Assert.Empty(result.Errors);
        Assert.Equal(ReviewStatus.Draft, Assert.Single(result.Questions).Question.Status);
    }

    [Theory]
    [InlineData(new[] { "Only one" }, "has 1 options; a question needs 2 to 6")]
    [InlineData(new[] { "A", "B", "C", "D", "E", "F", "G" }, "has 7 options; a question needs 2 to 6")]
    [InlineData(new[] { "UKAS", "The CQC", "All of the above", "The HCPC" }, "option C is a catch-all ('All of the above'); write a real distractor")]
    [InlineData(new[] { "UKAS", "The CQC", "ukas", "The HCPC" }, "'UKAS' appears more than once")]
    public void ValidateFile_BadOptions_AreRejected(string[] options, string message)
    {
        var errors = BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(options: options, answer: "A"))).Errors;

        Assert.Contains(errors, e => e.Field == "options" && e.Message == message);
    }

    [Fact]
    public void ValidateFile_DuplicateIdInFile_IsRejected()
    {
        var result = BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(), BankYaml.Question(stem: "Another")));

        var error = Assert.Single(result.Errors);
        Assert.Equal("'QUA-001' is used more than once in this file", error.Message);
        Assert.Single(result.Questions);
    }

    [Fact]
    public void ValidateFile_BrokenYaml_ReportsTheLine()
    {
        var error = Assert.Single(BankValidator.ValidateFile("q.yaml", "bank: x\ntitle: y\nquestions:\n  - id: [unclosed\n").Errors);

        Assert.Equal("(yaml)", error.Field);
        Assert.True(error.Line >= 4, $"line {error.Line}");
    }

    [Fact]
    public void ValidateFile_TooLongStem_IsRejected()
    {
        var error = Assert.Single(BankValidator.ValidateFile("q.yaml", BankYaml.File(BankYaml.Question(stem: new string('x', 601)))).Errors);

        Assert.Equal(("stem", "is 601 characters; the limit is 600"), (error.Field, error.Message));
    }
}
