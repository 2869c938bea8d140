using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>GET/PUT /__harness/state lose nothing; fixtures (the same format) seed a tenant.</summary>
public sealed class SnapshotTests
{
    private static string DemoFixture => File.ReadAllText(Path.Combine(HarnessMock.DefaultFixturesDirectory, "tenants", "demo.netmera.json"));

    private static async Task<ApiClient> Busy()
    {
        var client = ApiClient.Netmera();
        await client.Settings(new
        {
            deleteUsersEnabled = false,
            rejectInvalidEntries = true,
            sharedEmails = true,
            categories = new[] { "42", "Shopping" },
            profileAttributes = new Dictionary<string, string> { ["since"] = "string", ["level"] = "number", ["codes"] = "string[]", ["old"] = "date" },
            segments = new object[]
            {
                new { id = 1, name = "sport", type = "STANDARD", rule = new { tag = "Sport" } },
                new JObject { ["id"] = 2, ["name"] = "level", ["type"] = "PREDICT_SEGMENT", ["rule"] = new JObject { ["attribute"] = "level", ["equals"] = 1.5 } },
                new { id = 3, name = "static", type = "PRODUCT_SEGMENT", extIds = new[] { "u2", "ghost" } },
                new { id = 4, name = "connector", type = "CONNECTORS_SEGMENT" },
            },
            pushApproval = new { enabled = true, pendingMessageIds = new[] { 101, 102 } },
        });
        await client.RegisterDevice("u1", "t1", deviceModel: "iPhone15,2");
        await client.RegisterDevice("u2", "t2", "ANDROID", pushPermitted: false);
        await client.RegisterDevice("u1", null, "WEB");
        await client.RegisterDevice("u3", "t4", "HUAWEI");
        await client.RegisterDevice(null, "t5", "WEB", installationId: "lonely");
        await client.RegisterDevice("u3", "t6", "ANDROID", installationId: "gone", installed: false);
        await client.Post("/tagUsers", new { tag = new[] { "Sport", "Fan" }, extIds = new[] { "u1", "u4" } });
        await client.Post("/setProfileAttributes", "[{\"extId\":\"u2\",\"profile\":{\"since\":\"2024-01-01T00:00:00Z\",\"level\":1.5,\"codes\":[\"1\",\"2\"]}}]");
        await client.Settings(new { profileAttributes = new Dictionary<string, string> { ["since"] = "string", ["level"] = "number", ["codes"] = "string[]" } });
        await client.Post("/setCategoryPreferences", "[{\"extId\":\"u3\",\"category\":\"42\",\"enable\":false},{\"extId\":\"u3\",\"category\":\"Shopping\",\"channel\":\"SMS\",\"enable\":true}]");
        await client.Post("/updateEmail", new { extId = "u2", email = "b@example.com" });
        await client.Post("/disableSms", new { extIds = new[] { "u3" } });
        await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u4" } });
        await client.Post("/sendPushApproval", new[] { new { messageId = 102 } });
        return client;
    }

    private static async Task<JObject> State(ApiClient client)
    {
        var response = await client.Admin(HttpMethod.Get, "state");
        response.Status.Should().Be(200, response.Text);
        return (JObject)response.Json!;
    }

    [Test]
    public async Task Snapshot_RestoredIntoAnotherTenant_IsIdentical()
    {
        var original = await Busy();
        var snapshot = await State(original);
        var copy = ApiClient.Netmera();

        (await copy.Admin(HttpMethod.Put, "state", snapshot)).Status.Should().Be(200);

        (await State(copy)).ShouldEqualJson(snapshot.ToString());
    }

