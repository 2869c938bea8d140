using System.Text;
using Harness.Mock.Modules;
using Newtonsoft.Json;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Harness.Mock.Server;

/// <summary>Translates between WireMock.Net's request/response messages and the pipeline's own types.</summary>
internal static class WireMockGlue
{
    public static IncomingRequest ToIncoming(IRequestMessage message)
    {
        var host = First(message.Headers, "Host");
        var baseUrl = host is null ? message.Origin : $"{message.Protocol?.ToLowerInvariant() ?? "http"}://{host}";
        return new IncomingRequest(
            message.Method.ToUpperInvariant(),
            RawPath(message),
            name => First(message.Query, name),
            name => First(message.Headers, name),
            message.BodyAsBytes ?? (message.Body is { } text ? Encoding.UTF8.GetBytes(text) : null),
            message.ClientIP ?? "",
            baseUrl);
    }

    private const string JsonUtf8 = "application/json; charset=utf-8";

    public static IResponseMessage ToMessage(MockResponse response, string contentType = "application/json")
    {
        var message = new ResponseMessage { StatusCode = response.Status };
        var headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase);
        if (response.Text is not null)
        {
            message.BodyData = new BodyData
            {
                DetectedBodyType = BodyType.String,
                BodyAsString = response.Text,
                Encoding = Encoding.UTF8,
            };
            headers["Content-Type"] = new WireMockList<string>(response.ContentType ?? "text/plain; charset=utf-8");
        }
        else if (response.Body is not null)
        {
            message.BodyData = new BodyData
            {
                DetectedBodyType = BodyType.String,
                BodyAsString = JsonText.Render(response.Body),
                Encoding = Encoding.UTF8,
            };
            headers["Content-Type"] = new WireMockList<string>(contentType == "application/json" ? JsonUtf8 : $"{contentType}; charset=utf-8");
        }

        if (response.Headers is { } extra)
        {
            foreach (var (name, value) in extra)
            {
                headers[name] = new WireMockList<string>(value);
            }
        }

        message.Headers = headers;
        return message;
    }

    /// <summary>The path as sent, still percent-encoded (see <see cref="Server.RawPath"/>).</summary>
    private static string RawPath(IRequestMessage message) =>
        First(message.Headers, Server.RawPath.Header) ?? message.Path;

    private static string? First(IDictionary<string, WireMockList<string>>? values, string name)
    {
        if (values is null)
        {
            return null;
        }

        if (values.TryGetValue(name, out var list) && list.Count > 0)
        {
            return list[0];
        }

        foreach (var (key, value) in values)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && value.Count > 0)
            {
                return value[0];
            }
        }

        return null;
    }
}
