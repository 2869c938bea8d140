using FluentAssertions;
using Harness.Mock.Tests.Support;
using NUnit.Framework;

namespace Harness.Mock.Tests.Apis.Netmera;

/// <summary>disablePush / enablePush: by extId every device of the user, by deviceToken that device only.</summary>
public sealed class PushSwitchTests
{
    private static async Task<ApiClient> TwoDevicesOfU1AndOneOfU2()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1");
        await client.RegisterDevice("u1", "t2", "ANDROID");
        await client.RegisterDevice("u2", "t3");
        return client;
    }

    [Test]
    public async Task DisablePush_ByExtId_OptsOutEveryDeviceOfTheUser()
    {
        var client = await TwoDevicesOfU1AndOneOfU2();

        (await client.Post("/disablePush", new { extId = "u1" })).ShouldBeEmptyOk();

        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(false, false);
        (await client.Devices("u2")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(true);
    }

    [Test]
    public async Task EnablePush_ByExtId_OptsInEveryDeviceOfTheUser()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", pushPermitted: false);
        await client.RegisterDevice("u1", "t2", pushPermitted: false);

        (await client.Post("/enablePush", new { extId = "u1" })).ShouldBeEmptyOk();

        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(true, true);
    }

    [Test]
    public async Task DisablePush_ByToken_OptsOutThatDeviceOnly()
    {
        var client = await TwoDevicesOfU1AndOneOfU2();

        (await client.Post("/disablePush", new { deviceToken = "t2" })).ShouldBeEmptyOk();

        (await client.Devices("u1")).Select(d => ((string?)d["token"], (bool)d["pushPermitted"]!))
            .Should().Equal(("t1", true), ("t2", false));
    }

    [Test]
    public async Task EnablePush_ByToken_OptsInThatDeviceOnly()
    {
        var client = ApiClient.Netmera();
        await client.RegisterDevice("u1", "t1", pushPermitted: false);
        await client.RegisterDevice("u1", "t2", pushPermitted: false);

        (await client.Post("/enablePush", new { deviceToken = "t1" })).ShouldBeEmptyOk();

        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(true, false);
    }

    [Test]
    public async Task DisablePush_UnknownExtId_Is200_AndChangesNothing()
    {
        var client = await TwoDevicesOfU1AndOneOfU2();
        (await client.Post("/disablePush", new { extId = "nobody" })).ShouldBeEmptyOk();
        (await client.ViewUser("nobody")).Should().BeNull();
        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(true, true);
    }

    [Test]
    public async Task EnablePush_UnknownToken_Is200_AndChangesNothing()
    {
        var client = await TwoDevicesOfU1AndOneOfU2();
        await client.Post("/disablePush", new { extId = "u1" });
        (await client.Post("/enablePush", new { deviceToken = "no-such-token" })).ShouldBeEmptyOk();
        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(false, false);
    }

    [Test]
    public async Task DisablePush_KnownUserWithoutDevices_SucceedsAndChangesNothing()
    {
        var client = ApiClient.Netmera();
        await client.Post("/tagUsers", new { tag = "t", extIds = new[] { "u1" } });
        (await client.Post("/disablePush", new { extId = "u1" })).ShouldBeEmptyOk();
    }

    [Test]
    public async Task DisablePush_BothExtIdAndToken_ExtIdWins_TokenIgnored()
    {
        var client = await TwoDevicesOfU1AndOneOfU2();
        (await client.Post("/disablePush", new { extId = "u1", deviceToken = "t3" })).ShouldBeEmptyOk();
        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(false, false);
        (await client.Devices("u2")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(true);
    }

    [Test]
    public async Task DisablePush_NeitherExtIdNorToken_Is2020()
    {
        var response = await ApiClient.Netmera().Post("/disablePush", new { });
        response.ShouldBeError(400, 2020, "one of 'extId' or 'deviceToken' is required");
    }

    [Test]
    public async Task DisablePush_NullTokenBesideExtId_CountsAsMissing_SoExtIdAlone()
    {
        var client = await TwoDevicesOfU1AndOneOfU2();
        (await client.Post("/disablePush", "{\"extId\":\"u1\",\"deviceToken\":null}")).ShouldBeEmptyOk();
        (await client.Devices("u1")).Select(d => (bool)d["pushPermitted"]!).Should().Equal(false, false);
    }

    [Test]
    public async Task DisablePush_ExtIdNotAText_Is2004()
    {
        var response = await ApiClient.Netmera().Post("/disablePush", new { extId = 42 });
        response.ShouldBeError(400, 2004, "Field 'extId' should be a text");
    }
}
