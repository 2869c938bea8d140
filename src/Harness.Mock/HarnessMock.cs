using System.Net;
using System.Net.Sockets;
using Harness.Core.OpenApi;
using Harness.Mock.Admin;
using Harness.Mock.Apis;
using Harness.Mock.Modules;
using Harness.Mock.Server;
using Harness.Mock.State;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Harness.Mock;

/// <summary>
/// A running mock of every API in the OpenAPI folder, on one port: start it with <see cref="StartAsync"/>,
/// point a client at <see cref="Url"/>, dispose it to stop.
/// <code>await using var mock = await HarnessMock.StartAsync(); var client = new HttpClient { BaseAddress = new(mock.Url) };</code>
/// </summary>
public sealed class HarnessMock : IAsyncDisposable, IDisposable
{
    private readonly WireMockServer _server;

    private HarnessMock(WireMockServer server, MockRuntime runtime, string url)
    {
        _server = server;
        Runtime = runtime;
        Url = url;
    }

    /// <summary>Base URL without a trailing slash, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public string Url { get; }

    public int Port => new Uri(Url).Port;

    public ApiCatalog Catalog => Runtime.Catalog;

    /// <summary>Tenants, journal, clock and faults, for in-process tests that want to look inside.</summary>
    public MockRuntime Runtime { get; }

    /// <summary>The base URL of one API (<c>http://127.0.0.1:5080/rest/3.0</c>).</summary>
    public string UrlOf(string api) =>
        Url + (Catalog.FindApi(api)?.BasePath ?? throw new ArgumentException($"no API named '{api}'", nameof(api)));

    /// <summary>The OpenAPI files shipped beside this assembly.</summary>
    public static string DefaultOpenApiDirectory => Path.Combine(AppContext.BaseDirectory, "openapi");

    /// <summary>The fixtures shipped beside this assembly (the demo tenant).</summary>
    public static string DefaultFixturesDirectory => Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static async Task<HarnessMock> StartAsync(HarnessMockOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HarnessMockOptions();
        options.Validate();
        var catalog = await CatalogCache.GetAsync(options.OpenApiDirectory ?? DefaultOpenApiDirectory, cancellationToken).ConfigureAwait(false);
        var runtime = new MockRuntime(catalog, ModuleBinder.Bind(catalog, options.Modules), options);
        var fixtures = new FixtureLoader(runtime.Tenants, runtime.Clock);
        if (options.FixturesDirectory is { } folder)
        {
            fixtures.SeedFolder(folder);
        }

        var pipeline = new RequestPipeline(runtime);
        var routes = new RouteTable(catalog, runtime.Bindings);
        var lane = new OperationLane(routes, pipeline);
        var port = options.Port == 0 ? FreePort(options.Host) : EnsureFree(options.Host, options.Port);
        var url = $"http://{options.Host}:{port}";
        var server = StartServer(url, new WireMockServerSettings
        {
            Urls = [url],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            // The journal keeps a bounded history; WireMock.Net's own log would grow without limit.
            MaxRequestLogCount = 0,
            // The pipeline parses what it validates; WireMock parses bodies only for users' own mappings,
            // whose body matchers (JsonPath, JsonPartial…) read the parsed body.
            DisableJsonBodyParsing = options.MappingsDirectory is null,
            DisableRequestBodyDecompressing = true,
            AllowBodyForAllHttpMethods = true,
            // A query value is what stands between '=' and '&', as ASP.NET Core (and the operation lane) reads it;
            // WireMock.Net's default would also cut "a,b" and "a;b" into several values and hand on the first.
            QueryParameterMultipleValueSupport = WireMock.Types.QueryParameterMultipleValueSupport.Ampersand,
            Logger = new WireMockNullLogger(),
            PreWireMockMiddlewareInit = app =>
            {
                var builder = (Microsoft.AspNetCore.Builder.IApplicationBuilder)app;
                RequestBodyGate.Install(builder, runtime, pipeline);
                lane.Install(builder);
                RawPath.Install(builder);
            },
        });

        var admin = new AdminApi(runtime, fixtures);
        MappingBuilder.AddAdmin(server, message =>
            Task.FromResult(WireMockGlue.ToMessage(admin.Handle(WireMockGlue.ToIncoming(message)))));
        MappingBuilder.AddApis(server, catalog, routes, pipeline, request => Unmatched(runtime, pipeline, request));
        MappingBuilder.AddFallback(server, message => WireMockGlue.ToMessage(Unmatched(runtime, pipeline, WireMockGlue.ToIncoming(message))));
        var harnessMappings = server.Mappings.Select(m => m.Guid).ToHashSet();
        if (options.MappingsDirectory is { } mappings)
        {
            try
            {
                UserMappings.Add(server, mappings);
            }
            catch
            {
                server.Stop();
                server.Dispose();
                throw;
            }
        }

        lane.Open = server.Mappings.All(m => harnessMappings.Contains(m.Guid));
        return new HarnessMock(server, runtime, url);
    }

