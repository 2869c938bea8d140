namespace Harness.Runner.Tests;

/// <summary>The repository's folders, found by walking up from the test assembly to <c>Harness.sln</c>.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Harness.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Harness.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;
    public static string OpenApi => Path.Combine(Root, "openapi");
    public static string Specs => Path.Combine(Root, "specs");
    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>A path as diagnostics show it: relative to the repository root, with '/'.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
