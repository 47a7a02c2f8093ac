namespace HcsBot.Core.Scheduling;

/// <summary>How well a learner recalled a card; the numbers are FSRS's grades and appear in its formulas.</summary>
public enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}
