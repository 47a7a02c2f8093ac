using System.Globalization;
using System.Text.RegularExpressions;
using HcsBot.Core.Curriculum;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HcsBot.Core.Banks;

/// <summary>A question read from a bank file, with the line it starts on (for cross-file errors).</summary>
public sealed record ParsedQuestion(Question Question, int Line);

/// <summary>What one file yielded: its valid questions and every problem found.</summary>
public sealed record BankFileResult(IReadOnlyList<ParsedQuestion> Questions, IReadOnlyList<BankError> Errors);

/// <summary>
/// Reads one bank file (format in content/README.md) and reports every problem with its line and field.
/// It keeps going after an error so an author sees all of them in one pass, not one per attempt.
/// </summary>
public static partial class BankValidator
{
    // Hard limits that keep a card readable and an entity well inside Azure Tables' 64 KiB string limit.
    public const int MaxStemChars = 600;
    public const int MaxOptionChars = 200;
    public const int MaxExplanationChars = 800;
    public const int MaxSourceChars = 300;
    public const int MinOptions = 2;
    public const int MaxOptions = 6;

    private static readonly string[] FileFields = ["bank", "title", "questions"];

    private static readonly string[] QuestionFields =
        ["id", "area", "ksbs", "gsp", "difficulty", "safetyCritical", "stem", "options", "answer", "explanation", "source", "status", "reviewed"];

    private static readonly string[] CatchAllOptions = ["all of the above", "none of the above"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex BankIdPattern();

    [GeneratedRegex("^([A-Z]{3})-([0-9]{3})$")]
    private static partial Regex QuestionIdPattern();

    [GeneratedRegex("^(?:[KS]-(?:PPC|PPD|HSS|QUA|TSS|CLC|ASI|RIN|LEA)|B-(?:COMPASSIONATE|HONEST|CONSCIENTIOUS))$")]
    private static partial Regex KsbPattern();

    public static BankFileResult ValidateFile(string fileName, string yamlText)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        var errors = new List<BankError>();
        var questions = new List<ParsedQuestion>();

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException ex)
        {
            errors.Add(new BankError(fileName, (int)ex.Start.Line, "(yaml)", $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
            return new BankFileResult(questions, errors);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new BankError(fileName, 1, "(file)", "expected one YAML document holding bank, title and questions"));
            return new BankFileResult(questions, errors);
        }

        var file = new MappingReader(fileName, root, errors);
        file.RejectUnknownKeys(FileFields);
        var bankId = file.RequiredString("bank");
        if (bankId is not null && !BankIdPattern().IsMatch(bankId))
        {
            file.Error("bank", "must be lowercase letters, digits and hyphens");
        }

        file.RequiredString("title");

        if (file.Node("questions") is not YamlSequenceNode items)
        {
            file.Error("questions", file.Node("questions") is null ? "is missing" : "must be a list of questions");
            return new BankFileResult(questions, errors);
        }

        if (items.Children.Count == 0)
        {
            errors.Add(new BankError(fileName, Line(items), "questions", "the list is empty"));
        }

        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(new BankError(fileName, Line(item), "questions", "each question must be a mapping of fields"));
                continue;
            }

            var question = ReadQuestion(new MappingReader(fileName, mapping, errors));
            if (question is null)
            {
                continue;
            }

            if (!seenIds.Add(question.Id))
            {
                errors.Add(new BankError(fileName, Line(mapping), "id", $"'{question.Id}' is used more than once in this file"));
                continue;
            }

