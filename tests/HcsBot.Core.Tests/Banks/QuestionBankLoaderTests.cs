using HcsBot.Core.Banks;
using HcsBot.Core.Tests.Support;

namespace HcsBot.Core.Tests.Banks;

public class QuestionBankLoaderTests
{
    [Fact]
    public void Load_OneBadFileAmongGood_LoadsNothingAndListsTheErrors()
    {
        var result = QuestionBankLoader.Load(
        [
            ("good.yaml", BankYaml.File(BankYaml.Question(id: "QUA-001"))),
            ("bad.yaml", BankYaml.File(BankYaml.Question(id: "QUA-002", answer: "Q"))),
        ]);

        Assert.False(result.Succeeded);
        Assert.Null(result.Bank);
        Assert.Equal("bad.yaml", Assert.Single(result.Errors).File);
    }

    [Fact]
    public void Load_SameIdInTwoFiles_NamesBothFiles()
    {
        var result = QuestionBankLoader.Load(
        [
            ("a.yaml", BankYaml.File(BankYaml.Question(id: "QUA-001"))),
            ("b.yaml", BankYaml.File(BankYaml.Question(id: "QUA-001", stem: "Other"))),
        ]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("b.yaml", error.File);
        Assert.Equal("'QUA-001' is already used in a.yaml", error.Message);
    }

    [Fact]
    public void Load_DraftAndReady_ServesOnlyReadyButFindsBoth()
    {
        var result = QuestionBankLoader.Load(
        [
            ("a.yaml", BankYaml.File(
                BankYaml.Question(id: "QUA-001"),
                BankYaml.Question(id: "QUA-002", stem: "Draft one", status: "draft", reviewed: null))),
        ]);

        var bank = Assert.IsType<QuestionBank>(result.Bank);
        Assert.Equal(["QUA-001"], bank.Servable.Select(q => q.Id));
        Assert.NotNull(bank.Find("QUA-002"));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_IsAnError()
    {
        var result = QuestionBankLoader.LoadDirectory(Path.Combine(Path.GetTempPath(), "no-such-bank-" + Guid.NewGuid()));

        Assert.Equal("the bank folder does not exist", Assert.Single(result.Errors).Message);
    }
}
