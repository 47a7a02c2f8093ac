namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>The result of one run of manifest/build-package.sh.</summary>
internal sealed record AppPackageBuild(ProcessResult Process, string OutputDirectory, string Environment)
{
    public string ManifestPath => Path.Combine(OutputDirectory, "manifest.json");

    public string ZipPath => Path.Combine(OutputDirectory, $"appPackage.{Environment}.zip");
}

/// <summary>Runs manifest/build-package.sh the way a Teams admin does: against a filled copy of an env template.</summary>
internal static class AppPackageBuilder
{
    public static async Task<AppPackageBuild> BuildAsync(
        string environment,
        string workDirectory,
        IReadOnlyDictionary<string, string>? overrides = null)
    {
        var envFile = EnvFiles.WriteFilledCopy(environment, Path.Combine(workDirectory, "env"), overrides);
        var outputDirectory = Path.Combine(workDirectory, "out");
        var result = await ProcessRunner.RunAsync(
            "bash",
            [RepoPaths.BuildPackageScript, envFile],
            new Dictionary<string, string> { ["HCSBOT_APP_PACKAGE_DIR"] = outputDirectory },
            timeout: TimeSpan.FromMinutes(1));
        return new AppPackageBuild(result, outputDirectory, environment);
    }

    public static string NewWorkDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "hcsbot-deploy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}

/// <summary>Builds the dev package once for every test that reads it.</summary>
public sealed class DevAppPackageFixture : IAsyncLifetime
{
    private readonly string _workDirectory = AppPackageBuilder.NewWorkDirectory();

    internal AppPackageBuild Build { get; private set; } = null!;

    public async Task InitializeAsync() => Build = await AppPackageBuilder.BuildAsync("dev", _workDirectory);

    public Task DisposeAsync()
    {
        Directory.Delete(_workDirectory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The filled manifest, after asserting the build succeeded.</summary>
    internal string ReadManifest()
    {
        Assert.True(Build.Process.ExitCode == 0, $"manifest/build-package.sh failed: {Build.Process.Describe()}");
        return File.ReadAllText(Build.ManifestPath);
    }
}

[CollectionDefinition(Name)]
public sealed class DevAppPackageDefinition : ICollectionFixture<DevAppPackageFixture>
{
    public const string Name = "dev app package";
}
