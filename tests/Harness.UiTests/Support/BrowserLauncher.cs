using Microsoft.Playwright;

namespace Harness.UiTests.Support;

/// <summary>
/// Starts headless Chromium: <c>HARNESS_CHROMIUM</c> if set, else Debian's <c>/usr/bin/chromium</c>, else the
/// browser Playwright installed for itself. Fails with one message naming both ways to get a browser.
/// </summary>
internal static class BrowserLauncher
{
    private const string SystemChromium = "/usr/bin/chromium";

    private static readonly string[] Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var executable = ExecutablePath();
        try
        {
            return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                Headless = true,
                Args = Args,
                ExecutablePath = executable,
            });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                $"""
                Could not launch Chromium ({(executable is null ? "Playwright's own browser" : executable)}): {FirstLine(e.Message)}
                Get a browser one of two ways:
                  - Debian/Ubuntu: apt-get install -y chromium   (installs {SystemChromium}, used when present; or point HARNESS_CHROMIUM at any Chromium)
                  - Playwright's own build: pwsh tests/Harness.UiTests/bin/Debug/net10.0/playwright.ps1 install chromium
                    (no pwsh? dotnet tool install --global PowerShell first)
                """,
                e);
        }
    }

    private static string? ExecutablePath()
    {
        if (Environment.GetEnvironmentVariable("HARNESS_CHROMIUM") is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        return File.Exists(SystemChromium) ? SystemChromium : null;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