    [Test]
    public async Task Snapshot_Restored_BehavesLikeTheOriginal()
    {
        var original = await Busy();
        var copy = ApiClient.Netmera();
        await copy.Admin(HttpMethod.Put, "state", await State(original));

        foreach (var client in new[] { original, copy })
        {
            (await client.Get("/getDeviceTokens")).Json!["devices"]!.Select(d => ((string?)d["extId"], (string?)d["deviceToken"], (string?)d["installationId"]))
                .Should().Equal(
                    new (string?, string?, string?)[] { ("u1", "t1", null), ("u2", "t2", null), ("u1", null, null), ("u3", "t4", null), (null, "t5", "lonely"), ("u3", "t6", "gone") },
                    Projected);
            (await client.Devices("u3")).Should().ContainSingle("the uninstalled device stays uninstalled");
            (await client.Get("/getSegments")).Json!["list"]!.Select(s => (int?)s["userCount"]).Should().Equal(null, 1, 1, 1);
            (await client.Profile("u2")).Should().NotContainKey("old").And.ContainKey("codes");
            (await client.Post("/setProfileAttributes", """[{"extId":"u1","profile":{}},{"extId":7}]""")).ShouldBeError(400, 2009, "Invalid JSON");
            (await client.ViewUser("u4"))!["untracked"]!.Value<bool>().Should().BeTrue();
            (await client.Preference("u3", "Shopping", "SMS")).Should().BeTrue();
            (await client.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } })).ShouldBeEmptyOk();
            (await client.ViewUser("u1")).Should().NotBeNull("deletion is off: the user is only untracked");
            (await client.Post("/sendPushApproval", new[] { new { messageId = 101 } })).ShouldBeEmptyOk();
        }

        // The token index is rebuilt: a token lookup finds the restored device.
        (await copy.Post("/enablePush", new { deviceToken = "t2" })).ShouldBeEmptyOk();
        (await copy.Devices("u2")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(true);
    }

    // Installation ids are generated unless given: compare those that were given, and only that the others exist.
    private static bool Projected((string?, string?, string?) actual, (string?, string?, string?) expected) =>
        actual.Item1 == expected.Item1 && actual.Item2 == expected.Item2 && (expected.Item3 is null || actual.Item3 == expected.Item3) && actual.Item3 is not null;

    [Test]
    public async Task Snapshot_AfterDeletions_KeepsRegistrationOrder()
    {
        var original = ApiClient.Netmera();
        foreach (var (user, token) in new[] { ("a", "t1"), ("b", "t2"), ("a", "t3"), ("c", "t4") })
        {
            await original.RegisterDevice(user, token);
        }

        await original.Post("/deleteUsersPermanently", new { extIds = new[] { "b" } });
        var copy = ApiClient.Netmera();
        await copy.Admin(HttpMethod.Put, "state", await State(original));

        (await copy.Get("/getDeviceTokens?max=2&offset=1")).Json!["devices"]!.Select(d => (string?)d["deviceToken"]).Should().Equal("t3", "t4");
    }

    [Test]
    public async Task Seed_DemoFixture_LoadsUsersDevicesSegmentsAndAPendingMessage()
    {
        var client = ApiClient.Netmera();

        (await client.Admin(HttpMethod.Post, "seed", JObject.Parse(DemoFixture))).Status.Should().Be(200);

        var tokens = await client.Get("/getDeviceTokens");
        ((int)tokens["$.total"]).Should().Be(7);
        tokens.Json!["devices"]!.Should().Contain(d => d["extId"] == null, "the demo has a device without a user");
        (await client.Devices("user-1001")).Should().HaveCount(2, "its third device is uninstalled");
        var segments = (await client.Get("/getSegments")).Json!["list"]!;
        segments.Select(s => (string?)s["type"]).Should().Contain(["STANDARD", "PRODUCT_SEGMENT", "CONNECTORS_SEGMENT"]);
        segments.Where(s => (string?)s["type"] != "CONNECTORS_SEGMENT").Should().OnlyContain(s => (int)s["userCount"]! > 0);
        var view = await client.View();
        view["profileAttributes"]!.Should().NotBeEmpty();
        view["categories"]!.Should().NotBeEmpty();
        (await client.Post("/sendPushApproval", new[] { new { messageId = 101 } })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task Seed_ASnapshot_IsAValidFixture()
    {
        var snapshot = (await State(await Busy()))["netmera"]!;
        var client = ApiClient.Netmera();

        (await client.Admin(HttpMethod.Post, "seed", new JObject { ["netmera"] = snapshot })).Status.Should().Be(200);

        (await State(client))["netmera"]!.ShouldEqualJson(snapshot.ToString());
    }

    [TestCase("{\"users\":[{\"email\":\"a@example.com\"}]}", "users[0].extId")]
    [TestCase("{\"users\":[{\"extId\":\"u1\",\"devices\":[{\"platform\":\"PALM\"}]}]}", "users[0].devices[0].platform")]
    [TestCase("{\"user\":[]}", "unknown key \"user\"")]
    [TestCase("{\"segments\":[{\"id\":1,\"name\":\"a\"},{\"id\":1,\"name\":\"b\"}]}", "segment id 1")]
    public async Task Seed_BadFixture_Is400_NamingThePlace_AndChangesNothing(string part, string mentioned)
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u0", "t0");

        var response = await client.Admin(HttpMethod.Post, "seed", new JObject { ["netmera"] = JObject.Parse(part) });

        response.Status.Should().Be(400, response.Text);
        ((string?)response["$.error"]).Should().Contain(mentioned);
        ((int)(await client.View())["userCount"]!).Should().Be(1);
    }
}
