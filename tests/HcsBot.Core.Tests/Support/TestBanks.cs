using HcsBot.Core.Banks;
using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Tests.Support;

internal static class TestBanks
{
    /// <summary>A ready bank with <paramref name="perArea"/> questions in each of the nine areas; option B is always right.</summary>
    public static QuestionBank Spread(int perArea) => new(
        Areas.All.SelectMany(area => Enumerable.Range(1, perArea).Select(n => Make($"{area.Code}-{n:000}", area))));

    public static Question Make(string id, Area area, bool safetyCritical = false) => new(
        id, area, [$"K-{area.Code}"], [1], Difficulty.Medium, safetyCritical,
        $"Stem of {id}", ["Option A", "Option B", "Option C", "Option D"], 1,
        "Because B.", "A source", ReviewStatus.Ready, new DateOnly(2026, 11, 25));
}
