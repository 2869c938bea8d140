using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>
/// Admin calls apply fully or change nothing: a bad clock step, snapshot, setting or fault rule is a 400
/// naming its JSON path, never a 500, and leaves the state, the clock and the faults as they were.
/// Mocks of their own: the clock and whole-state calls are global.
/// </summary>
public sealed class AdminAllOrNothingTests
{
    private static Task<ApiResponse> Call(HarnessMock mock, HttpMethod method, string path, object? body = null) =>
        ApiClient.AdminCall(mock, method, path, body);

    [TestCase("""{"advance":"P999999999D"}""", "$.advance")]
    [TestCase("""{"advance":"-P999999D"}""", "$.advance")]
    [TestCase("""{"advance":"P10675199D"}""", "$.advance")]
    [TestCase("""{"advance":"P99999999999999999999D"}""", "$.advance")]
    [TestCase("""{"advance":"soon"}""", "$.advance")]
    [TestCase("""{"advance":3600}""", "$.advance")]
    [TestCase("""{"freeze":"99999-01-01T00:00:00Z"}""", "$.freeze")]
    [TestCase("""{"freeze":"9999-12-31T23:59:59Z"}""", "$.freeze")]
    [TestCase("""{"freeze":"0001-01-01T00:00:00Z"}""", "$.freeze")]
    [TestCase("""{"freeze":"yesterday"}""", "$.freeze")]
    [TestCase("""{"freeze":null}""", "$.freeze")]
    [TestCase("""{"real":false}""", "$.real")]
    [TestCase("""{"real":"yes"}""", "$.real")]
    [TestCase("""{"freeze":"2026-01-01T00:00:00Z","advance":"PT1H"}""", "$.freeze")]
    [TestCase("""{}""", "send one of")]
    public async Task Clock_WithAnOutOfRangeOrMalformedValue_Is400_LeavesTheClock_AndRequestsStillWork(string body, string named)
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        (await Call(mock, HttpMethod.Post, "/__harness/clock", new { freeze = "2026-03-01T12:00:00Z" })).Status.Should().Be(200);
        (await Call(mock, HttpMethod.Post, "/__harness/clock", new { advance = "PT1H" })).Status.Should().Be(200);

        var refused = await Call(mock, HttpMethod.Post, "/__harness/clock", body);

