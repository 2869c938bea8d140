using FluentAssertions;
using Harness.UiTests.Support;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

[TestFixture]
public sealed class JournalTests : DashboardTest
{
    private const string WithoutToken = """{"email":"bo@example.com","device":{"platform":"GCM","applicationName":"Pizza Tracker"}}""";
    private const string Valid = """{"email":"bo@example.com","device":{"token":"tok-bo","platform":"GCM","applicationName":"Pizza Tracker"}}""";

    [Test]
    public async Task InvalidRequest_AppearsWithItsErrorText_AndExpandsToItsBodies()
    {
        var key = NewKey();
        await OpenAsync(key);

        (await Client.IterableAsync("/api/users/registerDeviceToken", key, WithoutToken)).Should().Be(400);

        var row = JournalRowsOf(key).First;
        await Expect(row.GetByTestId("journal-status")).ToHaveTextAsync("400");
        await Expect(row.GetByTestId("journal-operation")).ToHaveTextAsync("registerDeviceToken");
        await Expect(row.GetByTestId("journal-error")).ToContainTextAsync("token");
        await Expect(row.GetByTestId("journal-tenant")).ToHaveTextAsync($"{key[..2]}…{key[^2..]}");

        await Expect(row.GetByTestId("request-body")).Not.ToBeVisibleAsync();
        await row.Locator("summary").ClickAsync();
        await Expect(row.GetByTestId("request-body")).ToContainTextAsync("\"applicationName\": \"Pizza Tracker\"");
        await Expect(row.GetByTestId("response-body")).ToContainTextAsync("BadJsonBody");
    }

    [Test]
    public async Task Warning_IsShownOnItsRow()
    {
        var key = NewKey();
        await OpenAsync(key);

        (await Client.IterableAsync("/api/users/registerDeviceToken", key,
            new { email = "bo@example.com", userId = "bo-1", device = new { token = "tok-bo", platform = "GCM", applicationName = "Pizza Tracker" } }))
            .Should().Be(200);

        var row = JournalRowsOf(key).First;
        await Expect(row.GetByTestId("journal-status")).ToHaveTextAsync("200");
        await Expect(row.GetByTestId("journal-warning")).ToBeVisibleAsync();
        await Expect(row.GetByTestId("journal-error")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task StatusFilter_ShowsOnlyMatchingRequests()
    {
        var key = NewKey();
        await OpenAsync(key);
        (await Client.IterableAsync("/api/users/registerDeviceToken", key, Valid)).Should().Be(200);
        (await Client.IterableAsync("/api/users/registerDeviceToken", key, WithoutToken)).Should().Be(400);
        await Expect(JournalRowsOf(key)).ToHaveCountAsync(2);

        await Page.GetByTestId("filter-status").SelectOptionAsync("error");
        await Expect(JournalRowsOf(key)).ToHaveCountAsync(1);
        await Expect(JournalRowsOf(key).GetByTestId("journal-status")).ToHaveTextAsync("400");
        await Expect(Page.Locator("[data-testid=journal-row][data-status^='2']")).ToHaveCountAsync(0);

        await Page.GetByTestId("filter-status").SelectOptionAsync("ok");
        await Expect(JournalRowsOf(key)).ToHaveCountAsync(1);
        await Expect(JournalRowsOf(key).GetByTestId("journal-status")).ToHaveTextAsync("200");
        await Expect(Page.Locator("[data-testid=journal-row][data-status^='4']")).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("journal-summary")).ToContainTextAsync(" of ");
    }

    [Test]
    public async Task OperationAndTenantFilters_NarrowTheJournal()
    {
        var key = NewKey();
        var other = NewKey();
        await OpenAsync(key);
        await Client.IterableAsync("/api/users/registerDeviceToken", key, Valid);
        await Client.IterableAsync("/api/users/disableDevice", key, """{"token":"tok-bo"}""");
        await Client.IterableAsync("/api/users/registerDeviceToken", other, Valid);
        await Expect(JournalRowsOf(key)).ToHaveCountAsync(2);
        await Expect(JournalRowsOf(other)).ToHaveCountAsync(1);

        await Page.GetByTestId("filter-operation").SelectOptionAsync("registerDeviceToken");
        await Expect(JournalRowsOf(key)).ToHaveCountAsync(1);
        await Expect(Page.Locator("[data-testid=journal-row][data-operation=disableDevice]")).ToHaveCountAsync(0);
        await Expect(JournalRowsOf(other)).ToHaveCountAsync(1);

        await Page.GetByTestId("filter-tenant").CheckAsync();
        await Expect(JournalRows).ToHaveCountAsync(1);
        await Expect(JournalRows).ToHaveAttributeAsync("data-tenant-id", IdOf(key));
    }
}
