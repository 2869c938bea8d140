using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Harness.Benchmarks.Servers;

/// <summary>
/// The ceiling: Kestrel on 127.0.0.1, a minimal-API endpoint for any path that answers a constant JSON body
/// (Iterable's success envelope) without looking at the request. Nothing can serve the same load faster on
/// this machine, so every mock figure is reported as a ratio to it.
/// </summary>
internal sealed class CeilingServer : IAsyncDisposable
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"msg":"","code":"Success","params":null}""");
    private readonly WebApplication _app;

    private CeilingServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public static async Task<CeilingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapMethods("/{**path}", ["GET", "POST", "DELETE"], () => Results.Bytes(Body, "application/json; charset=utf-8"));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CeilingServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