    /// <summary>
    /// WireMock.Net's own list of mappings (what its admin API's <c>GET /__admin/mappings</c> shows): the
    /// harness's admin, one per API, the fallback, and the user's mappings from <see cref="HarnessMockOptions.MappingsDirectory"/>.
    /// </summary>
    public IEnumerable<WireMock.IMapping> Mappings => _server.Mappings;

    private static MockResponse Unmatched(MockRuntime runtime, RequestPipeline pipeline, IncomingRequest request)
    {
        var api = runtime.Catalog.ApiForPath(request.Path);
        var nearest = Nearest(runtime.Catalog, request);
        var errors = api is null ? GenericErrors.Instance : runtime.ModuleFor(api.Name)?.Errors ?? GenericErrors.Instance;
        var allowed = runtime.Catalog.Operations.Where(o => o.Path.TryMatch(request.Path, out _)).Select(o => o.Method.ToUpperInvariant()).Distinct().ToArray();
        var response = allowed.Length > 0
            ? errors.WrongMethod(request.Method, request.Path, allowed, nearest)
            : errors.NoSuchOperation(request.Method, request.Path, nearest);
        var key = api is null ? null : Credentials.Read(api.Security, request);
        pipeline.RecordUnmatched(request, key, response, nearest is null ? "no operation matches" : $"no operation matches; nearest: {nearest}");
        return response;
    }

    /// <summary>The operation a wrong request most likely meant: same path another method, or the closest path.</summary>
    private static string? Nearest(ApiCatalog catalog, IncomingRequest request)
    {
        // A typo usually keeps the start right: the same-method operation sharing the longest path prefix.
        var best = catalog.Operations
            .Where(o => string.Equals(o.Method, request.Method, StringComparison.OrdinalIgnoreCase))
            .Select(o => (o, shared: SharedPrefix(o.Path.Template, request.Path)))
            .OrderByDescending(x => x.shared)
            .FirstOrDefault();
        if (best.o is not null && best.shared > best.o.Api.BasePath.Length + 1)
        {
            return Describe(best.o);
        }

        // Otherwise the right path called with another method.
        var samePath = catalog.Operations.FirstOrDefault(o => o.Path.TryMatch(request.Path, out _));
        return samePath is null ? null : Describe(samePath);
    }

    private static string Describe(ApiOperation operation) =>
        $"{operation.Method} {operation.Path.Template} ({operation.OperationId})";

    private static int SharedPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// A taken port fails here in milliseconds with one plain sentence; WireMock.Net would wait out its start-up
    /// timeout (about ten seconds) and then throw a nest of exceptions.
    /// </summary>
    private static int EnsureFree(string host, int port)
    {
        if (!IPAddress.TryParse(host, out var address))
        {
            return port;
        }

        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return port;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new IOException($"port {port} on {host} is already in use: stop whatever listens there, or choose another port", e);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressNotAvailable or SocketError.AccessDenied)
        {
            throw new IOException($"cannot listen on {host}:{port}: {e.Message}", e);
        }
    }

    private static WireMockServer StartServer(string url, WireMockServerSettings settings)
    {
        try
        {
            return WireMockServer.Start(settings);
        }
        catch (WireMock.Exceptions.WireMockException e)
        {
            // The bind lost a race after EnsureFree, or the host name did not resolve: still one sentence.
            var cause = e.InnerException?.InnerException ?? e.InnerException ?? e;
            throw new IOException($"cannot listen on {url}: {cause.Message}", e);
        }
    }

    private static int FreePort(string host)
    {
        var address = IPAddress.TryParse(host, out var parsed) ? parsed : IPAddress.Loopback;
        using var listener = new TcpListener(address, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Runtime.Stop();
        _server.Stop();
        _server.Dispose();
        Runtime.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
