using HcsBot.Core.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace HcsBot.Bot.Hosting;

/// <summary>
/// The CloudAdapter with our turn-error handling. It has one constructor because DI cannot choose between
/// CloudAdapter's own two.
/// </summary>
public sealed partial class HcsBotAdapter : CloudAdapter
{
    public const string StorageUnavailableReply =
        "I couldn't reach my storage just now, so nothing was saved. Please try again in a moment.";

    public const string GenericErrorReply =
        "Sorry, something went wrong on my side. Please try again in a moment.";

    public HcsBotAdapter(BotFrameworkAuthentication authentication, ILogger<HcsBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity.Type, turnContext.Activity.Id);
            var reply = exception is StorageUnavailableException ? StorageUnavailableReply : GenericErrorReply;
            try
            {
                await turnContext.SendActivityAsync(reply);
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                // The connector itself may be what failed; the turn's error is already logged above.
                LogApologyFailed(logger, sendFailure);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user about a failed turn")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