        refused.Status.Should().Be(400, refused.Text);
        ((string?)refused["$.error"]).Should().Contain(named);
        (await Call(mock, HttpMethod.Get, "/__harness/clock")).Text.Should().Contain("\"now\":\"2026-03-01T13:00:00");
        var client = new ApiClient(mock, "iterable");
        (await client.Post("/users/update", new { email = "after@example.com" })).Status.Should().Be(200);
        (await client.Get("/users/getByEmail?email=after@example.com"))["$.user.dataFields.signupDate"].ToString().Should().Be("2026-03-01 13:00:00 +00:00");
    }

    [Test]
    public async Task Clock_AdvancedWhileNotFrozen_PastTheRange_Is400_AndLeavesTheOffset()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var before = mock.Runtime.Clock.GetUtcNow();

        (await Call(mock, HttpMethod.Post, "/__harness/clock", new { advance = "P3000000D" })).Status.Should().Be(400);

        var after = mock.Runtime.Clock.GetUtcNow();
        (after - before).Should().BeLessThan(TimeSpan.FromMinutes(5));
        (await new ApiClient(mock, "netmera").Post("/tagUsers", new { tag = "t", extIds = new[] { "u" } })).Status.Should().Be(200);
    }

    [Test]
    public async Task TenantSettings_GoodForOneApi_BadForAnother_ChangeNothing_AndNameThePath()
    {
        var client = ApiClient.Iterable();
        await client.Post("/users/update", new { email = "a@example.com" });
        var before = (await client.Admin(HttpMethod.Get, "state")).Text;

        var refused = await client.Settings(new { projectType = "hybrid", dropUnrecognizedFields = true, categories = new object[] { "A", 5 } });

        refused.Status.Should().Be(400, refused.Text);
        ((string?)refused["$.error"]).Should().StartWith("$.categories[1]");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(before);
    }

    [Test]
    public async Task TenantSettings_ThatAreBad_ForANewKey_CreateNoTenant()
    {
        var client = ApiClient.Netmera();

        (await client.Settings(new { deleteUsersEnabled = "maybe" })).Status.Should().Be(400);

        (await ApiClient.AdminCall(client.Mock, HttpMethod.Get, "/__harness/tenants")).Text.Should().NotContain(Harness.Mock.State.KeyMask.IdOf(client.Key));
    }

    [Test]
    public async Task WholeStateSnapshot_WithABadValueDeepInside_Is400_NamingTheWholePath()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var snapshot = JObject.Parse("""
            {"tenants":{"sha256:0000000000000000000000000000000000000000000000000000000000000001":
              {"iterable":{"users":[{"email":"a@example.com"},{"email":"b@example.com"},{"email":"c@example.com"},{"email":"not an email"}]}}}}
            """);

        var refused = await Call(mock, HttpMethod.Put, "/__harness/state", snapshot);

        refused.Status.Should().Be(400);
        ((string?)refused["$.error"]).Should().StartWith("$.tenants['sha256:0000000000000000000000000000000000000000000000000000000000000001'].iterable.users[3].email");
    }

    /// <summary>
    /// Every leaf of a valid snapshot, settings body and fault rule replaced in turn by values of the wrong
    /// kind or out of range: never a 5xx; a refusal names a JSON path and changes nothing.
    /// </summary>
    [Test]
    public async Task MalformedAdminBodies_NeverGive5xx_AndARefusalChangesNothing()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var iterable = new ApiClient(mock, "iterable", "fuzz-iterable-key-0001");
        var netmera = new ApiClient(mock, "netmera", "fuzz-netmera-key-0001");
        await iterable.Post("/users/update", new { email = "a@example.com", userId = "ua", dataFields = new { plan = "gold", n = 5 } });
        await iterable.Post("/users/registerDeviceToken", new { email = "a@example.com", device = new { token = "t1", platform = "APNS", applicationName = "app" } });
        await netmera.Settings(new { profileAttributes = new { age = "number" }, categories = new[] { "Shopping" }, segments = new[] { new { id = 5, name = "s", type = "STANDARD", rule = new { tag = "Sport" } } } });
        await netmera.Post("/tagUsers", new { tag = "Sport", extIds = new[] { "u1" } });
        await Call(mock, HttpMethod.Post, "/__harness/faults", new { rules = new[] { new { operation = "tagUsers", latencyMs = 0, status = 503, errorRate = 0.0, times = 2 } } });
        var baseline = (JObject)(await Call(mock, HttpMethod.Get, "/__harness/state")).Json!;
        var faults = (await Call(mock, HttpMethod.Get, "/__harness/faults")).Text;

        var bodies = new List<(string Path, JToken Body)>();
        bodies.AddRange(Mutations(baseline).Select(b => ("/__harness/state", b)));
        bodies.AddRange(Mutations(baseline["tenants"]!.First!.First!).Select(b => ("/__harness/state?tenant=fuzz-iterable-key-0001", b)));
        var settings = JObject.Parse("""{"projectType":"hybrid","projectId":7,"dropUnrecognizedFields":true,"rateLimits":true,"deleteUsersEnabled":true,"profileAttributes":{"age":"number"},"categories":["A"],"segments":[{"id":5,"name":"s","type":"STANDARD","rule":{"tag":"Sport"}}],"pushApproval":{"enabled":true,"pendingMessageIds":[1]}}""");
        bodies.AddRange(Mutations(settings).Select(b => ("/__harness/tenants/fuzz-netmera-key-0001", b)));
        var rule = JObject.Parse("""{"rules":[{"operation":"tagUsers","latencyMs":10,"status":500,"errorRate":0.5,"times":2}]}""");
        bodies.AddRange(Mutations(rule).Select(b => ("/__harness/faults", b)));
        bodies.Count.Should().BeGreaterThan(100);

        var refusals = 0;
        foreach (var (path, body) in bodies)
        {
            var method = path.StartsWith("/__harness/faults", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Put;
            var answer = await Call(mock, method, path, body);
            answer.Status.Should().BeLessThan(500, $"{method} {path} {body.ToString(Newtonsoft.Json.Formatting.None)} → {answer.Text}");
            if (answer.Status == 400)
            {
                refusals++;
                ((string?)answer["$.error"]).Should().Contain("$", answer.Text);
                JToken.DeepEquals((await Call(mock, HttpMethod.Get, "/__harness/state")).Json, baseline).Should().BeTrue($"a refused {method} {path} {body.ToString(Newtonsoft.Json.Formatting.None)} changed the state");
                (await Call(mock, HttpMethod.Get, "/__harness/faults")).Text.Should().Be(faults, $"a refused {path} changed the faults");
            }
            else
            {
                // An accepted variant: put everything back for the next one.
                (await Call(mock, HttpMethod.Put, "/__harness/state", baseline)).Status.Should().Be(200);
                await Call(mock, HttpMethod.Post, "/__harness/faults", new { rules = new[] { new { operation = "tagUsers", latencyMs = 0, status = 503, errorRate = 0.0, times = 2 } } });
            }
        }

        refusals.Should().BeGreaterThan(bodies.Count / 3);
    }

    private static readonly JToken[] BadValues =
    [
        JValue.CreateNull(), new JValue(-1), new JValue(99999999999L), JToken.Parse("123456789012345678901234567890"),
        new JValue(true), new JValue(""), new JValue("\u0000"), new JValue(1.5), new JObject(), new JArray(), new JArray(1, "x"),
    ];

    /// <summary>The body with one leaf or container replaced by each bad value in turn (bounded: at most 40 places).</summary>
    private static IEnumerable<JToken> Mutations(JToken part)
    {
        var body = part.DeepClone();
        var places = body.SelectTokens("$..*").Where(t => t is JValue || t is JContainer).Take(40).Select(t => t.Path).ToArray();
        foreach (var place in places)
        {
            foreach (var bad in BadValues)
            {
                var copy = body.DeepClone();
                var target = copy.SelectToken(place);
                if (target?.Parent is null || JToken.DeepEquals(target, bad))
                {
                    continue;
                }

                target.Replace(bad.DeepClone());
                yield return copy;
            }
        }
    }
}
