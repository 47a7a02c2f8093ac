namespace HcsBot.Core.Scheduling;

/// <summary>How sure a learner said they were when answering a question.</summary>
public enum Confidence
{
    Guessing,
    FairlySure,
    Certain,
}
