using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HcsBot.Bot.Cards;

/// <summary>
/// Reads a Submit's data, which comes from the client and so may hold anything: a value of the wrong type
/// reads as missing (and the card is refused politely) instead of throwing.
/// </summary>
public static class CardData
{
    private const long MaxPosition = 1000;

    public static string? Text(JObject data, string name) =>
        data?[name] is JValue { Type: JTokenType.String } value ? (string?)value.Value : null;

    /// <summary>Clients send numbers from card data back as numbers, but some send them as strings.</summary>
    public static int? Position(JObject data) => data?["position"] switch
    {
        JValue { Type: JTokenType.Integer, Value: long n } when n is > 0 and <= MaxPosition => (int)n,
        JValue { Type: JTokenType.String, Value: string text } when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= (int)MaxPosition => n,
        _ => null,
    };
}
