using System.Text.RegularExpressions;

namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>Reads env files and fills the committed templates with example values, as a Teams admin would.</summary>
internal static partial class EnvFiles
{
    /// <summary>
    /// Plausible values for every variable the templates leave blank. A new blank variable in a template
    /// must get an example here, so the package build is always exercised with a complete file.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Examples = new Dictionary<string, string>
    {
        ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-4000-8000-000000000001",
        ["AZURE_RESOURCE_GROUP_NAME"] = "rg-hcsbot-dev",
        ["TEAMS_APP_ID"] = "3f2c9a51-6b7d-4e8f-9a0b-1c2d3e4f5a6b",
        ["BOT_ID"] = "8d7e6f5a-4b3c-4d2e-8f1a-0b9c8d7e6f5a",
        ["BOT_OBJECT_ID"] = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        ["BOT_TENANT_ID"] = "72f988bf-0000-4000-8000-000000000042",
        ["BOT_DOMAIN"] = "hcsbot-dev-k3x7q2m9p4r8s.azurewebsites.net",
        ["BOT_ENDPOINT"] = "https://hcsbot-dev-k3x7q2m9p4r8s.azurewebsites.net",
        ["BOT_AZURE_APP_SERVICE_RESOURCE_ID"] = "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-hcsbot-dev/providers/Microsoft.Web/sites/hcsbot-dev-k3x7q2m9p4r8s",
        ["BOT_AZURE_APP_SERVICE_NAME"] = "hcsbot-dev-k3x7q2m9p4r8s",
        ["STORAGE_TABLE_ENDPOINT"] = "https://hcsbotdevk3x7q2m9p4r8s.table.core.windows.net/",
        ["WEB_APP_URL"] = "https://hcsbot-dev-k3x7q2m9p4r8s.azurewebsites.net",
        ["IDENTITY_CLIENT_ID"] = "8d7e6f5a-4b3c-4d2e-8f1a-0b9c8d7e6f5a",
        ["TEAMS_APP_PUBLISHED_APP_ID"] = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c",
        ["APP_WEBSITE_URL"] = "https://example.org/hcsbot",
        ["APP_PRIVACY_URL"] = "https://example.org/hcsbot/privacy",
        ["APP_TERMS_URL"] = "https://example.org/hcsbot/terms",
    };

    public static IReadOnlyDictionary<string, string> Parse(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            Assert.True(equals > 0, $"{path}: expected NAME=value, got '{line}'");
            values[line[..equals].Trim()] = line[(equals + 1)..].Trim();
        }

        return values;
    }

    /// <summary>
    /// Copies a committed template to <paramref name="directory"/>/.env.&lt;environment&gt;, filling each blank
    /// value from <see cref="Examples"/> and applying <paramref name="overrides"/> last.
    /// </summary>
    public static string WriteFilledCopy(string environment, string directory, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(RepoPaths.EnvTemplate(environment)))
        {
            var match = AssignmentPattern().Match(raw);
            if (!match.Success)
            {
                lines.Add(raw);
                continue;
            }

            var key = match.Groups["key"].Value;
            var value = match.Groups["value"].Value.Trim();
            seen.Add(key);
            if (overrides is not null && overrides.TryGetValue(key, out var overridden))
            {
                value = overridden;
            }
            else if (value.Length == 0)
            {
                Assert.True(
                    Examples.TryGetValue(key, out var example),
                    $"env/.env.{environment}.template has a blank {key} with no example value: add one to EnvFiles.Examples.");
                value = example!;
            }

            lines.Add($"{key}={value}");
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            if (!seen.Contains(key))
            {
                lines.Add($"{key}={value}");
            }
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $".env.{environment}");
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>The names used as Agents Toolkit placeholders (<c>${{NAME}}</c>) in a file.</summary>
    public static IReadOnlySet<string> PlaceholdersIn(string path) =>
        PlaceholderPattern().Matches(File.ReadAllText(path)).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$")]
    private static partial Regex AssignmentPattern();

    [GeneratedRegex(@"\$\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    public static partial Regex PlaceholderPattern();
}
