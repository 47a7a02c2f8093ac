using System.ComponentModel.DataAnnotations;

namespace HcsBot.Core.Quiz;

public sealed class QuizOptions
{
    public const string Section = "Quiz";

    /// <summary>Questions in one check: five keeps a check to about three minutes between shifts.</summary>
    [Range(1, 20)]
    public int CheckSize { get; set; } = 5;
}
