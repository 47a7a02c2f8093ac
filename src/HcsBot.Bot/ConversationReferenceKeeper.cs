using HcsBot.Core.Learners;
using HcsBot.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HcsBot.Bot;

/// <summary>
/// Keeps each learner's conversation reference current so proactive messages (nudges) can reach them.
/// Teams may move a conversation to a new service URL, so it is checked on every turn, but written only
/// when it changed: a write per message would double the storage cost of every turn.
/// </summary>
public sealed class ConversationReferenceKeeper(ILearnerStore store, TimeProvider time)
{
    public async Task RememberAsync(LearnerId learner, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var reference = JsonConvert.SerializeObject(turnContext.Activity.GetConversationReference());
        var profile = await store.GetProfileAsync(learner, cancellationToken);
        if (profile is not null && profile.ConversationReference == reference && profile.DisplayName == (turnContext.Activity.From?.Name ?? ""))
        {
            return;
        }

        var updated = profile is null
            ? new LearnerProfile(learner, turnContext.Activity.From?.Name ?? "", reference, time.GetUtcNow())
            : profile with { ConversationReference = reference, DisplayName = turnContext.Activity.From?.Name ?? "" };
        await store.SaveProfileAsync(updated, cancellationToken);
    }
}
