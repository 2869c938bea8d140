namespace Harness.Core.Scenarios;

/// <summary>Finds scenario files (<c>*.scenario.yaml</c>, <c>*.scenario.yml</c>) under the paths a user names.</summary>
public static class ScenarioDiscovery
{
    public static readonly IReadOnlyList<string> Patterns = ["*.scenario.yaml", "*.scenario.yml"];

    /// <summary>
    /// Files named directly are taken whatever their name; folders are searched recursively. Paths come back
    /// as given (relative stays relative), with '/' separators, in ordinal order, each once.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalize(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var pattern in Patterns)
                {
                    foreach (var file in Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories))
                    {
                        files.Add(Normalize(file));
                    }
                }
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files.ToArray();
    }

    private static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        return slashed.StartsWith("./", StringComparison.Ordinal) ? slashed[2..] : slashed;
    }
}
