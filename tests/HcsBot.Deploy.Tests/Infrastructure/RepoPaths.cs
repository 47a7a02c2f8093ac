using System.Reflection;

namespace HcsBot.Deploy.Tests.Infrastructure;

/// <summary>Where things live in the repository and on the build machine.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Manifest => Path.Combine(Root, "manifest", "manifest.json");

    public static string ColorIcon => Path.Combine(Root, "manifest", "color.png");

    public static string OutlineIcon => Path.Combine(Root, "manifest", "outline.png");

    public static string BuildPackageScript => Path.Combine(Root, "manifest", "build-package.sh");

    public static string InfraDirectory => Path.Combine(Root, "infra");

    public static string MainBicep => Path.Combine(InfraDirectory, "main.bicep");

    public static string MainParameters => Path.Combine(InfraDirectory, "main.parameters.json");

    public static string EnvDirectory => Path.Combine(Root, "env");

    public static string EnvTemplate(string environment) => Path.Combine(EnvDirectory, $".env.{environment}.template");

    public static string PrepareScript => Path.Combine(Root, "tests", "HcsBot.Deploy.Tests", "prepare.sh");

    /// <summary>The folder of Teams manifest schemas installed by prepare.sh from npm (@microsoft/app-manifest).</summary>
    public static string TeamsSchemaRoot => Path.Combine(
        Root, "tests", "HcsBot.Deploy.Tests", "schema", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    public static string AssemblyMetadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value ?? string.Empty;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HcsBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find HcsBot.sln above {AppContext.BaseDirectory}.");
    }
}
