using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Robustness;

/// <summary>One key never sees or changes another key's data, through the vendor APIs or the admin surface.</summary>
public sealed class IsolationTests
{
    [Test]
    public async Task IterableProfile_OfOneKey_IsInvisibleToAnother()
    {
        var owner = ApiClient.Iterable();
        var stranger = ApiClient.Iterable();
        await owner.Post("/users/registerDeviceToken", new { email = "private@example.com", device = new { token = "t1", platform = "APNS", applicationName = "app" } });

        var seen = await stranger.Get("/users/getByEmail?email=private@example.com");

        seen.Status.Should().Be(200);
        seen.Json!.Should().BeOfType<Newtonsoft.Json.Linq.JObject>().Which.Count.Should().Be(0);
    }

    [Test]
    public async Task DisableDevice_WithoutEmail_DoesNotReachAnotherKeysProfiles()
    {
        var owner = ApiClient.Iterable();
        var stranger = ApiClient.Iterable();
        await owner.Post("/users/registerDeviceToken", new { email = "a@example.com", device = new { token = "same-token", platform = "APNS", applicationName = "app" } });

        await stranger.Post("/users/disableDevice", new { token = "same-token" });

        (await owner.Get("/users/getByEmail?email=a@example.com"))["$.user.dataFields.devices[0].endpointEnabled"]
            .ToObject<bool>().Should().BeTrue();
    }

    [Test]
    public async Task NetmeraDeletion_ByOneKey_LeavesTheSameExtIdOfAnotherKey()
    {
        var owner = ApiClient.Netmera();
        var stranger = ApiClient.Netmera();
        await owner.Post("/setProfileAttributes", new[] { new { extId = "u1", profile = new { city = "Izmir" } } });

        await stranger.Post("/deleteUsersPermanently", new { extIds = new[] { "u1" } });

        (await owner.Get("/getProfileAttributes?extId=u1"))["$.profile.city"].ToObject<string>().Should().Be("Izmir");
    }

    [Test]
    public async Task AdminState_OfOneTenant_HoldsNothingOfAnother()
    {
        var owner = ApiClient.Netmera();
        var stranger = ApiClient.Netmera();
        await owner.Post("/tagUsers", new { tag = "secret-tag", extIds = new[] { "u1" } });

        var strangerState = await stranger.Admin(HttpMethod.Get, "state");

        strangerState.Text.Should().NotContain("secret-tag");
        (await owner.Admin(HttpMethod.Get, "state")).Text.Should().Contain("secret-tag");
    }

    [Test]
    public async Task TenantList_ShowsKeysMasked_Only()
    {
        var owner = ApiClient.Netmera($"very-secret-key-{Guid.NewGuid():N}");
        await owner.Post("/tagUsers", new { tag = "t", extIds = new[] { "u1" } });

        using var http = new HttpClient();
        var list = await http.GetStringAsync(owner.Mock.Url + "/__harness/tenants");

        list.Should().NotContain(owner.Key).And.Contain(Harness.Mock.State.KeyMask.Mask(owner.Key));
    }
}
