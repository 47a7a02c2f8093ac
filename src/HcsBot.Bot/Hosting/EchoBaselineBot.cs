using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace HcsBot.Bot.Hosting;

/// <summary>
/// A bot that only echoes: the load benchmark's baseline, on the same SDK, adapter and host as HcsBot, so
/// the benchmark can report what HcsBot's own work costs on top of a bare turn. Never used in production.
/// </summary>
public sealed class EchoBaselineBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
