namespace HcsBot.Core.Curriculum;

/// <summary>One of the nine areas of the ST0220 v1.0 standard.</summary>
/// <param name="Code">Three-letter code used in question ids and storage keys.</param>
/// <param name="Name">The area's name as the standard gives it.</param>
/// <param name="ShortName">A label short enough for a phone-width card.</param>
/// <param name="Slug">The bank file name for the area.</param>
public sealed record Area(string Code, string Name, string ShortName, string Slug);
