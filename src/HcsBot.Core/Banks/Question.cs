using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Banks;

public enum Difficulty { Easy, Medium, Hard }

/// <summary>Only <see cref="Ready"/> questions have had an independent second read and may be served.</summary>
public enum ReviewStatus { Draft, Ready }

/// <summary>One multiple-choice question as the bank file defines it (see content/README.md).</summary>
public sealed record Question(
    string Id,
    Area Area,
    IReadOnlyList<string> Ksbs,
    IReadOnlyList<int> GspDomains,
    Difficulty Difficulty,
    bool SafetyCritical,
    string Stem,
    IReadOnlyList<string> Options,
    int CorrectIndex,
    string Explanation,
    string Source,
    ReviewStatus Status,
    DateOnly? Reviewed)
{
    public string CorrectOption => Options[CorrectIndex];

    public static string LetterFor(int optionIndex) => ((char)('A' + optionIndex)).ToString();
}
