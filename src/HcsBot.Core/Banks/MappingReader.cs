using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HcsBot.Core.Banks;

/// <summary>
/// Reads typed fields from one YAML mapping and records a located error for each field that is missing
/// or of the wrong shape, so the validator can read a whole question before deciding whether it is valid.
/// </summary>
internal sealed class MappingReader(string fileName, YamlMappingNode mapping, List<BankError> errors)
{
    public int ErrorCount => errors.Count;

    public YamlNode? Node(string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public void Error(string field, string message)
    {
        var line = Node(field) is { } node ? (int)node.Start.Line : (int)mapping.Start.Line;
        errors.Add(new BankError(fileName, line, field, message));
    }

    public void RejectUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!known.Contains(name))
            {
                errors.Add(new BankError(fileName, (int)key.Start.Line, name, $"unknown field (expected one of: {string.Join(", ", known)})"));
            }
        }
    }

    public string? OptionalString(string field)
    {
        switch (Node(field))
        {
            case null:
                return null;
            case YamlScalarNode { Value: { } value } when !string.IsNullOrWhiteSpace(value):
                return value.Trim();
            default:
                Error(field, "must be a non-empty text value");
                return null;
        }
    }

    public string? RequiredString(string field, int maxLength = int.MaxValue)
    {
        if (Node(field) is null)
        {
            Error(field, "is missing");
            return null;
        }

        var value = OptionalString(field);
        if (value is not null && value.Length > maxLength)
        {
            Error(field, $"is {value.Length} characters; the limit is {maxLength}");
        }

        return value;
    }

    public IReadOnlyList<string>? RequiredStringList(string field)
    {
        switch (Node(field))
        {
            case null:
                Error(field, "is missing");
                return null;
            case YamlSequenceNode { Children.Count: > 0 } list:
                var values = new List<string>();
                foreach (var item in list.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        values.Add(v.Trim());
                    }
                    else
                    {
                        errors.Add(new BankError(fileName, (int)item.Start.Line, field, "each entry must be a non-empty text value"));
                    }
                }

                return values;
            default:
                Error(field, "must be a non-empty list");
                return null;
        }
    }

    public bool? RequiredBool(string field)
    {
        var text = RequiredString(field);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(field, $"'{text}' must be true or false");
        return null;
    }

    public TEnum? RequiredEnum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var text = RequiredString(field);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return value;
        }

        var allowed = string.Join(" | ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        Error(field, $"'{text}' must be one of {allowed}");
        return null;
    }
}
