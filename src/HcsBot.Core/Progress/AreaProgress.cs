using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Progress;

/// <summary>
/// How a learner stands in one area: predicted recall today (mean FSRS retrievability of the questions
/// they have started; null before any), accuracy, and coverage of the area's bank.
/// </summary>
public sealed record AreaProgress(Area Area, int Answered, int Correct, int QuestionsSeen, int QuestionsInBank, double? PredictedRecall);
