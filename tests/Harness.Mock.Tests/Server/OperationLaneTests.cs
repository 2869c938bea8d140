using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Apis.Iterable;
using Harness.Mock.Tests.Generic;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Server;

/// <summary>
/// An operation's request is answered by the operation lane in front of WireMock.Net, unless the user has
/// mappings of their own; then it goes through WireMock.Net's mapping for the API. Both must answer alike.
/// </summary>
public sealed class OperationLaneTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "harness-lane-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        // A mapping for a path outside every API: it takes nothing from the harness, but shuts the lane.
        File.WriteAllText(Path.Combine(_folder, "elsewhere.json"), """
            { "Request": { "Path": "/elsewhere/ping", "Methods": [ "GET" ] }, "Response": { "StatusCode": 204 } }
            """);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>One request: method, path and query as sent, headers, body (null: none; chunked: sent without a length).</summary>
    private sealed record Call(string Method, string Target, string? Body = null, bool Chunked = false, params string[] Headers);

    private static readonly string BigPlan = new('p', 20_000);

    private static readonly Call[] VendorCalls =
    [
        new("POST", "/api/users/update", """{"email":"lane@example.com","dataFields":{"plan":"gold","visits":3}}""", false, "Api-Key: lane-key"),
        new("POST", "/api/users/registerDeviceToken", """{"email":"lane@example.com","device":{"token":"tok-1","platform":"APNS","applicationName":"App"}}""", false, "Api-Key: lane-key"),
        new("GET", "/api/users/getByEmail?email=lane%40example.com", null, false, "Api-Key: lane-key"),
        // An answer longer than the lane writes straight into the connection's buffer.
        new("POST", "/api/users/update", $$$"""{"email":"big@example.com","dataFields":{"plan":"{{{BigPlan}}}"}}""", false, "Api-Key: lane-key"),
        new("GET", "/api/users/getByEmail?email=big%40example.com", null, false, "Api-Key: lane-key"),
        new("GET", "/api/users/lane%40example.com", null, false, "Api-Key: lane-key"),
        new("GET", "/api/users/byUserId/a%2Fb", null, false, "Api-Key: lane-key"),
        new("post", "/api/users/update", """{"email":"lower@example.com"}""", false, "Api-Key: lane-key"),
        new("POST", "/api/users/update", """{"email":"chunked@example.com","dataFields":{"n":1}}""", true, "Api-Key: lane-key"),
        new("POST", "/api/users/update", "{bad", false, "Api-Key: lane-key"),
        new("POST", "/api/users/update", """{"email":7}""", false, "Api-Key: lane-key"),
        new("POST", "/api/users/update", """{"email":"nokey@example.com"}"""),
        new("POST", "/api/users/update", null, false, "Api-Key: lane-key"),
        new("DELETE", "/api/users/update", null, false, "Api-Key: lane-key"),
        new("GET", "/api/users/nothing/here/at/all", null, false, "Api-Key: lane-key"),
        new("POST", "/rest/3.0/tagUsers", """{"tag":["Sport"],"extIds":["u-1","u-2","u-1"]}""", false, "X-netmera-api-key: lane-key"),
        new("GET", "/rest/3.0/getDevices?extId=u-1&pushPermitted=true", null, false, "X-netmera-api-key: lane-key"),
        new("GET", "/rest/3.0/getDevices?extId=a,b%2Cc+d&pushPermitted=yes", null, false, "X-netmera-api-key: lane-key"),
        new("GET", "/rest/3.0/getDevices?extId=u-1", null, false, "X-netmera-api-key: wrong key with spaces"),
    ];

    [Test]
    public async Task VendorRequests_AreAnsweredAlike_ByTheLaneAndThroughWireMock()
    {
        await using var lane = await ClockedMock.StartAsync();
        await using var wireMock = await ClockedMock.StartAsync(new HarnessMockOptions { MappingsDirectory = _folder });

        var viaLane = await SendAll(lane.Mock, VendorCalls);
        var viaWireMock = await SendAll(wireMock.Mock, VendorCalls);

        viaLane.Should().Equal(viaWireMock);
        viaLane.Select(a => a.Status).Should().Contain([200, 400, 401, 404], "the calls cover answers, refusals and unmatched paths");
        viaLane.Max(a => a.Body.Length).Should().BeGreaterThan(16 * 1024, "one answer is longer than the lane's direct write");
        var journal = await Journal(lane.Mock);
        journal.Should().Be(await Journal(wireMock.Mock), "both journal the same requests the same way");
        journal.Should().Contain("\"extId\": \"a,b,c d\"", "a query value is everything up to the next '&', commas included");
    }

    private static readonly Dictionary<string, Call[]> GenericCalls = new()
    {
        ["orders"] =
        [
            new("POST", "/api/v2/customers/cus-1/orders", """{"items":[{"sku":"A-1","quantity":2}]}""", false, "Authorization: Bearer t"),
            new("GET", "/api/v2/customers/cus-1/orders", null, false, "Authorization: Bearer t"),
            new("GET", "/api/v2/customers/cus-1/orders"),
            new("GET", "/api/v2/customers/c1/orders", null, false, "Authorization: Bearer t"),
            new("POST", "/api/v2/customers/cus-1/orders", """{"items":"none"}""", false, "Authorization: Bearer t"),
        ],
        ["petstore"] =
        [
            new("POST", "/v1/pets?api_key=k", """{"name":"Rex","tag":"dog"}"""),
            new("GET", "/v1/pets/1?api_key=k"),
            new("GET", "/v1/pets?limit=5&api_key=k"),
            new("GET", "/v1/pets?limit=500&api_key=k"),
            new("DELETE", "/v1/pets/1?api_key=k"),
            new("DELETE", "/v1/pets/1?api_key=k"),
            new("GET", "/v1/pets/1"),
            new("PUT", "/v1/pets/x?api_key=k", """{"name":"Rex"}"""),
        ],
    };

    [TestCase("orders")]
    [TestCase("petstore")]
    public async Task GenericRequests_AreAnsweredAlike_ByTheLaneAndThroughWireMock(string spec)
    {
        var calls = GenericCalls[spec];
        var options = new HarnessMockOptions { OpenApiDirectory = SpecMock.Folder(spec), RandomSeed = 7 };
        await using var lane = await ClockedMock.StartAsync(options);
        await using var wireMock = await ClockedMock.StartAsync(options with { MappingsDirectory = _folder });

        var viaLane = await SendAll(lane.Mock, calls);

        viaLane.Should().Equal(await SendAll(wireMock.Mock, calls));
        viaLane.Select(a => a.Status).Distinct().Should().HaveCountGreaterThan(2, "the calls cover answers and refusals");
        (await Journal(lane.Mock)).Should().Be(await Journal(wireMock.Mock));
    }

    [Test]
    public async Task ARefusalsOwnHeaders_AreSentByTheLane()
    {
        await using var lane = await ClockedMock.StartAsync(new HarnessMockOptions { OpenApiDirectory = SpecMock.Folder("orders") });

        var answers = await SendAll(lane.Mock, [new Call("GET", "/api/v2/customers/cus-1/orders")]);

        answers.Single().Headers.Should().Contain("WWW-Authenticate: Bearer");
    }

    [Test]
    public async Task ANoContentAnswer_IsSentWithoutBodyOrLength()
    {
        await using var lane = await ClockedMock.StartAsync(new HarnessMockOptions { OpenApiDirectory = SpecMock.Folder("petstore") });
        await SendAll(lane.Mock, [new Call("POST", "/v1/pets?api_key=k", """{"name":"Rex"}""")]);

        await using var raw = await RawHttp.ConnectAsync(lane.Mock);
        await raw.SendAsync("DELETE /v1/pets/1?api_key=k HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        var deleted = await raw.ReadAnswerAsync(TimeSpan.FromSeconds(10));

        deleted!.Status.Should().Be(204);
        deleted.Body.Should().BeEmpty();
        deleted.Headers.Should().NotContain("Transfer-Encoding").And.NotContain("Content-Length", "a 204 carries no length");
    }

    [Test]
    public async Task AnApiAtTheRootWithACatchAllPath_LeavesTheAdminSurfaceToTheHarness()
    {
        var specs = Path.Combine(_folder, "specs");
        Directory.CreateDirectory(specs);
        await File.WriteAllTextAsync(Path.Combine(specs, "anything.yaml"), """
            openapi: 3.0.3
            info: { title: Anything, version: 1.0.0 }
            servers: [ { url: / } ]
            paths:
              /{collection}/{item}:
                parameters:
                  - { name: collection, in: path, required: true, schema: { type: string } }
                  - { name: item, in: path, required: true, schema: { type: string } }
                get:
                  operationId: getItem
                  responses:
                    '200':
                      description: an item
                      content: { application/json: { schema: { type: object, properties: { name: { type: string } } } } }
            """);
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { OpenApiDirectory = specs });

        var health = await Http.GetStringAsync(mock.Url + "/__harness/health");
        await using var raw = await RawHttp.ConnectAsync(mock);
        await raw.SendAsync("GET /%5F%5Fharness/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        var encoded = await raw.ReadAnswerAsync(TimeSpan.FromSeconds(10));
        using var item = await Http.GetAsync(mock.Url + "/things/one");
        var journal = await Http.GetStringAsync(mock.Url + "/__harness/requests");

        health.Should().Contain("\"status\":\"ok\"");
        encoded!.Body.Should().Contain("\"status\":\"ok\"", "the admin path is the admin's however it is encoded");
        journal.Should().Contain("\"operation\":\"getItem\"", "every other two-segment path is the API's")
            .And.NotContain("/__harness/health", "the admin surface's own calls are not the API's");
    }

    /// <summary>Status, the headers an answer chose (not the transport's) and the body, for each call in order.</summary>
    private static async Task<List<Answer>> SendAll(HarnessMock mock, IEnumerable<Call> calls)
    {
        var answers = new List<Answer>();
        foreach (var call in calls)
        {
            using var request = new HttpRequestMessage(new HttpMethod(call.Method), mock.Url + call.Target);
            if (call.Body is { } body)
            {
                request.Content = call.Chunked
                    ? new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes(body)))
                    : new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.TransferEncodingChunked = call.Chunked;
            }

            foreach (var header in call.Headers)
            {
                var (name, value) = (header[..header.IndexOf(':', StringComparison.Ordinal)], header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await Http.SendAsync(request);
            var chosen = response.Headers.Concat(response.Content.Headers)
                .Where(h => h.Key is not ("Date" or "Server" or "Content-Length" or "Transfer-Encoding"))
                .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
                .Order(StringComparer.OrdinalIgnoreCase);
            answers.Add(new Answer($"{call.Method} {call.Target}", (int)response.StatusCode, string.Join("\n", chosen), await response.Content.ReadAsStringAsync()));
        }

        return answers;
    }

    private static async Task<string> Journal(HarnessMock mock)
    {
        var journal = Newtonsoft.Json.Linq.JObject.Parse(await Http.GetStringAsync(mock.Url + "/__harness/requests?limit=1000"));
        foreach (var entry in journal["requests"]!)
        {
            // How long a request took is the one thing two servers never share.
            ((Newtonsoft.Json.Linq.JObject)entry).Remove("durationMs");
        }

        return journal.ToString();
    }

    private sealed record Answer(string Call, int Status, string Headers, string Body);

    /// <summary>A body whose length the client cannot know in advance, so it goes chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
