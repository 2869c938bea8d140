using FluentAssertions;
using Harness.UiTests.Support;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Harness.UiTests.Dashboard;

[TestFixture]
public sealed class TenantControlsTests : DashboardTest
{
    [Test]
    public async Task ResetButton_AfterConfirming_EmptiesTheTenant()
    {
        var key = NewKey();
        await OpenAsync(key);
        await RegisterAsync(key, "cy@example.com");
        await Expect(Profile("cy@example.com")).ToBeVisibleAsync();
        string? question = null;
        Page.Dialog += async (_, dialog) =>
        {
            question = dialog.Message;
            await dialog.AcceptAsync();
        };

        await Page.GetByTestId("reset-tenant").ClickAsync();

        await Expect(Page.GetByTestId("profiles-empty")).ToContainTextAsync("No profiles yet");
        await Expect(Page.GetByTestId("profile")).ToHaveCountAsync(0);
        question.Should().Contain("Reset tenant").And.NotContain(key);
    }

    [Test]
    public async Task DownloadButton_SavesTheStateSnapshot_AsTenantIdJson()
    {
        var key = NewKey();
        await OpenAsync(key);
        await RegisterAsync(key, "dee@example.com");
        await Expect(Profile("dee@example.com")).ToBeVisibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("download-state").ClickAsync());

        download.SuggestedFilename.Should().Be($"tenant-{IdOf(key)}.json");
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        text.Should().Contain("dee@example.com");
    }

    [Test]
    public async Task TenantPicker_ShowsMaskedKeys_AndRemembersTheChoiceInTheHash()
    {
        var first = NewKey();
        var second = NewKey();
        await RegisterAsync(first, "first@example.com");
        await RegisterAsync(second, "second@example.com");
        await OpenAsync();

        await Page.GetByTestId("tenant-picker").SelectOptionAsync(IdOf(second));
        await Expect(Profile("second@example.com")).ToBeVisibleAsync();
        new Uri(Page.Url).Fragment.Should().Be($"#tenant={IdOf(second)}");

        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("tenant-picker")).ToHaveValueAsync(IdOf(second));
        await Expect(Profile("second@example.com")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("tenant-picker")).ToContainTextAsync($"{second[..2]}…{second[^2..]}");
        (await Page.ContentAsync()).Should().NotContain(first).And.NotContain(second);
    }

    private async Task RegisterAsync(string key, string email) =>
        (await Client.IterableAsync("/api/users/registerDeviceToken", key,
            new { email, device = new { token = $"tok-{email}", platform = "GCM", applicationName = "Pizza Tracker" } }))
        .Should().Be(200);
}
