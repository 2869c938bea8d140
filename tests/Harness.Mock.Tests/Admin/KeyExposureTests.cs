using FluentAssertions;
using Harness.Mock.Server;
using Harness.Mock.State;
using Harness.Mock.Tests.Support;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Harness.Mock.Tests.Admin;

/// <summary>
/// The admin surface never returns a whole API key: the whole-state snapshot names tenants by the SHA-256
/// of their key, and still restores into a fresh mock so that every tenant answers to its original key.
/// </summary>
public sealed class KeyExposureTests
{
    private static string SecretKey() => $"sk_live_{Guid.NewGuid():N}";

    [Test]
    public async Task WholeStateSnapshot_NamesTenantsByTheHashOfTheKey_NeverTheKey()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var client = new ApiClient(mock, "netmera", SecretKey());
        await client.Post("/tagUsers", new { tag = "t", extIds = new[] { "u1" } });

        var state = await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/state");

        state.Text.Should().NotContain(client.Key);
        ((JObject)state["$.tenants"]).Properties().Select(p => p.Name).Should().Equal("sha256:" + KeyMask.HashOf(client.Key));
    }

    [Test]
    public async Task WholeStateSnapshot_PutIntoAFreshMock_RestoresEveryTenant_ReachableByItsOriginalKey()
    {
        await using var original = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var netmera = new ApiClient(original, "netmera", SecretKey());
        var iterable = new ApiClient(original, "iterable", SecretKey());
        await netmera.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { city = "Izmir" } } });
        await iterable.Post("/users/update", new { email = "a@example.com", dataFields = new { plan = "gold" } });
        var snapshot = (await ApiClient.AdminCall(original, HttpMethod.Get, "/__harness/state")).Text;

        await using var fresh = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        (await ApiClient.AdminCall(fresh, HttpMethod.Put, "/__harness/state", snapshot)).Status.Should().Be(200);

        var city = await new ApiClient(fresh, "netmera", netmera.Key).Get("/getProfileAttributes?extId=u1");
        var user = await new ApiClient(fresh, "iterable", iterable.Key).Get("/users/getByEmail?email=a@example.com");
        city["$.profile.city"].ToString().Should().Be("Izmir");
        user["$.user.dataFields.plan"].ToString().Should().Be("gold");
        (await ApiClient.AdminCall(fresh, HttpMethod.Get, "/__harness/state")).Text.Should().Be(snapshot, "a round trip is exact");
        (await new ApiClient(fresh, "netmera", SecretKey()).Get("/getProfileAttributes?extId=u1")).Text.Should().NotContain("Izmir");
    }

    [Test]
    public async Task RestoredTenant_BeforeItsKeyIsUsed_IsNamedByHashOrId_AndItsKeyStillFindsIt()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var key = SecretKey();
        var snapshot = new JObject { ["tenants"] = new JObject { ["sha256:" + KeyMask.HashOf(key)] = new JObject { ["netmera"] = new JObject { ["users"] = new JArray(new JObject { ["extId"] = "restored-user" }) } } } };
        await ApiClient.AdminCall(mock, HttpMethod.Put, "/__harness/state", snapshot);

        (await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/state?tenant={KeyMask.IdOf(key)}")).Text.Should().Contain("restored-user");
        (await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/state?tenant={key}")).Text.Should().Contain("restored-user");
        (await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/tenants")).Text.Should().Contain(KeyMask.IdOf(key));
    }

    [Test]
    public async Task EveryAdminAnswer_AboutATenant_HoldsItsKeyMaskedAtMost()
    {
        await using var mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0 });
        var client = new ApiClient(mock, "netmera", SecretKey());
        var key = client.Key;
        var q = Uri.EscapeDataString(key);
        await client.Post("/tagUsers", new { tag = "t", extIds = new[] { "u1" } });
        await client.Post("/tagUsers", new { tag = 5 });

        var answers = new List<ApiResponse>
        {
            await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/state"),
            await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/state?tenant={q}"),
            await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/tenants"),
            await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/tenants/{q}"),
            await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/requests"),
            await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/requests?tenant={q}"),
            await ApiClient.AdminCall(mock, HttpMethod.Post, $"/__harness/seed?tenant={q}", new { netmera = new { users = new[] { new { extId = "s" } } } }),
            await ApiClient.AdminCall(mock, HttpMethod.Post, $"/__harness/seed?tenant={q}", new { netmera = new { users = "not a list" } }),
            await ApiClient.AdminCall(mock, HttpMethod.Put, $"/__harness/tenants/{q}", new { categories = "not a list" }),
            await ApiClient.AdminCall(mock, HttpMethod.Put, $"/__harness/tenants/{q}", new { categories = new[] { "A" } }),
            await ApiClient.AdminCall(mock, HttpMethod.Post, $"/__harness/faults?tenant={q}", new { operation = "tagUsers", latencyMs = 1 }),
            await ApiClient.AdminCall(mock, HttpMethod.Get, $"/__harness/faults?tenant={q}"),
            await ApiClient.AdminCall(mock, HttpMethod.Get, "/__harness/faults"),
            await ApiClient.AdminCall(mock, HttpMethod.Delete, $"/__harness/faults?tenant={q}"),
            await ApiClient.AdminCall(mock, HttpMethod.Post, $"/__harness/netmera/devices?tenant={q}", new { platform = "IOS", token = "x" }),
            await ApiClient.AdminCall(mock, HttpMethod.Put, $"/__harness/state?tenant={q}", new { netmera = new { users = 7 } }),
            await ApiClient.AdminCall(mock, HttpMethod.Put, "/__harness/state", new JObject { ["tenants"] = new JObject { [key] = new JObject { ["netmera"] = new JObject { ["users"] = 7 } } } }),
            await ApiClient.AdminCall(mock, HttpMethod.Post, $"/__harness/reset?tenant={q}"),
        };

        foreach (var answer in answers)
        {
            answer.Status.Should().BeLessThan(500, answer.Text);
            answer.Text.Should().NotContain(key).And.NotContain(key.ToUpperInvariant()).And.NotContain(q);
        }

        answers.Should().Contain(a => a.Status == 400, "the bad calls are refused, naming the tenant without its key");
    }
}
