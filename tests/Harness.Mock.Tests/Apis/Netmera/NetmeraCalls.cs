using FluentAssertions;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>Calls the Netmera tests share: SDK device registration, the admin view, and error assertions.</summary>
internal static class NetmeraCalls
{
    public static Dictionary<string, string> Os(string os = "IOS") => new() { ["X-netmera-os"] = os };

    public static async Task<JObject> RegisterDevice(
        this ApiClient client, string? extId, string? token, string platform = "IOS", bool? pushPermitted = null, string? deviceModel = null,
        string? installationId = null, bool? installed = null)
    {
        var device = new JObject { ["platform"] = platform, ["token"] = token, ["deviceModel"] = deviceModel, ["pushPermitted"] = pushPermitted };
        if (extId is not null)
        {
            device["extId"] = extId;
        }

        if (installationId is not null)
        {
            device["installationId"] = installationId;
        }

        if (installed is not null)
        {
            device["installed"] = installed;
        }

        var response = await client.Admin(HttpMethod.Post, "netmera/devices", device);
        response.Status.Should().Be(200, response.Text);
        return (JObject)response.Json!["device"]!;
    }

    /// <summary>The warnings the journal recorded for the tenant's last call of <paramref name="operation"/>.</summary>
    public static async Task<string> LastWarnings(this ApiClient client, string operation)
    {
        var journal = await client.Admin(HttpMethod.Get, $"requests?operation={operation}");
        journal.Status.Should().Be(200, journal.Text);
        return journal.Json!["requests"]!.Last!["warnings"]!.ToString();
    }

    /// <summary>The user's stored preference for a category on a channel, or null when none is stored.</summary>
    public static async Task<bool?> Preference(this ApiClient client, string extId, string category, string channel) =>
        (bool?)(await client.ViewUser(extId))?["categoryPreferences"]?[category]?[channel];

    /// <summary>Creates users the way a client can: tagging creates unknown users.</summary>
    public static async Task CreateUsers(this ApiClient client, params string[] extIds)
    {
        var response = await client.Post("/tagUsers", new { tag = "created", extIds });
        response.Status.Should().Be(200, response.Text);
    }

    public static async Task<JObject> View(this ApiClient client)
    {
        var response = await client.Admin(HttpMethod.Get, "netmera/view");
        response.Status.Should().Be(200, response.Text);
        return (JObject)response.Json!;
    }

    /// <summary>The user as the admin view shows it, or null when the tenant has no such user.</summary>
    public static async Task<JObject?> ViewUser(this ApiClient client, string extId) =>
        (await client.View())["users"]!.OfType<JObject>().FirstOrDefault(u => (string?)u["extId"] == extId);

    public static async Task<JObject> Profile(this ApiClient client, string extId)
    {
        var response = await client.Get($"/getProfileAttributes?extId={Uri.EscapeDataString(extId)}");
        response.Status.Should().Be(200, response.Text);
        return (JObject)response.Json!["profile"]!;
    }

    public static async Task<JArray> Devices(this ApiClient client, string extId, string query = "")
    {
        var response = await client.Get($"/getDevices?extId={Uri.EscapeDataString(extId)}{query}");
        response.Status.Should().Be(200, response.Text);
        return (JArray)response.Json!["devices"]!;
    }

    public static async Task<int> SegmentCount(this ApiClient client, long id)
    {
        var response = await client.Get("/getSegments", headers: Os());
        response.Status.Should().Be(200, response.Text);
        return (int)response.Json!["list"]!.Single(s => (long)s["id"]! == id)["userCount"]!;
    }

    public static void ShouldBeEmptyOk(this ApiResponse response)
    {
        response.Status.Should().Be(200, response.Text);
        response.Text.Should().BeEmpty();
    }

    public static void ShouldBeError(this ApiResponse response, int status, int code, string? containing = null)
    {
        response.Status.Should().Be(status, response.Text);
        ((int?)response["$.code"]).Should().Be(code, response.Text);
        ((string?)response["$.error"]).Should().NotBeNullOrEmpty();
        if (containing is not null)
        {
            ((string?)response["$.error"]).Should().Contain(containing);
        }
    }

    /// <summary>JSON equality (property order ignored), showing both values when it fails.</summary>
    public static void ShouldEqualJson(this JToken? actual, string expected)
    {
        var wanted = JToken.Parse(expected);
        JToken.DeepEquals(actual, wanted).Should().BeTrue($"expected {wanted.ToString(Newtonsoft.Json.Formatting.None)}, got {actual?.ToString(Newtonsoft.Json.Formatting.None)}");
    }

    public static IEnumerable<string> Ids(int count, string prefix = "u") => Enumerable.Range(1, count).Select(i => $"{prefix}{i}");
}
