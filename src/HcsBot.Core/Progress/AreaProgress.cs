using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Progress;

/// <summary>
/// How a learner stands in one area: predicted recall today (mean FSRS retrievability of the questions
/// they have started; null before any), accuracy, and coverage of the area's bank.
/// </summary>
public sealed record AreaProgress(Area Area, int Answered, int Correct, int QuestionsSeen, int QuestionsInBank, double? PredictedRecall)
{
    public double? Accuracy => Answered == 0 ? null : (double)Correct / Answered;

    public double Coverage => QuestionsInBank == 0 ? 0 : (double)QuestionsSeen / QuestionsInBank;
}
