using System.Text;
using FluentAssertions;
using Harness.Mock.Admin;
using Harness.Mock.Server;
using Harness.Mock.State;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

public sealed class AdminApiTests
{
    [Test]
    public async Task Journal_MasksTheApiKey_AndKeepsTheOperationAndStatus()
    {
        var client = ApiClient.Iterable($"secret-key-{Guid.NewGuid():N}");
        await client.Post("/users/update", new { email = "a@example.com", dataFields = new { x = 1 } });

        var journal = await client.Admin(HttpMethod.Get, "requests");

        journal.Text.Should().NotContain(client.Key);
        var entry = journal.Json!["requests"]!.Last!;
        entry["operation"]!.Value<string>().Should().Be("updateUser");
        entry["tenant"]!.Value<string>().Should().Be(KeyMask.Mask(client.Key)).And.NotBe(client.Key);
        entry["status"]!.Value<int>().Should().Be(200);
    }

    [Test]
    public async Task Journal_KeepsTheDocumentedQueryAndHeaderParameters_ButNotTheKey_SoASessionCanBeReplayed()
    {
        var client = ApiClient.Netmera($"secret-key-{Guid.NewGuid():N}");
        await client.Get("/getSegmentUsers?id=404&max=100&undocumented=1");
        await client.Get("/getSegments", headers: new Dictionary<string, string> { ["X-netmera-os"] = "IOS", ["X-Undocumented"] = "1" });

        var journal = await client.Admin(HttpMethod.Get, "requests?tenant=" + Uri.EscapeDataString(client.Key));

        var entries = journal.Json!["requests"]!.ToList();
        entries.Should().HaveCount(2);
        var byOperation = entries.ToDictionary(e => e["operation"]!.Value<string>()!);
        byOperation["getSegmentUsers"]["query"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"id":"404","max":"100"}""");
        byOperation["getSegments"]["headers"]!.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"X-netmera-os":"IOS"}""");
        journal.Text.Should().NotContain(client.Key);
    }

    [Test]
    public async Task Journal_RecordsValidationErrors_OfARejectedRequest()
    {
        var client = ApiClient.Iterable();
        await client.Post("/users/registerDeviceToken", new { email = "a@example.com", device = new { platform = "APNS", applicationName = "app" } });

        var journal = await client.Admin(HttpMethod.Get, "requests?status=error");

        var entry = journal.Json!["requests"]!.Single();
        entry["status"]!.Value<int>().Should().Be(400);
        entry["errors"]!.ToString().Should().Contain("$.device.token");
    }

    [Test]
    public async Task Faults_ForceAnErrorTheGivenNumberOfTimes_ThenStop()
    {
        await using var mock = await HarnessMock.StartAsync();
        var client = new ApiClient(mock, "iterable");
        using var http = new HttpClient();
        var set = await http.PostAsync($"{mock.Url}/__harness/faults",
            new StringContent("""{"rules":[{"operation":"getUserByEmail","status":503,"times":1}]}""", Encoding.UTF8, "application/json"));
        set.IsSuccessStatusCode.Should().BeTrue();

        (await client.Get("/users/getByEmail?email=a@example.com")).Status.Should().Be(503);
        (await client.Get("/users/getByEmail?email=a@example.com")).Status.Should().Be(200);
    }

    [Test]
    public async Task Faults_ForOneTenant_LeaveOtherTenantsAlone_AndGoWithItsReset()
    {
        var broken = ApiClient.Netmera();
        var healthy = ApiClient.Netmera();
        (await broken.Admin(HttpMethod.Post, "faults", new { operation = "tagUsers", status = 500 })).Status.Should().Be(200);
        var body = new { tag = "t", extIds = new[] { "u1" } };

        (await healthy.Post("/tagUsers", body)).Status.Should().Be(200);
        var failed = await broken.Post("/tagUsers", body);
        failed.Status.Should().Be(500);
        failed.Json!["code"]!.ToObject<int>().Should().Be(2001);

        await broken.Admin(HttpMethod.Post, "reset");
        (await broken.Post("/tagUsers", body)).Status.Should().Be(200);
    }

    [Test]
    public async Task Faults_ForAnUnknownOperation_AreRefusedWith400()
    {
        using var http = new HttpClient();
        var response = await http.PostAsync($"{MockSetup.Mock.Url}/__harness/faults",
            new StringContent("""{"operation":"updateUsr","status":500}""", Encoding.UTF8, "application/json"));
        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("updateUsr");
    }

    [Test]
    public async Task Clock_FreezeAndAdvance_AreReportedBack()
    {
        await using var mock = await HarnessMock.StartAsync();
        using var http = new HttpClient();
        await http.PostAsync($"{mock.Url}/__harness/clock", Json("""{"freeze":"2026-01-01T00:00:00Z"}"""));
        var advanced = await http.PostAsync($"{mock.Url}/__harness/clock", Json("""{"advance":"PT1H"}"""));

        var state = JObject.Parse(await advanced.Content.ReadAsStringAsync());
        state["frozen"]!.Value<bool>().Should().BeTrue();
        DateTimeOffset.Parse(state["now"]!.Value<string>()!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public async Task Clock_WithANonsenseDuration_Is400()
    {
        using var http = new HttpClient();
        var response = await http.PostAsync($"{MockSetup.Mock.Url}/__harness/clock", Json("""{"advance":"one hour"}"""));
        ((int)response.StatusCode).Should().Be(400);
    }

    [Test]
    public async Task AdminCall_FromANonLoopbackAddress_IsRefused()
    {
        await using var mock = await HarnessMock.StartAsync();
        var admin = new AdminApi(mock.Runtime, new FixtureLoader(mock.Runtime.Tenants, mock.Runtime.Clock));
        var request = new IncomingRequest("GET", "/__harness/state", _ => null, _ => null, null, "203.0.113.9", mock.Url);

        var response = admin.Handle(request);

        response.Status.Should().Be(403);
        response.Body!["error"]!.Value<string>().Should().Contain("loopback");
    }

    [Test]
    public async Task AdminCall_FromANonLoopbackAddress_IsAnswered_WhenAllowed()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { AllowRemoteAdmin = true });
        var admin = new AdminApi(mock.Runtime, new FixtureLoader(mock.Runtime.Tenants, mock.Runtime.Clock));
        var request = new IncomingRequest("GET", "/__harness/health", _ => null, _ => null, null, "203.0.113.9", mock.Url);

        admin.Handle(request).Status.Should().Be(200);
    }

    [Test]
    public async Task Reset_OfOneTenant_LeavesTheOthers()
    {
        var kept = ApiClient.Iterable();
        var dropped = ApiClient.Iterable();
        await kept.Post("/users/update", new { email = "k@example.com", dataFields = new { a = 1 } });
        await dropped.Post("/users/update", new { email = "d@example.com", dataFields = new { a = 1 } });

        await dropped.Admin(HttpMethod.Post, "reset");

        (await dropped.Admin(HttpMethod.Get, "state")).Json!["iterable"].Should().BeNull();
        (await kept.Admin(HttpMethod.Get, "state")).Json!["iterable"].Should().NotBeNull();
    }

    [Test]
    public async Task PutState_WithAnUnknownApi_Is400_AndChangesNothing()
    {
        var client = ApiClient.Iterable();
        await client.Post("/users/update", new { email = "k@example.com", dataFields = new { a = 1 } });
        var before = (await client.Admin(HttpMethod.Get, "state")).Text;

        var response = await client.Admin(HttpMethod.Put, "state", new { shop = new { } });

        response.Status.Should().Be(400);
        response.Text.Should().Contain("shop");
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(before);
    }

    [Test]
    public async Task UnknownAdminCall_Is404_NamingTheCall()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync($"{MockSetup.Mock.Url}/__harness/nope");
        ((int)response.StatusCode).Should().Be(404);
        (await response.Content.ReadAsStringAsync()).Should().Contain("/__harness/nope");
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
