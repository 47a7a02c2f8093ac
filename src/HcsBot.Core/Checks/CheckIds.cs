using System.Globalization;

namespace HcsBot.Core.Checks;

public static class CheckIds
{
    /// <summary>
    /// A new check id that sorts before every earlier one (inverted ticks, then random hex against
    /// same-tick collisions). Keys sort ascending in a partition, so "the latest check" is the first row.
    /// </summary>
    public static string New(DateTimeOffset now, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var inverted = DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks;
        return inverted.ToString("x16", CultureInfo.InvariantCulture) + random.Next(0x10000).ToString("x4", CultureInfo.InvariantCulture);
    }

    /// <summary>Card data comes from the client: accept only the shape we issue.</summary>
    public static bool IsWellFormed(string? checkId) =>
        checkId is { Length: 20 } && checkId.All(char.IsAsciiHexDigitLower);
}
