namespace Harness.Cli.Commands;

/// <summary>Default folders: the working directory's own when present, else the copies shipped with the tool.</summary>
internal static class CliPaths
{
    public static string OpenApi(string? given) => given ?? Local("openapi") ?? Harness.Mock.HarnessMock.DefaultOpenApiDirectory;

    public static string? Fixtures(string? given) => given ?? Local("fixtures") ?? Shipped(Harness.Mock.HarnessMock.DefaultFixturesDirectory);

    private static string? Local(string name) =>
        Directory.Exists(name) && Directory.EnumerateFileSystemEntries(name).Any() ? Path.GetFullPath(name) : null;

    private static string? Shipped(string path) => Directory.Exists(path) ? path : null;
}
