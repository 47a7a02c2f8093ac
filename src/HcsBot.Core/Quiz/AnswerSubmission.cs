namespace HcsBot.Core.Quiz;

/// <summary>
/// What a question card's Submit sends back: which delivery, the chosen option and, optionally, how sure
/// the learner was, all as the client sent them (so not yet trusted).
/// </summary>
public sealed record AnswerSubmission(string? CheckId, int? Position, string? Choice, string? Confidence = null);
