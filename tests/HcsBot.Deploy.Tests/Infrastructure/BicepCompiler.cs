using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>The official Bicep compiler from the Azure.Bicep.CommandLine.linux-x64 NuGet package.</summary>
internal static partial class BicepCompiler
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    public static string FindExecutable()
    {
        var version = RepoPaths.AssemblyMetadata("BicepVersion");
        Assert.False(string.IsNullOrEmpty(version), "The test assembly does not carry BicepVersion metadata; check HcsBot.Deploy.Tests.csproj.");
        Assert.True(
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64,
            "These tests use the linux-x64 Bicep compiler package; run them on Linux x64.");

        // Restore knows exactly where it put the package; the environment variable and the default
        // folder cover a test assembly built on another machine.
        var roots = new[]
        {
            RepoPaths.AssemblyMetadata("NuGetPackageRoot"),
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? string.Empty,
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        var candidates = roots
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => Path.Combine(r, PackageId, version, "tools", "bicep"))
            .ToList();
        var path = candidates.FirstOrDefault(File.Exists);
        Assert.True(
            path is not null,
            $"Bicep {version} not found; `dotnet restore tests/HcsBot.Deploy.Tests` downloads it. Looked in:\n{string.Join('\n', candidates)}");

        // NuGet does not always keep the executable bit when it extracts a package.
        if (OperatingSystem.IsLinux())
        {
            var mode = File.GetUnixFileMode(path!);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path!, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path!;
    }

    /// <summary>Lines in the compiler's output that are diagnostics (errors, warnings, infos).</summary>
    public static IReadOnlyList<string> Diagnostics(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => DiagnosticPattern().IsMatch(line))
            .ToList();

    [GeneratedRegex(@"\)\s*:\s*(Error|Warning|Info)\s+[A-Za-z0-9-]+\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosticPattern();
}

/// <summary>Compiles and lints infra/ once for all the tests that read the result.</summary>
public sealed class BicepFixture : IAsyncLifetime
{
    internal string Executable { get; private set; } = string.Empty;

    internal ProcessResult BuildResult { get; private set; } = null!;

    internal IReadOnlyDictionary<string, ProcessResult> LintResults { get; private set; } = new Dictionary<string, ProcessResult>();

    internal ArmTemplate Template => new(JsonNode.Parse(BuildResult.StandardOutput)!.AsObject());

    public async Task InitializeAsync()
    {
        Executable = BicepCompiler.FindExecutable();
        var build = ProcessRunner.RunAsync(Executable, ["build", RepoPaths.MainBicep, "--stdout"]);

        // `bicep lint` reports on the file it is given, not on the modules that file uses: lint each one.
        var files = Directory.GetFiles(RepoPaths.InfraDirectory, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var lints = files.Select(f => ProcessRunner.RunAsync(Executable, ["lint", f])).ToList();

        BuildResult = await build;
        var lintResults = await Task.WhenAll(lints);
        LintResults = files.Zip(lintResults).ToDictionary(p => Path.GetRelativePath(RepoPaths.Root, p.First), p => p.Second);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class BicepDefinition : ICollectionFixture<BicepFixture>
{
    public const string Name = "bicep";
}
