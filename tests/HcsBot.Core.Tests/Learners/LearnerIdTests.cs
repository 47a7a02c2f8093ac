using HcsBot.Core.Learners;

namespace HcsBot.Core.Tests.Learners;

public class LearnerIdTests
{
    [Fact]
    public void TryCreate_TeamsIds_MakesACaseInsensitiveKey()
    {
        Assert.True(LearnerId.TryCreate("72F988BF-86F1-41AF-91AB-2D7CD011DB47", "00000000-0000-0000-0000-0000000000AA", out var learner));

        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47_00000000-0000-0000-0000-0000000000aa", learner!.Value.Key);
    }

    [Theory]
    [InlineData(null, "user")]
    [InlineData("tenant", null)]
    [InlineData("tenant", "")]
    [InlineData("ten/ant", "user")]
    [InlineData("tenant", "us#er")]
    [InlineData("tenant", "user?x")]
    public void TryCreate_MissingOrUnsafeParts_IsRefused(string? tenant, string? user)
    {
        Assert.False(LearnerId.TryCreate(tenant, user, out _));
    }
}
