namespace HcsBot.Core.Scheduling;

/// <summary>Where a card is in FSRS's state machine; the numbers match ts-fsrs's <c>State</c>.</summary>
public enum CardState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}
