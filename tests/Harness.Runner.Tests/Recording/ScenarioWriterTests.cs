using Harness.Core.Diagnostics;
using Harness.Core.Scenarios.Linting;
using Harness.Core.Scenarios.Parsing;
using Harness.Runner.Recording;
using Harness.Runner.Tests.Support;

namespace Harness.Runner.Tests.Recording;

internal sealed class ScenarioWriterTests
{
    private static RecordedExchange Call(string method, string path, int status, string response, string? body = null, string query = "",
        params (string, string)[] headers) =>
        new(method, path, query, headers.Select(h => new KeyValuePair<string, string>(h.Item1, h.Item2)).Append(new("X-Shop-Key", "k-123456789")).ToArray(),
            body, status, "application/json", response);

    private static string Write(params RecordedExchange[] exchanges)
    {
        var written = new ScenarioWriter(ShopApi.Catalog).Write(exchanges, "t", "d");
        var yaml = written.Should().ContainSingle().Subject.Yaml;
        var file = ScenarioParser.Parse(new SourceDocument("recorded.scenario.yaml", yaml));
        var diagnostics = file.Diagnostics.Concat(file.Scenario is null ? [] : ScenarioLinter.Lint(file.Scenario, ShopApi.Catalog)).ToArray();
        diagnostics.Should().BeEmpty(DiagnosticFormatter.Format(diagnostics) + "\n" + yaml);
        return yaml;
    }

    [Test]
    public void AnIdTheServiceMadeUp_IsCapturedWhereItAppears_AndUsedByLaterCalls()
    {
        var yaml = Write(
            Call("POST", "/v1/items", 200, """{"id":"it-77","name":"Chair"}""", """{"id":"","name":"Chair"}"""),
            Call("GET", "/v1/items/it-77", 200, """{"id":"it-77","name":"Chair"}"""),
            Call("DELETE", "/v1/items/it-77", 204, ""));

        yaml.Should().Contain("capture:\n      id: \"$.id\"");
        yaml.Should().Contain("body: {\"name\":\"Chair\"}", "the made-up id is not expected where it is new");
        yaml.Should().Contain("path: {\"id\":\"{{ id }}\"}").And.Contain("body: {\"id\":\"{{ id }}\",\"name\":\"Chair\"}");
        yaml.Should().Contain("status: 204\n      emptyBody: true");
        yaml.Should().NotContain("k-123456789");
    }

    [Test]
    public void VolatileValues_AreLeftOutOfTheExpectation_StableOnesKept()
    {
        var yaml = Write(Call("GET", "/v1/items", 200,
            """{"total":2,"items":[{"id":"a","name":"A"}],"nextPage":"2026-01-01T00:00:00Z","stamp":"0b8f3c1e-52a4-4c8e-9e0e-7b5d1c2a3f40"}""",
            query: "max=1&offset=0&nonsense=1"));

        yaml.Should().Contain("query: {\"max\":\"1\",\"offset\":\"0\"}");
        yaml.Should().Contain("# note: call 1 (listItems): query parameter 'nonsense' is not documented and was left out");
        yaml.Should().Contain("body: {\"total\":2,\"items\":[{\"id\":\"a\",\"name\":\"A\"}]}");
    }

    [Test]
    public void ACallWithoutTheKey_SendsNone_AndABodyThatIsNotJson_IsSentRaw()
    {
        var noKey = new RecordedExchange("GET", "/v1/items/x", "", [], null, 404, "application/json", """{"code":"NotFound"}""");
        var raw = Call("POST", "/v1/items", 400, """{"code":"BadJson"}""", "{not json", headers: ("Content-Type", "text/plain"));

        var yaml = Write(noKey, raw);

        yaml.Should().Contain("apiKey: null").And.Contain("rawBody: \"{not json\"").And.Contain("contentType: \"text/plain\"");
    }
}
