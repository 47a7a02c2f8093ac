using HcsBot.Deploy.Tests.Infrastructure;

namespace HcsBot.Deploy.Tests;

/// <summary>infra/ compiles with the official Bicep compiler, and its linter has nothing to say.</summary>
[Collection(BicepDefinition.Name)]
public sealed class BicepTests(BicepFixture bicep)
{
    [Fact]
    public void Build_MainBicep_SucceedsWithNoDiagnostics()
    {
        var result = bicep.BuildResult;

        Assert.True(result.ExitCode == 0, $"bicep build infra/main.bicep failed: {result.Describe()}");
        Assert.True(result.StandardError.Trim().Length == 0, $"bicep build reported:\n{result.StandardError}");
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_EveryBicepFile_ReportsNothing()
    {
        Assert.NotEmpty(bicep.LintResults);
        Assert.All(bicep.LintResults, lint =>
        {
            var (file, result) = (lint.Key, lint.Value);
            var diagnostics = BicepCompiler.Diagnostics(result.StandardOutput + "\n" + result.StandardError);
            Assert.True(result.ExitCode == 0, $"bicep lint {file} failed: {result.Describe()}");
            Assert.True(diagnostics.Count == 0, $"bicep lint {file}:\n{string.Join('\n', diagnostics)}");
            Assert.True(
                (result.StandardOutput + result.StandardError).Trim().Length == 0,
                $"bicep lint {file} printed:\n{result.Describe()}");
        });
    }
}
