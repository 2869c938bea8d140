using Harness.Mock;
using Harness.Mock.Server;
using Harness.Mock.State;
using Microsoft.Playwright;
using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace Harness.UiTests.Support;

/// <summary>
/// Per fixture, a mock of its own on a free port and a headless browser; per test, a fresh page at 1366×768
/// and fresh tenant keys (<see cref="NewKey"/>), so no test sees another's state.
/// A failed test leaves a screenshot in its work directory, attached to the result.
/// </summary>
public abstract class DashboardTest
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;
    private HarnessMock? _mock;
    private VendorClient? _client;
    private IPage? _page;
    private readonly List<string> _uncaught = [];
    private readonly List<string> _console = [];

    protected HarnessMock Mock => _mock ?? throw new InvalidOperationException("the mock starts in OneTimeSetUp");

    protected IPage Page => _page ?? throw new InvalidOperationException("the page opens in SetUp");

    internal VendorClient Client => _client ?? throw new InvalidOperationException("the client is made in OneTimeSetUp");

    /// <summary>Options of the fixture's mock; a fixture may seed fixtures.</summary>
    protected virtual HarnessMockOptions MockOptions => new() { Port = 0 };

    [OneTimeSetUp]
    public async Task StartMockAndBrowserAsync()
    {
        Assertions.SetDefaultExpectTimeout(10_000);
        _mock = await HarnessMock.StartAsync(MockOptions);
        _client = new VendorClient(_mock.Url);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserLauncher.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopMockAndBrowserAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_mock is not null)
        {
            await _mock.DisposeAsync();
        }
    }

    [SetUp]
    public async Task OpenPageAsync()
    {
        _context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            AcceptDownloads = true,
            TimezoneId = "UTC",
            Locale = "en-GB",
        });
        _page = await _context.NewPageAsync();
        _uncaught.Clear();
        _console.Clear();
        _page.PageError += (_, error) => _uncaught.Add(error);
        _page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _console.Add($"{message.Type}: {message.Text}");
            }
        };
    }

    /// <summary>Screenshot of a failed test; an uncaught exception in the page fails a test that passed.</summary>
    [TearDown]
    public async Task ClosePageAsync()
    {
        var failed = TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed;
        try
        {
            foreach (var line in _uncaught.Select(e => $"page threw: {e}").Concat(_console.Select(c => $"page console {c}")))
            {
                await TestContext.Out.WriteLineAsync(line);
            }

            if (failed && _page is not null)
            {
                var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots",
                    $"{TestContext.CurrentContext.Test.ClassName?.Split('.')[^1]}.{TestContext.CurrentContext.Test.MethodName}.png");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await _page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                TestContext.AddTestAttachment(file, "the page when the test failed");
            }
        }
        finally
        {
            if (_context is not null)
            {
                await _context.CloseAsync();
            }

            _page = null;
            _context = null;
        }

        if (_uncaught.Count > 0 && !failed)
        {
            Assert.Fail("the page threw:" + Environment.NewLine + string.Join(Environment.NewLine, _uncaught));
        }
    }

    /// <summary>A key no other test uses; longer than 8 characters, so the page shows it masked.</summary>
    protected static string NewKey() => $"ui-{Guid.NewGuid():N}";

    /// <summary>The id the admin surface and the page use for a key.</summary>
    protected static string IdOf(string key) => KeyMask.IdOf(key);

    /// <summary>Opens the dashboard (on a tenant when given, even one with no state yet) and waits until it polls.</summary>
    protected async Task OpenAsync(string? tenantKey = null)
    {
        // The page polls every second; tests ask for a faster poll so waits stay short.
        await Page.GotoAsync($"{Mock.Url}/__harness/ui?poll=200{(tenantKey is null ? "" : $"#tenant={IdOf(tenantKey)}")}");
        await Assertions.Expect(Page.GetByTestId("connection")).ToHaveAttributeAsync("data-state", "live");
        // A reload would lose this mark: tests check it to prove updates arrived without one.
        await Page.EvaluateAsync("() => { window.__harnessNoReload = true; }");
    }

    protected async Task<bool> WasNotReloadedAsync() => await Page.EvaluateAsync<bool>("() => window.__harnessNoReload === true");

    /// <summary>An Iterable profile card on the page.</summary>
    protected ILocator Profile(string email) => Page.Locator($"[data-testid=profile][data-email=\"{email}\"]");

    /// <summary>A Netmera user card on the page.</summary>
    protected ILocator NetmeraUser(string extId) => Page.Locator($"[data-testid=netmera-user][data-ext-id=\"{extId}\"]");

    protected static ILocator Device(ILocator card, string token) => card.Locator($"[data-testid=device][data-token=\"{token}\"]");

    /// <summary>Every journal row on the page (all tenants, unless the page filters).</summary>
    protected ILocator JournalRows => Page.GetByTestId("journal-row");

    /// <summary>The journal rows of one tenant.</summary>
    protected ILocator JournalRowsOf(string key) => Page.Locator($"[data-testid=journal-row][data-tenant-id=\"{IdOf(key)}\"]");
}
