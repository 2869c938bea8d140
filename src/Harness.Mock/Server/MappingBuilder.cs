using Harness.Core.OpenApi;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Harness.Mock.Server;

/// <summary>
/// Catalog → WireMock mappings, one per operation. Priorities follow literal segments, so a literal path
/// (<c>/api/users/getByEmail</c>) is always preferred to a template (<c>/api/users/{email}</c>).
/// </summary>
internal static class MappingBuilder
{
    public const int AdminPriority = 1;
    public const int FallbackPriority = 100_000;

    /// <summary>WireMock takes the lowest number: more literal segments, smaller number.</summary>
    public static int PriorityOf(ApiOperation operation) => 1000 - (10 * operation.Path.LiteralSegmentCount);

    public static void AddOperations(WireMockServer server, ApiCatalog catalog, RequestPipeline pipeline)
    {
        foreach (var operation in catalog.Operations)
        {
            var op = operation;
            server
                .Given(Request.Create().WithPath(new RegexMatcher(op.Path.ToRegex())).UsingMethod(op.Method))
                .AtPriority(PriorityOf(op))
                .RespondWith(Response.Create().WithCallback(async message =>
                {
                    var incoming = WireMockGlue.ToIncoming(message);
                    op.Path.TryMatch(incoming.Path, out var values);
                    var response = await pipeline.HandleAsync(op, values, incoming).ConfigureAwait(false);
                    return WireMockGlue.ToMessage(response);
                }));
        }
    }

    public static void AddAdmin(WireMockServer server, Func<WireMock.IRequestMessage, Task<WireMock.IResponseMessage>> admin) =>
        server
            .Given(Request.Create().WithPath(new RegexMatcher("^/__harness(/.*)?$")).UsingAnyMethod())
            .AtPriority(AdminPriority)
            .RespondWith(Response.Create().WithCallback(admin));

    public static void AddFallback(WireMockServer server, Func<WireMock.IRequestMessage, WireMock.IResponseMessage> fallback) =>
        server
            .Given(Request.Create().WithPath(new RegexMatcher(".*")).UsingAnyMethod())
            .AtPriority(FallbackPriority)
            .RespondWith(Response.Create().WithCallback(fallback));
}
