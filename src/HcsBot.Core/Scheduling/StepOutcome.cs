namespace HcsBot.Core.Scheduling;

/// <summary>
/// Where a (re)learning step sends a card: after <paramref name="Minutes"/>, to step <paramref name="NextStep"/>.
/// <see cref="None"/> (0 minutes) means no step applies and FSRS schedules the card in days.
/// </summary>
internal readonly record struct StepOutcome(int Minutes, int NextStep)
{
    public static StepOutcome None => default;
}
