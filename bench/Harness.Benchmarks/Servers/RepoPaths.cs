using System.Reflection;

namespace Harness.Benchmarks.Servers;

/// <summary>Where the repository and the built <c>harness</c> binary are, from this assembly's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug: the configuration this benchmark was built with, so the CLI is the same build.</summary>
    public static string Configuration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public static string HarnessBinary => Path.Combine(Root, "src", "Harness.Cli", "bin", Configuration, "net10.0", OperatingSystem.IsWindows() ? "harness.exe" : "harness");

    public static string Docs => Path.Combine(Root, "docs", "benchmarks.md");

    public static string Specs => Path.Combine(Root, "specs");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Harness.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
