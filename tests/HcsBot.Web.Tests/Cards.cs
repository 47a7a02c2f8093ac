using System.Text.Json.Nodes;

namespace HcsBot.Web.Tests;

/// <summary>Reads what a learner would see on an Adaptive Card.</summary>
public static class Cards
{
    public static IReadOnlyList<string> Texts(JsonObject card) => [.. Walk(card["body"]).Select(e => (string?)e["text"]).OfType<string>()];

    public static string AllText(JsonObject card) => string.Join("\n", Texts(card));

    public static IReadOnlyList<string> ButtonTitles(JsonObject card) =>
        [.. (card["actions"]?.AsArray() ?? []).Select(a => (string)a!["title"]!)];

    public static JsonObject SubmitData(JsonObject card, string buttonTitle) =>
        (card["actions"]?.AsArray() ?? []).Single(a => (string?)a!["title"] == buttonTitle)!["data"]!.DeepClone().AsObject();

    public static IEnumerable<JsonObject> Inputs(JsonObject card) => Walk(card["body"]).Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static bool IsQuestion(JsonObject card) => Inputs(card).Any();

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        foreach (var element in node?.AsArray() ?? [])
        {
            var obj = element!.AsObject();
            yield return obj;
            foreach (var child in Walk(obj["items"]).Concat((obj["columns"]?.AsArray() ?? []).SelectMany(c => Walk(c!["items"]))))
            {
                yield return child;
            }
        }
    }
}
