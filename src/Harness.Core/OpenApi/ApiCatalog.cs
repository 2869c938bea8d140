namespace Harness.Core.OpenApi;

/// <summary>
/// Every OpenAPI file of a folder, with its operations by operationId and a path matcher that prefers
/// literal segments over template parameters.
/// </summary>
public sealed class ApiCatalog
{
    private readonly Dictionary<string, ApiOperation> _byId;
    private readonly ApiOperation[] _byPrecedence;

    internal ApiCatalog(IReadOnlyList<ApiDescription> apis)
    {
        Apis = apis;
        var all = apis.SelectMany(a => a.Operations).ToArray();
        var duplicates = all.GroupBy(o => o.OperationId).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new OpenApiLoadException($"operationId used more than once: {string.Join(", ", duplicates)}");
        }

        _byId = all.ToDictionary(o => o.OperationId, StringComparer.Ordinal);
        _byPrecedence = all
            .OrderByDescending(o => o.Path.LiteralSegmentCount)
            .ThenBy(o => o.Path.Template, StringComparer.Ordinal)
            .ToArray();
    }

    public IReadOnlyList<ApiDescription> Apis { get; }

    public IEnumerable<ApiOperation> Operations => _byPrecedence;

    /// <summary>Loads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> file of <paramref name="directory"/>.</summary>
    public static async Task<ApiCatalog> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new OpenApiLoadException($"{directory}: no such folder of OpenAPI files");
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new OpenApiLoadException($"{directory}: no OpenAPI file (*.yaml, *.yml, *.json) found");
        }

        var apis = new List<ApiDescription>();
        foreach (var file in files)
        {
            apis.Add(await OpenApiFileReader.ReadAsync(file, cancellationToken).ConfigureAwait(false));
        }

        return new ApiCatalog(apis);
    }

    public ApiDescription? FindApi(string name) =>
        Apis.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public ApiOperation? Find(string operationId) => _byId.GetValueOrDefault(operationId);

    public bool TryFind(string operationId, out ApiOperation operation)
    {
        operation = Find(operationId)!;
        return operation is not null;
    }

    /// <summary>The operation for a method and path, literal segments winning over templates; null when none matches.</summary>
    public ApiOperation? Match(string method, string path, out IReadOnlyDictionary<string, string> pathValues)
    {
        foreach (var operation in _byPrecedence)
        {
            if (string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase)
                && operation.Path.TryMatch(path, out pathValues))
            {
                return operation;
            }
        }

        pathValues = new Dictionary<string, string>();
        return null;
    }

    /// <summary>The API whose base path starts <paramref name="path"/>, longest base path first.</summary>
    public ApiDescription? ApiForPath(string path) =>
        Apis.Where(a => a.BasePath.Length > 0 && path.StartsWith(a.BasePath, StringComparison.Ordinal))
            .OrderByDescending(a => a.BasePath.Length)
            .FirstOrDefault();
}
