namespace HcsBot.Core.Scheduling;

/// <summary>The outcome of one review: the card's new state and the log entry that records it.</summary>
public sealed record ReviewResult(SchedulingCard Card, ReviewLogEntry Log);
