using HcsBot.Core.Learners;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace HcsBot.Bot;

/// <summary>Finds who sent an activity: the Entra tenant and the sender's AAD object id, never a display name.</summary>
public static class LearnerResolver
{
    public static LearnerId? Resolve(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        // Only Teams vouches for the tenant and AAD object id; on other channels (Web Chat, Direct Line)
        // the client could claim to be anyone.
        if (activity.ChannelId != Channels.Msteams)
        {
            return null;
        }

        var tenantId = activity.Conversation?.TenantId ?? activity.GetChannelData<TeamsChannelData>()?.Tenant?.Id;
        return LearnerId.TryCreate(tenantId, activity.From?.AadObjectId, out var learner) ? learner : null;
    }

    public static string FirstName(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var name = activity.From?.Name?.Trim() ?? "";
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name[..space] : name;
    }
}
