using System.Net;
using System.Net.Sockets;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Harness.Benchmarks.Servers;

/// <summary>
/// A peer a user might pick instead of the mock: WireMock.Net (the package the mock runs on) with static stubs
/// of registerDeviceToken and users/update answering Iterable's success envelope — no validation, no state.
/// Same settings as the mock where they apply: loopback, its admin API and request log off.
/// </summary>
internal sealed class WireMockPeer : IDisposable
{
    private const string Envelope = """{"msg":"","code":"Success","params":null}""";
    private readonly WireMockServer _server;

    private WireMockPeer(WireMockServer server, string url)
    {
        _server = server;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The scenarios the peer has stubs for.</summary>
    public static bool Serves(string scenario) => scenario is "registerDeviceToken" or "users/update";

    public static WireMockPeer Start()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{port}";
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [url],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            MaxRequestLogCount = 0,
            Logger = new WireMockNullLogger(),
        });
        foreach (var path in new[] { "/api/users/registerDeviceToken", "/api/users/update" })
        {
            server
                .Given(Request.Create().WithPath(path).UsingPost())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(Envelope));
        }

        return new WireMockPeer(server, url);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
