using Harness.Core.OpenApi;
using Harness.Mock.Modules;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Harness.Mock.Server;

/// <summary>
/// The harness's WireMock mappings: the admin surface, one mapping per API (its base path) whose callback picks
/// the operation from the <see cref="RouteTable"/>, and a fallback for every other path. WireMock takes the lowest
/// priority number; users' own mappings (<see cref="HarnessMockOptions.MappingsDirectory"/>, WireMock's default
/// priority 0) therefore match before the APIs, and only the admin surface comes before them.
/// </summary>
internal static class MappingBuilder
{
    public const int AdminPriority = -1_000_000;

    /// <summary>Any user mapping with a smaller priority number (WireMock's default is 0) matches first.</summary>
    public const int ApiPriority = 1_000_000_000;
    public const int FallbackPriority = 2_000_000_000;

    public static void AddApis(WireMockServer server, ApiCatalog catalog, RouteTable routes, RequestPipeline pipeline,
        Func<IncomingRequest, MockResponse> unmatched)
    {
        foreach (var api in catalog.Apis)
        {
            // A longer base path first, so an API mounted inside another's path keeps its requests.
            var basePath = "/" + api.BasePath.Trim('/');
            server
                .Given(Request.Create().WithPath(path => Under(path, basePath)).UsingAnyMethod())
                .WithTitle($"harness: {api.Name}")
                .WithDescription($"Every operation of {Path.GetFileName(api.SourcePath)} under {basePath}, picked from the harness's route table")
                .AtPriority(ApiPriority - basePath.Length)
                .RespondWith(Response.Create().WithCallback(async message =>
                {
                    var incoming = WireMockGlue.ToIncoming(message);
                    if (routes.Find(incoming.Method, incoming.Path, out var values) is not { } bound)
                    {
                        return WireMockGlue.ToMessage(unmatched(incoming));
                    }

                    var response = await pipeline.HandleAsync(bound, values, incoming).ConfigureAwait(false);
                    return WireMockGlue.ToMessage(response);
                }));
        }
    }

    /// <summary>The (decoded) path is the base path or below it; the route table then reads the path as sent.</summary>
    private static bool Under(string path, string basePath) =>
        basePath.Length == 1
        || (path.StartsWith(basePath, StringComparison.Ordinal) && (path.Length == basePath.Length || path[basePath.Length] == '/'));

    public static void AddAdmin(WireMockServer server, Func<WireMock.IRequestMessage, Task<WireMock.IResponseMessage>> admin) =>
        server
            .Given(Request.Create().WithPath(path => path == "/__harness" || path.StartsWith("/__harness/", StringComparison.Ordinal)).UsingAnyMethod())
            .WithTitle("harness: admin")
            .AtPriority(AdminPriority)
            .RespondWith(Response.Create().WithCallback(admin));

    public static void AddFallback(WireMockServer server, Func<WireMock.IRequestMessage, WireMock.IResponseMessage> fallback) =>
        server
            .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .WithTitle("harness: no such operation")
            .AtPriority(FallbackPriority)
            .RespondWith(Response.Create().WithCallback(fallback));
}
