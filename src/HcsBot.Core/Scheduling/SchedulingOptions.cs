using System.ComponentModel.DataAnnotations;

namespace HcsBot.Core.Scheduling;

/// <summary>Per-programme scheduling settings ("Scheduling" configuration section).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>The recall probability reviews aim for: higher means more reviews, sooner.</summary>
    [Range(0.70, 0.97)]
    public double DesiredRetention { get; set; } = FsrsParameters.DefaultDesiredRetention;

    /// <summary>New questions introduced per UTC day, so new material never buries due reviews.</summary>
    [Range(1, 100)]
    public int DailyNewLimit { get; set; } = 10;

    public FsrsParameters ToParameters() => new(desiredRetention: DesiredRetention);
}
