using FluentAssertions;
using Harness.UiTests.Support;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

[TestFixture]
public sealed class IterableStateTests : DashboardTest
{
    private const string Ana = "ana@example.com";

    [Test]
    public async Task RegisteredDevice_AppearsWithItsProfile_WithoutReloading()
    {
        var key = NewKey();
        await OpenAsync(key);
        await Expect(Page.GetByTestId("tenant-empty")).ToBeVisibleAsync();

        (await RegisterAsync(key, "tok-ana-1")).Should().Be(200);

        var profile = Profile(Ana);
        await Expect(profile.GetByTestId("profile-email")).ToHaveTextAsync(Ana);
        var device = Device(profile, "tok-ana-1");
        await Expect(device.GetByTestId("endpoint-enabled")).ToHaveTextAsync("enabled");
        await Expect(device).ToContainTextAsync("APNS");
        await Expect(device).ToContainTextAsync("Pizza Tracker");
        (await WasNotReloadedAsync()).Should().BeTrue("the state view updates itself");
    }

    [Test]
    public async Task DisabledDevice_ShowsEndpointDisabled()
    {
        var key = NewKey();
        await OpenAsync(key);
        await RegisterAsync(key, "tok-ana-2");
        var badge = Device(Profile(Ana), "tok-ana-2").GetByTestId("endpoint-enabled");
        await Expect(badge).ToHaveTextAsync("enabled");

        (await Client.IterableAsync("/api/users/disableDevice", key, """{"token":"tok-ana-2"}""")).Should().Be(200);

        await Expect(badge).ToHaveTextAsync("disabled");
        await Expect(badge).ToHaveAttributeAsync("data-enabled", "false");
    }

    [Test]
    public async Task ProfileDataFields_AreShownAsText_NeverAsMarkup()
    {
        var key = NewKey();
        await OpenAsync(key);
        const string hostile = "<img src=x onerror=\"window.__harnessXss=1\">";

        (await Client.IterableAsync("/api/users/update", key,
            new { email = Ana, userId = "ana-1", dataFields = new { plan = "gold", note = hostile } })).Should().Be(200);

        var profile = Profile(Ana);
        await Expect(profile.GetByTestId("profile-user-id")).ToContainTextAsync("ana-1");
        await Expect(profile.Locator("[data-testid=data-fields] [data-key=plan] dd")).ToHaveTextAsync("gold");
        await Expect(profile.Locator("[data-testid=data-fields] [data-key=note] dd")).ToHaveTextAsync(hostile);
        await Expect(profile.GetByTestId("devices-empty")).ToBeVisibleAsync();
        await Expect(Page.Locator("#state img")).ToHaveCountAsync(0);
        (await Page.EvaluateAsync<bool>("() => window.__harnessXss === undefined")).Should().BeTrue();
    }

    [Test]
    public async Task FieldTypes_ShowTheTypeThatRefusedAWrite_AndTheProjectId()
    {
        var key = NewKey();
        await OpenAsync(key);
        (await Client.IterableAsync("/api/users/update", key, new { email = Ana, dataFields = new { age = 36, address = new { zip = "W1" } } })).Should().Be(200);

        (await Client.IterableAsync("/api/users/update", key, new { email = Ana, dataFields = new { age = "thirty-six" } })).Should().Be(400);

        var age = Page.Locator("[data-testid=field-type][data-path=age]");
        await Expect(age).ToHaveAttributeAsync("data-type", "long");
        await Expect(Page.Locator("[data-testid=field-type][data-path='address.zip']")).ToHaveAttributeAsync("data-type", "string");
        await Expect(Page.Locator("[data-testid=field-type][data-path=signupDate]")).ToHaveAttributeAsync("data-preset", "true");
        // The id is derived from the (random) key: five digits, 10000 to 99999.
        await Expect(Page.GetByTestId("project-id")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^project [1-9]\d{4}$"));
    }

    private Task<int> RegisterAsync(string key, string token) =>
        Client.IterableAsync("/api/users/registerDeviceToken", key,
            new { email = Ana, device = new { token, platform = "APNS", applicationName = "Pizza Tracker" } });
}
