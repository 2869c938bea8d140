using System.Net;
using Harness.Mock.Modules;
using Harness.Mock.Server;

namespace Harness.Mock.Admin;

/// <summary>
/// Keeps web pages out of the admin surface. A page the developer visits can make the browser send requests
/// to the mock: cross-origin ones carry an <c>Origin</c> (and <c>Sec-Fetch-Site</c>), "simple" ones a form or
/// text content type, and a page behind a rebound DNS name a <c>Host</c> that is not the mock's. Such calls are
/// refused; clients that are not browsers (curl, the runner, tests) send none of these and pass.
/// </summary>
internal static class AdminRequestGuard
{
    private static readonly string[] SafeMethods = ["GET", "HEAD", "OPTIONS"];

    /// <summary>The refusal for a call a browser page may have forged, or null when the call may proceed.</summary>
    public static MockResponse? Refusal(IncomingRequest request, HarnessMockOptions options)
    {
        if (HostOf(request.Header("Host")) is { } host && !IsOwnHost(host, options))
        {
            return AdminApi.Error(403, $"Host '{host}' is not a name of this mock; the admin surface answers IP addresses, localhost "
                + "and the names given with --admin-host (a guard against DNS rebinding)");
        }

        if (SafeMethods.Contains(request.Method))
        {
            return null;
        }

        var site = request.Header("Sec-Fetch-Site");
        if (site is not null && site is not ("same-origin" or "none"))
        {
            return AdminApi.Error(403, $"cross-site request refused (Sec-Fetch-Site: {site}): admin calls that change state come from this mock's own pages or from non-browser clients");
        }

        if (request.Header("Origin") is { } origin && !IsSameOrigin(origin, request))
        {
            return AdminApi.Error(403, $"cross-origin request refused (Origin: {origin}): admin calls that change state come from this mock's own pages or from non-browser clients");
        }

        if (request.Header("Content-Type") is { Length: > 0 } type && !IsJson(type))
        {
            return AdminApi.Error(415, $"admin calls take JSON bodies: Content-Type '{type}' refused (send application/json)");
        }

        return null;
    }

    private static string? HostOf(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        // "[::1]:5080" → "::1"; "127.0.0.1:5080" → "127.0.0.1"; "name" → "name".
        if (header.StartsWith('['))
        {
            var end = header.IndexOf(']', StringComparison.Ordinal);
            return end > 0 ? header[1..end] : header;
        }

        var colon = header.LastIndexOf(':');
        return colon > 0 ? header[..colon] : header;
    }

    /// <summary>An IP literal cannot be rebound; localhost and the configured names are the mock's own.</summary>
    private static bool IsOwnHost(string host, HarnessMockOptions options) =>
        IPAddress.TryParse(host, out _)
        || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || host.Equals(options.Host, StringComparison.OrdinalIgnoreCase)
        || (options.AdminHosts?.Contains(host, StringComparer.OrdinalIgnoreCase) ?? false);

    private static bool IsSameOrigin(string origin, IncomingRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var from)
        && Uri.TryCreate(request.BaseUrl, UriKind.Absolute, out var own)
        && string.Equals(from.Scheme, own.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(from.Host, own.Host, StringComparison.OrdinalIgnoreCase)
        && from.Port == own.Port;

    private static bool IsJson(string contentType)
    {
        var media = contentType.Split(';', 2)[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
