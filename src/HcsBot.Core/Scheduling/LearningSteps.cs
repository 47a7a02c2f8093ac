namespace HcsBot.Core.Scheduling;

/// <summary>
/// The short (re)learning steps that come before FSRS schedules a card in days: ts-fsrs 5.4.2's
/// <c>BasicLearningStepsStrategy</c>. New and learning cards walk the learning steps; review and relearning cards
/// walk the relearning steps.
/// </summary>
internal sealed class LearningSteps(IReadOnlyList<TimeSpan> learningSteps, IReadOnlyList<TimeSpan> relearningSteps)
{
    private readonly int[] learningMinutes = ToMinutes(learningSteps);
    private readonly int[] relearningMinutes = ToMinutes(relearningSteps);

    /// <param name="state">The card's state before the review.</param>
    /// <param name="currentStep">The card's step index before the review; never negative.</param>
    /// <param name="rating">The rating given.</param>
    public StepOutcome Next(CardState state, int currentStep, Rating rating)
    {
        var steps = state is CardState.Review or CardState.Relearning ? relearningMinutes : learningMinutes;
        // Past the last step (or with no steps), the card leaves the steps and FSRS takes over.
        if (steps.Length == 0 || currentStep >= steps.Length)
        {
            return StepOutcome.None;
        }

        if (state == CardState.Review)
        {
            // A review card enters relearning only when forgotten.
            return rating == Rating.Again ? new StepOutcome(steps[currentStep], 0) : StepOutcome.None;
        }

        return rating switch
        {
            // Forgetting restarts the steps.
            Rating.Again => new StepOutcome(steps[0], 0),
            // Hard repeats the current step after a delay derived from the first step(s), wherever the card is.
            Rating.Hard => new StepOutcome(HardMinutes(steps), currentStep),
            // Good moves on to the next step, or out of the steps after the last one.
            Rating.Good => currentStep + 1 < steps.Length
                ? new StepOutcome(steps[currentStep + 1], currentStep + 1)
                : StepOutcome.None,
            // Easy always leaves the steps.
            _ => StepOutcome.None,
        };
    }

    // ts-fsrs: one step waits 1.5 times it; several wait halfway between the first two; rounded as JavaScript does.
    private static int HardMinutes(int[] steps) =>
        (int)(steps.Length == 1 ? JsMath.Round(steps[0] * 1.5) : JsMath.Round((steps[0] + steps[1]) / 2.0));

    private static int[] ToMinutes(IReadOnlyList<TimeSpan> steps) => [.. steps.Select(step => (int)step.TotalMinutes)];
}
