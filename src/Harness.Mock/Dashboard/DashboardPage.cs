using System.Reflection;
using Harness.Mock.Modules;

namespace Harness.Mock.Dashboard;

/// <summary>Serves the dashboard's files, embedded in the assembly so the page works offline.</summary>
internal static class DashboardPage
{
    private static readonly Assembly Assembly = typeof(DashboardPage).Assembly;

    public static MockResponse Serve(string[] rest)
    {
        var name = rest.Length == 0 ? "index.html" : string.Join('/', rest);
        using var stream = Assembly.GetManifestResourceStream("Dashboard/" + name);
        if (stream is null)
        {
            return new MockResponse(404, new Newtonsoft.Json.Linq.JObject { ["error"] = $"no dashboard file '{name}'" });
        }

        using var reader = new StreamReader(stream);
        // The page is served from the assembly: never let a browser keep an old copy across versions.
        return MockResponse.Content(reader.ReadToEnd(), ContentTypeOf(name)).WithHeader("Cache-Control", "no-store");
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
