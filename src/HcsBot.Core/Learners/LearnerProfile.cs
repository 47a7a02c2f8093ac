namespace HcsBot.Core.Learners;

/// <summary>
/// What we keep about a learner besides their answers. The conversation reference is opaque here (the
/// bot serialises it): the domain only needs to know it exists so proactive messages can be sent later.
/// </summary>
public sealed record LearnerProfile(LearnerId Id, string DisplayName, string ConversationReference, DateTimeOffset FirstSeen);
