using Harness.Runner.Recording;
using Harness.Runner.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Harness.Runner.Tests.Recording;

/// <summary>A target that answers out of contract, recorded through the proxy: the drift report names each break.</summary>
internal sealed class DriftReportTests
{
    private const string Key = "shop-secret-key-0123456789";

    private static FakeReply OutOfContract(FakeRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/v1/items/chair") => FakeReply.Json(200, """{"id":5}"""),
        ("GET", "/v1/items/table") => FakeReply.Json(200, """{"id":"table","name":"Table"}"""),
        ("DELETE", _) => FakeReply.Json(418, """{"code":"Teapot"}"""),
        _ => FakeReply.Json(404, """{"code":"NotFound"}"""),
    };

    private static async Task<(RecordingSession Session, string Folder, RecordingFiles Files)> RecordAsync()
    {
        await using var target = FakeServer.Start(OutOfContract);
        var session = new RecordingSession(ShopApi.Catalog);
        await using (var proxy = await RecordingProxy.StartAsync(new Uri(target.Url), 0, session))
        {
            using var http = new HttpClient { BaseAddress = new Uri(proxy.Url) };
            http.DefaultRequestHeaders.Add("X-Shop-Key", Key);
            (await http.GetStringAsync("/v1/items/chair")).Should().Be("""{"id":5}""", "the answer is forwarded unchanged");
            await http.GetAsync("/v1/items/table");
            (await http.DeleteAsync("/v1/items/chair")).StatusCode.Should().Be((System.Net.HttpStatusCode)418);
            await http.GetAsync("/v1/nowhere");
        }

        var folder = Directory.CreateTempSubdirectory("harness-drift-").FullName;
        return (session, folder, RecordingOutput.Write(session, folder, target.Url, "drift"));
    }

    [Test]
    public async Task ASchemaViolation_NamesTheOperationStatusAndSchemaPath()
    {
        var (session, folder, files) = await RecordAsync();
        try
        {
            var report = JObject.Parse(await File.ReadAllTextAsync(files.DriftJson!));

            var violations = report["drift"]!.Where(d => d["kind"]!.Value<string>() == "SchemaViolation").ToArray();
            violations.Select(v => (v["call"]!.Value<int>(), v["operationId"]!.Value<string>(), v["status"]!.Value<int>(), v["schemaPath"]!.Value<string>()))
                .Should().BeEquivalentTo(new[] { (1, "getItem", 200, "$.id"), (1, "getItem", 200, "$.name") });
            session.Drift.Should().NotContain(d => d.Exchange == 2, "the second answer keeps the contract");
            var html = await File.ReadAllTextAsync(files.DriftHtml!);
            html.Should().Contain("getItem").And.Contain("<code>$.name</code>");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task AnUndocumentedStatus_AndAnUnknownOperation_AreDrift_AndTheKeyIsInNoFile()
    {
        var (_, folder, files) = await RecordAsync();
        try
        {
            var drift = JObject.Parse(await File.ReadAllTextAsync(files.DriftJson!))["drift"]!;

            drift.Should().Contain(d => d["kind"]!.Value<string>() == "UndocumentedStatus" && d["operationId"]!.Value<string>() == "deleteItem"
                                        && d["status"]!.Value<int>() == 418 && d["expected"]!.Value<string>() == "one of 204");
            drift.Should().Contain(d => d["kind"]!.Value<string>() == "UnknownOperation" && d["path"]!.Value<string>() == "/v1/nowhere" && d["call"]!.Value<int>() == 4);
            foreach (var file in files.Scenarios.Append(files.DriftJson!).Append(files.DriftHtml!))
            {
                (await File.ReadAllTextAsync(file)).Should().NotContain(Key, file);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
