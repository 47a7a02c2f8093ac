namespace HcsBot.Core.Quiz;

/// <summary>What a question card's Submit sends back: which delivery, and the chosen option (as the client sent it).</summary>
public sealed record AnswerSubmission(string? CheckId, int? Position, string? Choice);
