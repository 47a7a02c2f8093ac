namespace HcsBot.Core.Tests.Support;

/// <summary>Builds small bank files for tests, one valid question at a time, so each test varies one thing.</summary>
internal static class BankYaml
{
    public static string Question(
        string id = "QUA-001",
        string area = "QUA",
        string answer = "B",
        string status = "ready",
        string? reviewed = "2026-11-25",
        string stem = "Which organisation accredits UK medical laboratories to ISO 15189:2022?",
        string[]? options = null,
        string? extraField = null)
    {
        options ??= ["The CQC", "UKAS", "The HCPC", "The MHRA"];
        var lines = new List<string>
        {
            $"  - id: {id}",
            $"    area: {area}",
            "    ksbs: [K-QUA]",
            "    gsp: [2]",
            "    difficulty: easy",
            "    safetyCritical: false",
            $"    stem: {stem}",
            "    options:",
        };
        lines.AddRange(options.Select(o => $"      - {o}"));
        lines.Add($"    answer: {answer}");
        lines.Add("    explanation: UKAS is the UK's national accreditation body.");
        lines.Add("    source: \"UKAS, ISO 15189 accreditation\"");
        lines.Add($"    status: {status}");
        if (reviewed is not null)
        {
            lines.Add($"    reviewed: {reviewed}");
        }

        if (extraField is not null)
        {
            lines.Add($"    {extraField}");
        }

        return string.Join('\n', lines) + "\n";
    }

    public static string File(params string[] questions) =>
        "bank: test-bank\ntitle: Test bank\nquestions:\n" + string.Concat(questions);
}
