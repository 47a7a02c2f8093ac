using HcsBot.Core.Banks;
using HcsBot.Core.Progress;

namespace HcsBot.Core.Checks;

/// <summary>Everything the "what comes next" decision may look at.</summary>
public sealed record CompositionContext(
    QuestionBank Bank,
    IReadOnlyDictionary<string, QuestionRecord> History,
    CheckState Check,
    DateTimeOffset Now,
    Random Random)
{
    /// <summary>The last question of the learner's previous check, so a new check never opens with it.</summary>
    public string? PreviousQuestionId { get; init; }

    /// <summary>The question asked just before the one being chosen, in this check or the previous one.</summary>
    public string? LastAskedId => Check.Current?.QuestionId ?? PreviousQuestionId;
}

/// <summary>
/// Chooses the next question of a check, or null when the check should end early. The one seam the
/// spaced-repetition scheduler replaces.
/// </summary>
public interface ICheckComposer
{
    string? ChooseNext(CompositionContext context);
}
