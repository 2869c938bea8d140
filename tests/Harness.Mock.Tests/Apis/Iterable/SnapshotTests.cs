using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Iterable;

/// <summary>State snapshots, fixtures and the dashboard view.</summary>
public sealed class SnapshotTests
{
    private static JObject DemoFixture() =>
        JObject.Parse(File.ReadAllText(Path.Combine(HarnessMock.DefaultFixturesDirectory, "tenants", "demo.iterable.json")));

    private static async Task<ApiClient> Busy()
    {
        var client = ApiClient.Iterable();
        await client.ProjectType("hybrid");
        await client.Update(new { email = "a@example.com", userId = "ua", dataFields = new { nested = new { x = new[] { 1, 2 } }, n = (string?)null, lastSeen = "2026-01-01T10:00:00.000+02:00" } });
        await client.Register("a@example.com", "shared", "APNS", new { appVersion = "1.0" });
        await client.Register("b@example.com", "shared");
        await client.Register("b@example.com", "solo", "APNS_SANDBOX");
        await client.Disable(new { token = "solo" });
        await client.Update(new { userId = "uc" });
        return client;
    }

    [Test]
    public async Task Snapshot_RoundTrip_IsExact()
    {
        var client = await Busy();
        var snapshot = (await client.Admin(HttpMethod.Get, "state")).Text;
        var reads = await Task.WhenAll(client.GetByEmail("a@example.com"), client.GetByEmail("b@example.com"), client.GetByUserId("uc"));

        await client.Admin(HttpMethod.Post, "reset");
        var restored = await client.Admin(HttpMethod.Put, "state", Verbatim(snapshot));

        restored.Status.Should().Be(200, restored.Text);
        (await client.Admin(HttpMethod.Get, "state")).Text.Should().Be(snapshot);
        (await client.GetByEmail("a@example.com")).Text.Should().Be(reads[0].Text).And.Contain("2026-01-01T10:00:00.000+02:00");
        (await client.GetByEmail("b@example.com")).Text.Should().Be(reads[1].Text);
        (await client.GetByUserId("uc")).Text.Should().Be(reads[2].Text);
    }

    [Test]
    public async Task Snapshot_WritesDates_AsTheApiShowsThem()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "dated@example.com" });

        var api = Verbatim((await client.GetByEmail("dated@example.com")).Text);
        var snapshot = Verbatim((await client.Admin(HttpMethod.Get, "state")).Text);

        var user = snapshot.SelectToken("$.iterable.users[0]")!;
        var fields = api.SelectToken("$.user.dataFields")!;
        ((string?)user["signupDate"]).Should().MatchRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+00:00$").And.Be((string?)fields["signupDate"]);
        ((string?)user["profileUpdatedAt"]).Should().Be((string?)fields["profileUpdatedAt"]);
        ((string?)user["documentCreatedAt"]).Should().Be((string?)fields.SelectToken("itblInternal.documentCreatedAt"));
    }

    /// <summary>The JSON as sent, date-like strings included (the test client's own parse would turn them into dates).</summary>
    private static JToken Verbatim(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    [Test]
    public async Task Restore_RebuildsTheIndexes()
    {
        var client = await Busy();
        var snapshot = (await client.Admin(HttpMethod.Get, "state")).Text;
        await client.Admin(HttpMethod.Post, "reset");
        await client.Admin(HttpMethod.Put, "state", Verbatim(snapshot));

        (await client.Disable(new { token = "shared" })).ShouldBeSuccess();
        ((bool?)(await client.GetByUserId("ua"))["$.user.dataFields.devices[0].endpointEnabled"]).Should().BeFalse();
        ((bool?)(await client.GetByEmail("b@example.com"))["$.user.dataFields.devices[0].endpointEnabled"]).Should().BeFalse();
        (await client.Update(new { userId = "uc", email = "b@example.com" })).ShouldBeError(409, "ExternalKeyConflict");
    }

    [Test]
    public async Task Restore_OfABadSnapshot_Is400_NamingThePlace()
    {
        var client = ApiClient.Iterable();
        var bad = JObject.Parse("""{"iterable":{"projectType":"email","users":[{"email":"a@example.com","devices":[{"token":"t","platform":"IOS","applicationName":"app"}]}]}}""");

        var response = await client.Admin(HttpMethod.Put, "state", bad);

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("users[0].devices[0].platform");
    }

    [Test]
    public async Task Seed_DemoFixture_LoadsProfilesDevicesAndASharedToken()
    {
        var client = ApiClient.Iterable();
        (await client.Admin(HttpMethod.Post, "seed", DemoFixture())).Status.Should().Be(200);

        var ada = await client.GetByEmail("ada.lovelace@example.com");
        ((JArray)ada["$.user.dataFields.devices"]).Should().HaveCount(2);
        ((string?)ada["$.user.dataFields.signupDate"]).Should().Be("2025-11-03 09:14:22 +00:00");
        ((bool?)(await client.GetByUserId("user-1002"))["$.user.dataFields.devices[0].endpointEnabled"]).Should().BeFalse();

        (await client.Disable(new { token = "fMb3kQ9tRZ2x8yV1nL4pA7:APA91bG7tK2mXq9vR3sLw8yN0cJ5hF1dE6uB4oP2iZ7aQ" })).ShouldBeSuccess();
        ((bool?)(await client.GetByEmail("alan.turing@example.com"))["$.user.dataFields.devices[0].endpointEnabled"]).Should().BeFalse();
        ((bool?)(await client.GetByEmail("ada.lovelace@example.com"))["$.user.dataFields.devices[1].endpointEnabled"]).Should().BeFalse();
    }

    [Test]
    public async Task Seed_DuplicateEmail_Is400_AndLeavesTheTenantAsItWas()
    {
        var client = ApiClient.Iterable();
        await client.Update(new { email = "a@example.com" });
        var fixture = JObject.Parse("""{"iterable":{"users":[{"email":"new@example.com"},{"email":"a@example.com"}]}}""");

        var response = await client.Admin(HttpMethod.Post, "seed", fixture);

        response.Status.Should().Be(400);
        ((string?)response["$.error"]).Should().Contain("users[1].email");
        (await client.GetByEmail("new@example.com")).Json.ShouldBeJson(new JObject());
    }

    [Test]
    public async Task View_ShowsProjectTypeAndProfiles_WithDevicesApart()
    {
        var client = await Busy();
        var view = (await client.Admin(HttpMethod.Get, "iterable/view")).Json!;

        ((string?)view["projectType"]).Should().Be("hybrid");
        var a = view["users"]![0]!;
        ((string?)a["email"]).Should().Be("a@example.com");
        ((string?)a["dataFields"]!["signupSource"]).Should().Be("API");
        a["dataFields"]!["devices"].Should().BeNull();
        a["devices"].ShouldBeJson(JArray.Parse("""[{"token":"shared","platform":"APNS","applicationName":"com.example.app","endpointEnabled":true,"appVersion":"1.0"}]"""));
        view["users"]!.Select(u => (string?)u["userId"]).Should().Equal("ua", null, "uc");
    }
}
