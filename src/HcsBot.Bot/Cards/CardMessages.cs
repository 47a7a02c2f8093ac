using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HcsBot.Bot.Cards;

/// <summary>Turns our typed cards into Bot Framework attachments and activities.</summary>
public static class CardMessages
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment ToAttachment(this AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentType, Content = JObject.Parse(card.ToJson()) };
    }

    public static IMessageActivity ToMessage(params AdaptiveCard[] cards)
    {
        var message = MessageFactory.Attachment(cards.Select(c => c.ToAttachment()));
        message.AttachmentLayout = AttachmentLayoutTypes.List;
        return message;
    }
}
