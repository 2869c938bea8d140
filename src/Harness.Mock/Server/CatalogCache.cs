using System.Collections.Concurrent;
using Harness.Core.OpenApi;

namespace Harness.Mock.Server;

/// <summary>
/// Parsed catalogs by folder, so a second mock in the same process starts without re-reading the YAML.
/// A file that changed on disk (newer write time) is read again.
/// </summary>
internal static class CatalogCache
{
    private static readonly ConcurrentDictionary<string, (DateTime Stamp, Task<ApiCatalog> Catalog)> Cache = new(StringComparer.Ordinal);

    public static async Task<ApiCatalog> GetAsync(string directory, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(directory);
        var stamp = Directory.Exists(full)
            ? Directory.EnumerateFiles(full).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max()
            : default;
        var entry = Cache.AddOrUpdate(
            full,
            _ => (stamp, ApiCatalog.LoadAsync(full, CancellationToken.None)),
            (_, old) => old.Stamp == stamp && !old.Catalog.IsFaulted ? old : (stamp, ApiCatalog.LoadAsync(full, CancellationToken.None)));
        return await entry.Catalog.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
