namespace HcsBot.Core.Banks;

/// <summary>The outcome of loading a folder of bank files: a bank only when there were no errors at all.</summary>
public sealed record BankLoadResult(QuestionBank? Bank, IReadOnlyList<BankError> Errors, IReadOnlyList<string> Files)
{
    public bool Succeeded => Bank is not null;
}

/// <summary>
/// Loads every *.yaml bank file in a folder. One error anywhere refuses the whole load: serving half a
/// bank would silently hide questions the programme lead thinks are live.
/// </summary>
public static class QuestionBankLoader
{
    public static BankLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return Failed(new BankError(directory, 0, "(folder)", "the bank folder does not exist"));
        }

        var files = Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return Failed(new BankError(directory, 0, "(folder)", "no *.yaml bank files found"));
        }

        return Load(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))), files);
    }

    public static BankLoadResult Load(IEnumerable<(string FileName, string Text)> bankFiles, IReadOnlyList<string>? fileNames = null)
    {
        ArgumentNullException.ThrowIfNull(bankFiles);
        var errors = new List<BankError>();
        var questions = new List<Question>();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<string>();

        foreach (var (fileName, text) in bankFiles)
        {
            names.Add(fileName);
            var result = BankValidator.ValidateFile(fileName, text);
            errors.AddRange(result.Errors);
            foreach (var parsed in result.Questions)
            {
                if (firstSeen.TryGetValue(parsed.Question.Id, out var otherFile))
                {
                    errors.Add(new BankError(fileName, parsed.Line, "id", $"'{parsed.Question.Id}' is already used in {otherFile}"));
                    continue;
                }

                firstSeen[parsed.Question.Id] = fileName;
                questions.Add(parsed.Question);
            }
        }

        return errors.Count > 0
            ? new BankLoadResult(null, errors, fileNames ?? names)
            : new BankLoadResult(new QuestionBank(questions), errors, fileNames ?? names);
    }

    private static BankLoadResult Failed(BankError error) => new(null, [error], []);
}
