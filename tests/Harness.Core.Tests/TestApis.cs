using Harness.Core.OpenApi;

namespace Harness.Core.Tests;

/// <summary>The project's OpenAPI files (copied beside the test assembly), loaded once for all tests.</summary>
internal static class TestApis
{
    private static readonly Lazy<ApiCatalog> Loaded = new(
        () => ApiCatalog.LoadAsync(Folder).GetAwaiter().GetResult(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "openapi");

    /// <summary>The catalog of <c>openapi/</c>; also usable from test case sources (at discovery time).</summary>
    public static ApiCatalog Catalog => Loaded.Value;

    /// <summary>The operation with this id; fails the test when there is none.</summary>
    public static ApiOperation Operation(string operationId) =>
        Catalog.Find(operationId) ?? throw new AssertionException($"operation '{operationId}' is not in the catalog");

}
