using System.Text;
using Harness.Runner.Events;
using Harness.Runner.Reporting;
using Harness.Runner.Results;
using Harness.Runner.Tests.Support;
using Spectre.Console;

namespace Harness.Runner.Tests.Reporting;

/// <summary>A target that echoes the key in every disguise: no report format prints it whole.</summary>
internal sealed class EchoedKeyTests
{
    private const string Key = "Echo-Secret-Key-0042";

    private static readonly string Base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Key));
    private static readonly string Basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("user:" + Key));

    /// <summary>What the target sends back: glued, in capitals and small letters, URL-encoded, base64 alone and in a Basic credential.</summary>
    private static readonly string[] Echoes =
    [
        $"x{Key}x", Key.ToUpperInvariant(), Key.ToLowerInvariant(), Uri.EscapeDataString("a b:" + Key), Base64, Basic,
    ];

    private static async Task<RunResult> RunAsync()
    {
        var echoed = string.Join(" ", Echoes);
        await using var server = FakeServer.Start(_ => FakeReply.Json(200, $$"""{"id":"a","name":7,"note":"{{echoed}}"}""", ("X-Echo", echoed)));
        using var runner = Runs.Runner(server.Url, keys: new Dictionary<string, string> { ["shop"] = Key });
        var run = await runner.RunAsync(ShopApi.Steps("  - call: getItem\n    path: { id: a }\n").Cases());
        run.Scenarios.Single().Outcome.Should().Be(Outcome.Failed, "the failing step is what puts the answer into the reports");
        return run;
    }

    private static void ShouldHideTheKey(string report)
    {
        report.Should().Contain("Ec…42", "the key's mask stands where it was");
        report.Should().NotContainEquivalentOf(Key);
        report.Should().NotContainEquivalentOf(Uri.EscapeDataString(Key)).And.NotContainEquivalentOf(Key.Replace("-", "%2D", StringComparison.Ordinal));
        // Bytes 0–11 of the key decide the first 16 base64 characters; bytes 1–9 of the key ("user:" is 5 bytes) decide characters 8–19 of the Basic credential.
        report.Should().NotContain(Base64[..16]).And.NotContain(Basic[8..20]);
    }

    [Test]
    public async Task JsonReport_HidesTheEchoedKey() => ShouldHideTheKey(JsonReporter.Render(await RunAsync()));

    [Test]
    public async Task JUnitReport_HidesTheEchoedKey() => ShouldHideTheKey(JUnitReporter.Render(await RunAsync()));

    [Test]
    public async Task HtmlReport_HidesTheEchoedKey() => ShouldHideTheKey(HtmlReporter.Render(await RunAsync()));

    [Test]
    public async Task Console_HidesTheEchoedKey_AndReproducesWithTheVariable()
    {
        var run = await RunAsync();
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        var reporter = new ConsoleReporter(console);

        reporter.Handle(new RunStarted(run.Scenarios.Select(s => s.Case).ToArray(), "http://target", DateTimeOffset.UnixEpoch));
        reporter.Handle(new ScenarioFinished(run.Scenarios.Single()));
        reporter.Handle(new RunFinished(run));

        var text = output.ToString();
        ShouldHideTheKey(text);
        text.Should().Contain("reproduce: curl").And.Contain("${HARNESS_API_KEY_SHOP}");
    }

    [Test]
    public async Task CurlLines_HideAKeyTheRequestCarriesInAnotherCase()
    {
        var run = await RunAsync();
        var request = run.Scenarios.Single().Steps.Single().Exchange!.Request with
        {
            Body = $$"""{"token":"{{Key.ToUpperInvariant()}}","basic":"{{Basic}}"}""",
        };

        var curl = CurlCommand.For(request, FailureDiagnostics.MaskerFor(run.Scenarios), CurlKey.For(run.Scenarios.Single()));

        ShouldHideTheKey(curl);
    }
}
