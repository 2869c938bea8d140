using FluentAssertions;
using Harness.UiTests.Support;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

[TestFixture]
public sealed class NetmeraStateTests : DashboardTest
{
    [Test]
    public async Task SdkDeviceAndTag_ShowTheUserWithItsTagAndDevice()
    {
        var key = NewKey();
        await OpenAsync(key);

        await Client.AdminAsync("POST", $"/__harness/netmera/devices?tenant={Uri.EscapeDataString(key)}",
            """{"extId":"u-1","platform":"IOS","token":"nm-tok-1","deviceModel":"iPhone 15"}""");
        (await Client.NetmeraAsync("/rest/3.0/tagUsers", key, """{"tag":"Sport","extIds":["u-1"]}""")).Should().Be(200);

        var user = NetmeraUser("u-1");
        await Expect(user.GetByTestId("tag")).ToHaveTextAsync("Sport");
        var device = Device(user, "nm-tok-1");
        await Expect(device).ToContainTextAsync("IOS");
        await Expect(device).ToContainTextAsync("iPhone 15");
        await Expect(device.GetByTestId("push-permitted")).ToHaveTextAsync("push on");
        (await WasNotReloadedAsync()).Should().BeTrue();
    }

    [Test]
    public async Task UserFields_ShowEmailMsisdnPermissionsCategoriesAndAttributes()
    {
        var key = NewKey();
        await OpenAsync(key);

        await Client.NetmeraAsync("/rest/3.0/tagUsers", key, """{"tag":"new","extIds":["u-2"]}""");
        await Client.NetmeraAsync("/rest/3.0/updateEmail", key, """{"extId":"u-2","email":"eve@example.com"}""");
        await Client.NetmeraAsync("/rest/3.0/updateMsisdn", key, """{"extId":"u-2","msisdn":"+905551112233"}""");
        await Client.NetmeraAsync("/rest/3.0/enableMail", key, """{"extIds":["u-2"]}""");
        await Client.NetmeraAsync("/rest/3.0/disableSms", key, """{"extIds":["u-2"]}""");
        await Client.NetmeraAsync("/rest/3.0/setCategoryPreferences", key, """[{"extId":"u-2","category":"news","enable":true}]""");
        (await Client.NetmeraAsync("/rest/3.0/setProfileAttributes", key, """[{"extId":"u-2","profile":{"city":"Izmir"}}]""")).Should().Be(200);

        var user = NetmeraUser("u-2");
        await Expect(user.Locator("[data-testid=user-attributes] [data-key=city] dd")).ToHaveTextAsync("Izmir");
        await Expect(user.GetByTestId("user-email")).ToContainTextAsync("eve@example.com");
        await Expect(user.GetByTestId("user-msisdn")).ToContainTextAsync("+905551112233");
        await Expect(user.GetByTestId("mail-permitted")).ToHaveTextAsync("mail on");
        await Expect(user.GetByTestId("sms-permitted")).ToHaveTextAsync("SMS off");
        await Expect(user.GetByTestId("category")).ToHaveTextAsync("news opted in");

        await Client.NetmeraAsync("/rest/3.0/setCategoryPreferences", key, """[{"extId":"u-2","category":"news","channel":"SMS","enable":false}]""");
        await Expect(user.Locator("[data-testid=category][data-enabled=false]")).ToHaveTextAsync("news SMS opted out");
    }

    [Test]
    public async Task Definitions_InstallationIds_InstalledFlags_AndDevicesWithoutAUser_AreShown()
    {
        var key = NewKey();
        var tenant = Uri.EscapeDataString(key);
        await Client.AdminAsync("PUT", $"/__harness/tenants/{tenant}",
            """{"profileAttributes":{"age":"number","interests":"string[]"},"categories":["Shopping"],"rejectInvalidEntries":true}""");
        await OpenAsync(key);

        await Client.AdminAsync("POST", $"/__harness/netmera/devices?tenant={tenant}",
            """{"extId":"u-5","platform":"ANDROID","token":"nm-old","installationId":"inst-old","installed":false}""");
        await Client.AdminAsync("POST", $"/__harness/netmera/devices?tenant={tenant}",
            """{"platform":"WEB","token":"nm-lonely","installationId":"inst-lonely"}""");

        await Expect(Page.Locator("[data-testid=attribute-definition][data-name=interests]")).ToHaveTextAsync("interests: string[]");
        await Expect(Page.GetByTestId("category-definition")).ToHaveTextAsync("Shopping");
        await Expect(Page.Locator("[data-testid=switch][data-key=rejectInvalidEntries]")).ToHaveTextAsync("reject invalid entries on");
        var old = Device(NetmeraUser("u-5"), "nm-old");
        await Expect(old.GetByTestId("device-installation-id")).ToHaveTextAsync("inst-old");
        await Expect(old.GetByTestId("device-installed")).ToHaveTextAsync("uninstalled");
        var lonely = Page.GetByTestId("devices-without-user").Locator("[data-testid=device][data-installation-id=inst-lonely]");
        await Expect(lonely.GetByTestId("device-installed")).ToHaveTextAsync("installed");
    }

    [Test]
    public async Task Segments_ShowLiveCounts_AndPendingMessagesAreListed()
    {
        var key = NewKey();
        await Client.AdminAsync("PUT", $"/__harness/tenants/{Uri.EscapeDataString(key)}",
            """{"segments":[{"id":5883,"name":"sport","type":"STANDARD","rule":{"tag":"Sport"}}],"pushApproval":{"enabled":true,"pendingMessageIds":[101]}}""");
        await OpenAsync(key);
        var count = Page.Locator("[data-testid=segment][data-id='5883'] [data-testid=segment-count]");
        await Expect(count).ToHaveTextAsync("0");
        await Expect(Page.Locator("[data-testid=message][data-id='101']")).ToContainTextAsync("pending");

        await Client.NetmeraAsync("/rest/3.0/tagUsers", key, """{"tag":"Sport","extIds":["u-3","u-4"]}""");

        await Expect(count).ToHaveTextAsync("2");
    }
}
