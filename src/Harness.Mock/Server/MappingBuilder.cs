using System.Text.RegularExpressions;
using Harness.Core.OpenApi;
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

    public static void AddOperations(WireMockServer server, ApiCatalog catalog, ModuleBindings bindings, RequestPipeline pipeline)
    {
        foreach (var operation in catalog.Operations)
        {
            var op = operation;
            var bound = bindings[operation];
            // Not WireMock's RegexMatcher: it compiles its regex (RegexOptions.Compiled), and every request is
            // matched against every mapping, so the first request of each new mock JIT-compiled ~35 regexes
            // (30-300 ms; docs/benchmarks.md). An interpreted regex behind an ordinal prefix test costs nothing
            // to build and runs for the one or two mappings whose literal prefix fits.
            var prefix = op.Path.LiteralPrefix;
            var pattern = new Regex(op.Path.ToRegex(), RegexOptions.CultureInvariant);
            server
                .Given(Request.Create().WithHeader(headers => Matches(headers, prefix, pattern)).UsingMethod(op.Method))
                .AtPriority(PriorityOf(op))
                .RespondWith(Response.Create().WithCallback(async message =>
                {
                    var incoming = WireMockGlue.ToIncoming(message);
                    op.Path.TryMatch(incoming.Path, out var values);
                    var response = await pipeline.HandleAsync(bound, values, incoming).ConfigureAwait(false);
                    return WireMockGlue.ToMessage(response);
                }));
        }
    }

    /// <summary>Matches the path as sent (see <see cref="RawPath"/>), so an encoded slash stays inside its segment.</summary>
    private static bool Matches(IDictionary<string, string[]> headers, string prefix, Regex pattern) =>
        headers.TryGetValue(RawPath.Header, out var values) && values.Length > 0
        && values[0].StartsWith(prefix, StringComparison.Ordinal) && pattern.IsMatch(values[0]);

    public static void AddAdmin(WireMockServer server, Func<WireMock.IRequestMessage, Task<WireMock.IResponseMessage>> admin) =>
        server
            .Given(Request.Create().WithPath(path => path == "/__harness" || path.StartsWith("/__harness/", StringComparison.Ordinal)).UsingAnyMethod())
            .AtPriority(AdminPriority)
            .RespondWith(Response.Create().WithCallback(admin));

    public static void AddFallback(WireMockServer server, Func<WireMock.IRequestMessage, WireMock.IResponseMessage> fallback) =>
        server
            .Given(Request.Create().WithPath(_ => true).UsingAnyMethod())
            .AtPriority(FallbackPriority)
            .RespondWith(Response.Create().WithCallback(fallback));
}
