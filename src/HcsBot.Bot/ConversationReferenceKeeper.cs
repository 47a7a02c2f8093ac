using System.Collections.Concurrent;
using HcsBot.Core.Learners;
using HcsBot.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HcsBot.Bot;

/// <summary>
/// Keeps each learner's conversation reference current so proactive messages (nudges) can reach them.
/// Teams may move a conversation to a new service URL, so it is checked on every turn, but written only
/// when it changed. What this process last stored is remembered, so an unchanged reference costs no
/// storage call at all; another instance, or a restart, just does one read first.
/// </summary>
public sealed class ConversationReferenceKeeper(ILearnerStore store, TimeProvider time)
{
    // Bounded so a long-running instance cannot grow without limit; clearing only costs a read per learner.
    private const int MaxRemembered = 50_000;
    private readonly ConcurrentDictionary<string, string> _stored = new(StringComparer.Ordinal);

    public async Task RememberAsync(LearnerId learner, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var name = turnContext.Activity.From?.Name ?? "";
        var conversation = turnContext.Activity.GetConversationReference();
        // The incoming activity's id differs on every message and a proactive message does not need it;
        // keeping it would turn every turn into a write.
        conversation.ActivityId = null;
        var reference = JsonConvert.SerializeObject(conversation);
        var fingerprint = name + "\n" + reference;
        if (_stored.TryGetValue(learner.Key, out var known) && known == fingerprint)
        {
            return;
        }

        var profile = await store.GetProfileAsync(learner, cancellationToken);
        if (profile is null || profile.ConversationReference != reference || profile.DisplayName != name)
        {
            var updated = profile is null
                ? new LearnerProfile(learner, name, reference, time.GetUtcNow())
                : profile with { ConversationReference = reference, DisplayName = name };
            await store.SaveProfileAsync(updated, cancellationToken);
        }

        if (_stored.Count >= MaxRemembered)
        {
            _stored.Clear();
        }

        _stored[learner.Key] = fingerprint;
    }
}
