using System.Globalization;
using System.Text.RegularExpressions;

namespace HcsBot.Core.Pausing;

/// <summary>Reads "pause 2 weeks", "pause 10 days", "pause 1 month" or "pause until 2026-12-31".</summary>
public static partial class PauseRequest
{
    private const int LongestMonths = 6;

    public const string Examples = "Try `pause 2 weeks`, `pause 10 days` or `pause until 2026-12-31` (at most 6 months).";

    [GeneratedRegex(@"^pause\s+(?:for\s+)?(\d{1,3})\s+(day|days|week|weeks|month|months)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForALength();

    [GeneratedRegex(@"^pause\s+until\s+(\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex UntilADate();

    /// <summary>The end of the pause, or null with <paramref name="problem"/> saying what was wrong.</summary>
    public static DateTimeOffset? Parse(string text, DateTimeOffset now, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        DateTimeOffset until;
        if (ForALength().Match(text.Trim()) is { Success: true } length)
        {
            var n = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
            until = length.Groups[2].Value.ToLowerInvariant() switch
            {
                "day" or "days" => now.AddDays(n),
                "week" or "weeks" => now.AddDays(7 * n),
                _ => now.AddMonths(n),
            };
        }
        else if (UntilADate().Match(text.Trim()) is { Success: true } date
            && DateOnly.TryParseExact(date.Groups[1].Value, ["yyyy-MM-dd", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            // "until 31 December" means back on that day: the pause ends at its first moment (UTC).
            until = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        else
        {
            problem = "I didn't understand how long to pause for. " + Examples;
            return null;
        }

        if (until <= now)
        {
            problem = "That date has already passed. " + Examples;
            return null;
        }

        if (until > now.AddMonths(LongestMonths))
        {
            problem = "The longest pause is 6 months. " + Examples;
            return null;
        }

        return until;
    }
}
