using FluentAssertions;
using Harness.UiTests.Support;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

/// <summary>The page before any traffic. No test here creates a tenant: the fixture's mock stays empty.</summary>
[TestFixture]
public sealed class PageShellTests : DashboardTest
{
    [Test]
    public async Task EmptyMock_ShowsItsApis_AndEmptyStatesThatSayWhatToDo()
    {
        var requested = new List<string>();
        Page.Request += (_, request) => requested.Add(request.Url);

        await OpenAsync();

        await Expect(Page.GetByTestId("api")).ToHaveTextAsync(["iterable", "netmera"]);
        await Expect(Page.GetByTestId("no-tenants")).ToContainTextAsync("No tenants yet");
        await Expect(Page.GetByTestId("journal-empty")).ToContainTextAsync(Mock.Url);
        await Expect(Page.GetByTestId("reset-tenant")).ToBeDisabledAsync();
        requested.Where(url => !url.StartsWith("data:", StringComparison.Ordinal))
            .Should().OnlyContain(url => url.StartsWith(Mock.Url + "/__harness/", StringComparison.Ordinal), "the page works offline, from the mock alone");
    }
}
