using FluentAssertions;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.UiTests.Support;
using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

/// <summary>
/// The seeded demo tenant after a few requests, as a person sees it. With <c>HARNESS_WRITE_SCREENSHOT=1</c> it
/// also writes <c>docs/dashboard.png</c>: <c>HARNESS_WRITE_SCREENSHOT=1 dotnet test tests/Harness.UiTests --filter Category=Screenshot</c>.
/// </summary>
[TestFixture]
[Category("Screenshot")]
public sealed class ScreenshotTests : DashboardTest
{
    private const string Demo = "demo";
    private const string Katherine = "9a8b7c6d5e4f30211203f4e5d6c7b8a9";

    protected override HarnessMockOptions MockOptions => new() { Port = 0, FixturesDirectory = HarnessMock.DefaultFixturesDirectory };

    [Test]
    public async Task DemoTenant_ShowsProfilesDevicesAndTheJournal()
    {
        await SendDemoTrafficAsync();
        await OpenAsync(Demo);

        // Seeded by fixtures/tenants/demo.*.json, plus what the requests above changed.
        await Expect(Page.GetByTestId("profile").Nth(2)).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("netmera-user").Nth(2)).ToBeVisibleAsync();
        await Expect(Profile("ada.lovelace@example.com").Locator("[data-key=plan] dd")).ToHaveTextAsync("premium-plus");
        await Expect(Device(Profile("katherine.johnson@example.com"), Katherine).GetByTestId("endpoint-enabled")).ToHaveTextAsync("enabled");
        await Expect(NetmeraUser("user-1004").GetByTestId("tag")).ToContainTextAsync(["Sport"]);
        await Expect(JournalRows).ToHaveCountAsync(6);
        var invalid = JournalRows.Filter(new LocatorFilterOptions { Has = Page.Locator("[data-testid=journal-error]") }).First;
        await Expect(invalid.GetByTestId("journal-status")).ToHaveTextAsync("400");
        await invalid.Locator("summary").ClickAsync();
        await Expect(invalid.GetByTestId("response-body")).ToBeVisibleAsync();

        if (Environment.GetEnvironmentVariable("HARNESS_WRITE_SCREENSHOT") == "1")
        {
            var file = Path.Combine(RepositoryRoot(), "docs", "dashboard.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
            await TestContext.Out.WriteLineAsync($"wrote {file}");
            new FileInfo(file).Length.Should().BeGreaterThan(10_000);
        }
    }

    private async Task SendDemoTrafficAsync()
    {
        (await Client.IterableAsync("/api/users/registerDeviceToken", Demo, new
        {
            email = "katherine.johnson@example.com",
            device = new { token = Katherine, platform = "APNS", applicationName = "com.example.shop" },
        })).Should().Be(200);
        (await Client.IterableAsync("/api/users/update", Demo, new
        {
            email = "ada.lovelace@example.com",
            dataFields = new { plan = "premium-plus", lastOrderTotal = 42.5 },
        })).Should().Be(200);
        (await Client.IterableAsync("/api/users/registerDeviceToken", Demo, new
        {
            email = "grace.hopper@example.com",
            device = new { platform = "APNS", applicationName = "com.example.shop" },
        })).Should().Be(400);
        (await Client.IterableAsync("/api/users/disableDevice", Demo, new { token = "no-such-token" })).Should().Be(200);
        (await Client.NetmeraAsync("/rest/3.0/tagUsers", Demo, new { tag = "Sport", extIds = new[] { "user-1004" } })).Should().Be(200);
        (await Client.NetmeraAsync("/rest/3.0/setProfileAttributes", Demo, new[]
        {
            new { extId = "user-1004", profile = new { name = "Deniz", country = "TR" } },
        })).Should().Be(200);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Harness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Harness.sln above {TestContext.CurrentContext.TestDirectory}");
    }
}
