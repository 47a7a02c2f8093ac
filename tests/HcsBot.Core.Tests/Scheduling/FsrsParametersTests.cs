using HcsBot.Core.Scheduling;

namespace HcsBot.Core.Tests.Scheduling;

public sealed class FsrsParametersTests
{
    [Fact]
    public void Default_Always_MatchesTsFsrsDefaults()
    {
        var parameters = FsrsParameters.Default;

        double[] tsFsrsDefaultWeights =
        [
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        ];
        Assert.Equal(tsFsrsDefaultWeights, parameters.Weights);
        Assert.Equal(0.9, parameters.DesiredRetention);
        Assert.Equal(36500, parameters.MaximumIntervalDays);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], parameters.LearningSteps);
        Assert.Equal([TimeSpan.FromMinutes(10)], parameters.RelearningSteps);
        Assert.False(parameters.EnableFuzz);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    [InlineData(0)]
    public void Constructor_WrongWeightCount_ThrowsNamingTheCount(int count)
    {
        var weights = FsrsParameters.DefaultWeights.Take(count).Concat(Enumerable.Repeat(0.5, Math.Max(0, count - 21))).ToArray();

        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(weights));

        Assert.Contains($"FSRS-6 needs 21 weights, but {count} were given", error.Message, StringComparison.Ordinal);
        Assert.Equal("weights", error.ParamName);
    }

    [Theory]
    [InlineData(7, 0.9, "weight w[7] = 0.9 is outside 0.001 to 0.75")]
    [InlineData(0, 0.0005, "weight w[0] = 0.0005 is outside 0.001 to 100")]
    [InlineData(4, 11.0, "weight w[4] = 11 is outside 1 to 10")]
    [InlineData(16, 0.5, "weight w[16] = 0.5 is outside 1 to 6")]
    [InlineData(19, 0.0, "weight w[19] = 0 is outside 0.01 to 0.8")]
    [InlineData(20, 0.05, "weight w[20] = 0.05 is outside 0.1 to 0.8")]
    [InlineData(3, double.NaN, "weight w[3] = NaN is outside 0.001 to 100")]
    [InlineData(8, double.PositiveInfinity, "weight w[8] = Infinity is outside 0 to 4.5")]
    public void Constructor_WeightOutOfRange_ThrowsNamingIndexAndValue(int index, double value, string expectedMessage)
    {
        var weights = FsrsParameters.DefaultWeights.ToArray();
        weights[index] = value;

        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(weights));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ShortTermWeightAboveCeilingForTwoRelearningSteps_ThrowsNamingTsFsrsCeiling()
    {
        // ts-fsrs's clipParameters(w, 2) lowers the w17/w18 ceiling from 2 to 0.60045935 for the default weights.
        var weights = FsrsParameters.DefaultWeights.ToArray();
        weights[17] = 1.0;
        TimeSpan[] twoRelearningSteps = [TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)];

        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(weights, relearningSteps: twoRelearningSteps));

        Assert.Contains("weight w[17] = 1 is outside 0 to 0.60045935", error.Message, StringComparison.Ordinal);
        Assert.Equal(1.0, new FsrsParameters(weights).Weights[17]);
    }

    [Theory]
    [InlineData(0.99, "desired retention 0.99 is outside 0.70 to 0.97")]
    [InlineData(0.69, "desired retention 0.69 is outside 0.70 to 0.97")]
    [InlineData(double.NaN, "desired retention NaN is outside 0.70 to 0.97")]
    public void Constructor_DesiredRetentionOutOfRange_ThrowsNamingTheValue(double retention, string expectedMessage)
    {
        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(desiredRetention: retention));

        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal("desiredRetention", error.ParamName);
    }

    [Theory]
    [InlineData(0.70)]
    [InlineData(0.97)]
    public void Constructor_DesiredRetentionAtBound_IsAccepted(double retention)
    {
        Assert.Equal(retention, new FsrsParameters(desiredRetention: retention).DesiredRetention);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(36501)]
    public void Constructor_MaximumIntervalOutOfRange_ThrowsNamingTheValue(int days)
    {
        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(maximumIntervalDays: days));

        Assert.Contains($"maximum interval {days} days is outside 1 to 36500 days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_StepNotWholeMinutes_ThrowsNamingTheStep()
    {
        TimeSpan[] steps = [TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(90)];

        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(learningSteps: steps));

        Assert.Contains("learning step 2 (00:01:30) must be a positive whole number of minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroRelearningStep_ThrowsNamingTheStep()
    {
        var error = Assert.Throws<ArgumentException>(() => new FsrsParameters(relearningSteps: [TimeSpan.Zero]));

        Assert.Contains("relearning step 1 (00:00:00) must be a positive whole number of minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CallerChangesWeightArrayLater_ParametersKeepTheirCopy()
    {
        var weights = FsrsParameters.DefaultWeights.ToArray();
        var parameters = new FsrsParameters(weights);

        weights[0] = 50;

        Assert.Equal(0.212, parameters.Weights[0]);
    }
}
