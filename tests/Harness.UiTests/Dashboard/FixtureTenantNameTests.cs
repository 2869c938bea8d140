using FluentAssertions;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.UiTests.Support;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

/// <summary>
/// Fixture tenants are shown by their fixture file's name (a user told to use <c>demo</c> finds <c>demo</c>),
/// unless the name is long enough to be a real key: then it is masked like any key.
/// </summary>
[TestFixture]
public sealed class FixtureTenantNameTests : DashboardTest
{
    private const string SecretLookingName = "sk_live_0123456789secret";
    private DirectoryInfo? _fixtures;

    protected override HarnessMockOptions MockOptions
    {
        get
        {
            _fixtures = Directory.CreateTempSubdirectory("harness-ui-fixtures-");
            var tenants = _fixtures.CreateSubdirectory("tenants");
            var shipped = Path.Combine(HarnessMock.DefaultFixturesDirectory, "tenants");
            File.Copy(Path.Combine(shipped, "demo.iterable.json"), Path.Combine(tenants.FullName, "demo.iterable.json"));
            File.Copy(Path.Combine(shipped, "demo.iterable.json"), Path.Combine(tenants.FullName, $"{SecretLookingName}.iterable.json"));
            return new HarnessMockOptions { Port = 0, FixturesDirectory = _fixtures.FullName };
        }
    }

    [OneTimeTearDown]
    public void RemoveFixtures() => _fixtures?.Delete(recursive: true);

    [Test]
    public async Task TenantPicker_ShowsAFixtureTenant_ByItsFixtureName()
    {
        await OpenAsync("demo");

        await Expect(Page.GetByTestId("tenant-picker")).ToHaveValueAsync(IdOf("demo"));
        await Expect(Page.GetByTestId("tenant-picker").Locator("option:checked")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^demo · {IdOf("demo")}"));
        await Expect(Page.Locator("#tenant-title")).ToContainTextAsync("Tenant demo");
    }

    [Test]
    public async Task Journal_ShowsARequestOfAFixtureTenant_UnderItsFixtureName()
    {
        await OpenAsync("demo");

        (await Client.IterableAsync("/api/users/update", "demo", new { email = "journal-name@example.com" })).Should().Be(200);

        await Expect(JournalRowsOf("demo").First.GetByTestId("journal-tenant")).ToHaveTextAsync("demo");
    }

    [Test]
    public async Task TenantPicker_ShowsAFixtureNameThatLooksLikeAKey_Masked()
    {
        await OpenAsync(SecretLookingName);

        await Expect(Page.GetByTestId("tenant-picker")).ToHaveValueAsync(IdOf(SecretLookingName));
        await Expect(Page.GetByTestId("tenant-picker")).ToContainTextAsync($"sk…et · {IdOf(SecretLookingName)}");
        (await Page.ContentAsync()).Should().NotContain(SecretLookingName);
    }
}
