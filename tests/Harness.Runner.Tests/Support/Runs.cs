using Harness.Core.Scenarios;
using Harness.Runner.Events;
using Harness.Runner.Execution;
using Harness.Runner.Results;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Support;

/// <summary>Runs scenarios of the shop API against a URL, with a short timeout so misbehaving targets fail fast.</summary>
internal static class Runs
{
    public static ScenarioRunner Runner(string url, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? keys = null, int parallel = 1, params IRunListener[] listeners) =>
        new(ShopApi.Catalog,
            new RunTarget(new Uri(url), new Dictionary<string, Uri>(), keys ?? new Dictionary<string, string>()),
            new RunnerOptions { Timeout = timeout ?? TimeSpan.FromSeconds(5), Parallel = parallel, Environment = _ => null },
            listeners);

    public static async Task<ScenarioResult> RunAsync(string url, Scenario scenario, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? keys = null)
    {
        using var runner = Runner(url, timeout, keys);
        return await runner.RunCaseAsync(scenario.Cases()[0]);
    }

    /// <summary>A fake shop: items echo, health only when <paramref name="harness"/>, admin calls accepted.</summary>
    public static FakeReply Shop(FakeRequest request, bool harness = false) => (request.Method, request.Path) switch
    {
        ("GET", "/__harness/health") => harness ? FakeReply.Json(200, """{"status":"ok"}""") : FakeReply.Json(404, """{"code":"NotFound"}"""),
        (_, var path) when path.StartsWith("/__harness/", StringComparison.Ordinal) => FakeReply.Json(200, "{}"),
        ("POST", "/v1/items") => FakeReply.Json(200, request.Body),
        ("GET", "/v1/items") => FakeReply.Json(200, """{"total":0,"items":[]}"""),
        ("GET", var path) when path.StartsWith("/v1/items/", StringComparison.Ordinal) =>
            FakeReply.Json(200, $$"""{"id":"{{Uri.UnescapeDataString(path["/v1/items/".Length..])}}","name":"Chair"}"""),
        ("DELETE", _) => FakeReply.Empty(204),
        _ => FakeReply.Json(404, """{"code":"NotFound"}"""),
    };
}
