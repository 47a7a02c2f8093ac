using HcsBot.Core.Banks;
using HcsBot.Core.Progress;

namespace HcsBot.Core.Checks;

/// <summary>Everything the "what comes next" decision may look at.</summary>
public sealed record CompositionContext(
    QuestionBank Bank,
    IReadOnlyDictionary<string, QuestionRecord> History,
    CheckState Check,
    DateTimeOffset Now,
    Random Random);

/// <summary>
/// Chooses the next question of a check, or null when the check should end early. The one seam the
/// spaced-repetition scheduler replaces.
/// </summary>
public interface ICheckComposer
{
    string? ChooseNext(CompositionContext context);
}