            questions.Add(new ParsedQuestion(question, Line(mapping)));
        }

        return new BankFileResult(questions, errors);
    }

    private static Question? ReadQuestion(MappingReader q)
    {
        var errorsBefore = q.ErrorCount;
        q.RejectUnknownKeys(QuestionFields);

        var id = q.RequiredString("id");
        var areaCode = q.RequiredString("area");
        var area = areaCode is null ? null : Areas.FindByCode(areaCode);
        if (areaCode is not null && area is null)
        {
            q.Error("area", $"'{areaCode}' is not an area code (use one of {string.Join(", ", Areas.All.Select(a => a.Code))})");
        }

        if (id is not null)
        {
            var match = QuestionIdPattern().Match(id);
            if (!match.Success)
            {
                q.Error("id", $"'{id}' must look like QUA-001 (area code, hyphen, three digits)");
            }
            else if (area is not null && match.Groups[1].Value != area.Code)
            {
                q.Error("id", $"'{id}' must start with its area code {area.Code}");
            }
        }

        var ksbs = q.RequiredStringList("ksbs");
        foreach (var bad in ksbs?.Where(k => !KsbPattern().IsMatch(k)) ?? [])
        {
            q.Error("ksbs", $"'{bad}' is not a KSB reference (K-<area>, S-<area> or B-COMPASSIONATE/B-HONEST/B-CONSCIENTIOUS)");
        }

        var gsp = ReadGspDomains(q);
        var difficulty = q.RequiredEnum<Difficulty>("difficulty");
        var safetyCritical = q.RequiredBool("safetyCritical");
        var stem = q.RequiredString("stem", MaxStemChars);
        var options = ReadOptions(q);
        var correctIndex = ReadAnswer(q, options);
        var explanation = q.RequiredString("explanation", MaxExplanationChars);
        var source = q.RequiredString("source", MaxSourceChars);
        var status = q.RequiredEnum<ReviewStatus>("status");
        var reviewed = ReadReviewedDate(q, status);

        if (q.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new Question(
            id!, area!, ksbs!, gsp!, difficulty!.Value, safetyCritical!.Value, stem!, options!,
            correctIndex!.Value, explanation!, source!, status!.Value, reviewed);
    }

    private static IReadOnlyList<int>? ReadGspDomains(MappingReader q)
    {
        var raw = q.RequiredStringList("gsp");
        if (raw is null)
        {
            return null;
        }

        var domains = new List<int>();
        foreach (var item in raw)
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 5)
            {
                domains.Add(d);
            }
            else
            {
                q.Error("gsp", $"'{item}' is not a GSP domain number (1 to 5)");
            }
        }

        return domains;
    }

    private static IReadOnlyList<string>? ReadOptions(MappingReader q)
    {
        var options = q.RequiredStringList("options");
        if (options is null)
        {
            return null;
        }

        if (options.Count is < MinOptions or > MaxOptions)
        {
            q.Error("options", $"has {options.Count} options; a question needs {MinOptions} to {MaxOptions}");
        }

        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var letter = Question.LetterFor(i);
            if (option.Length > MaxOptionChars)
            {
                q.Error("options", $"option {letter} is {option.Length} characters; the limit is {MaxOptionChars}");
            }

            if (CatchAllOptions.Any(c => option.Contains(c, StringComparison.OrdinalIgnoreCase)))
            {
                q.Error("options", $"option {letter} is a catch-all ('{option}'); write a real distractor");
            }
        }

        foreach (var duplicate in options.GroupBy(o => o.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            q.Error("options", $"'{duplicate.Key}' appears more than once");
        }

        return options;
    }

    private static int? ReadAnswer(MappingReader q, IReadOnlyList<string>? options)
    {
        var answer = q.RequiredString("answer");
        if (answer is null)
        {
            return null;
        }

        if (answer.Length != 1 || answer[0] is < 'A' or > 'F')
        {
            q.Error("answer", $"'{answer}' must be a single option letter A to F");
            return null;
        }

        var index = answer[0] - 'A';
        if (options is not null && index >= options.Count)
        {
            q.Error("answer", $"'{answer}' names an option that does not exist (there are {options.Count})");
            return null;
        }

        return index;
    }

    private static DateOnly? ReadReviewedDate(MappingReader q, ReviewStatus? status)
    {
        var text = q.OptionalString("reviewed");
        if (text is null)
        {
            if (status == ReviewStatus.Ready)
            {
                q.Error("reviewed", "a ready question needs the date of its independent review (YYYY-MM-DD)");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            q.Error("reviewed", $"'{text}' is not a date in the form YYYY-MM-DD");
            return null;
        }

        return date;
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
