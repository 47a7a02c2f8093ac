using System.Text.Json;
using System.Text.Json.Serialization;

namespace HcsBot.Bot.Cards;

/// <summary>
/// The small typed subset of Adaptive Cards 1.5 that HcsBot uses. Cards are data built from these records
/// and serialised in one place, never assembled from strings. (The AdaptiveCards NuGet package is not
/// available on our build machines; this covers exactly what our cards need.)
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    /// <summary>1.5 is the highest Adaptive Card version Teams renders.</summary>
    public const string SchemaVersion = "1.5";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson()
    {
        var card = new Dictionary<string, object?>
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["body"] = Body,
            ["actions"] = Actions is { Count: > 0 } ? Actions : null,
        };
        return JsonSerializer.Serialize(card, Json);
    }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>"none", "small", "medium", "large": space above this element.</summary>
    public string? Spacing { get; init; }

    public bool? Separator { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>"default", "emphasis", "good", "attention", "warning", "accent".</summary>
    public string? Style { get; init; }
}

public sealed record Column(IReadOnlyList<CardElement> Items, string Width)
{
    /// <summary>Columns are not polymorphic elements, but the schema still wants their type.</summary>
    public string Type { get; } = "Column";

    public string? VerticalContentAlignment { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

public sealed record Choice(string Title, string Value);

public sealed record ChoiceSetInput(string Id, IReadOnlyList<Choice> Choices) : CardElement
{
    public string Style { get; init; } = "expanded";

    public bool IsMultiSelect { get; init; }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
public abstract record CardAction(string Title);

/// <summary>Submit sends <see cref="Data"/> (plus the card's inputs) back to the bot as the message's value.</summary>
public sealed record SubmitAction(string Title, IReadOnlyDictionary<string, object> Data) : CardAction(Title)
{
    /// <summary>"default", "positive" or "destructive".</summary>
    public string? Style { get; init; }
}
