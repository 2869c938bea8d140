using Harness.Runner.Reporting;
using Harness.Runner.Http;

namespace Harness.Runner.Tests.Reporting;

internal sealed class CurlCommandTests
{
    [Test]
    public void For_RepeatsMethodUrlHeadersAndBody_QuotedForTheShell_WithTheKeyMasked()
    {
        var request = new ExchangeRequest("POST", new Uri("http://127.0.0.1:5080/api/users/update"),
            [new("Api-Key", "abcdefghijklmnopqrstuvwxyz"), new("Content-Type", "application/json")],
            """{"name":"O'Brien"}""");

        CurlCommand.For(request, new SecretMasker(["abcdefghijklmnopqrstuvwxyz"])).Should().Be(
            """curl -sS -X POST 'http://127.0.0.1:5080/api/users/update' -H 'Api-Key: ab…yz' -H 'Content-Type: application/json' --data-raw '{"name":"O'\''Brien"}'""");
    }

    [Test]
    public void For_WritesTheCaseKey_AsAReferenceToItsEnvironmentVariable_SoTheLineRunsAsPrinted()
    {
        const string key = "test-0123456789abcdef";
        var request = new ExchangeRequest("POST", new Uri($"http://127.0.0.1:5080/__harness/seed?tenant={key}"),
            [new("Api-Key", key)], """{"note":"costs $5 and `echo`"}""");

        var line = CurlCommand.For(request, new SecretMasker([key]), new CurlKey(key, CurlCommand.KeyVariable("shop")));

        line.Should().Be(
            """curl -sS -X POST "http://127.0.0.1:5080/__harness/seed?tenant=${HARNESS_API_KEY_SHOP}" -H "Api-Key: ${HARNESS_API_KEY_SHOP}" --data-raw '{"note":"costs $5 and `echo`"}'""");
    }

    [Test]
    public void For_PrintsALineThatAPosixShellTurnsBackIntoTheExactRequest_WithTheKeyFromTheEnvironment()
    {
        const string key = "k-0123456789";
        const string note = "a \"$HOME\" `id` \\ 'q' " + key;
        var request = new ExchangeRequest("POST", new Uri("http://127.0.0.1:5080/x"), [new("Api-Key", key), new("X-Note", note)], "{\"n\":\"$1 'x'\"}");
        var line = CurlCommand.For(request, new SecretMasker([key]), new CurlKey(key, "HARNESS_API_KEY_SHOP"));

        // The shell expands the line's arguments as it would for curl; printf shows what curl would have received.
        var shell = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", "set -- " + line["curl ".Length..] + "; printf '%s\\n' \"$@\""])
        {
            RedirectStandardOutput = true,
            Environment = { ["HARNESS_API_KEY_SHOP"] = key },
        };
        using var process = System.Diagnostics.Process.Start(shell)!;
        var arguments = process.StandardOutput.ReadToEnd().TrimEnd('\n').Split('\n');
        process.WaitForExit(10_000).Should().BeTrue();

        line.Should().NotContain(key);
        arguments.Should().Equal("-sS", "-X", "POST", "http://127.0.0.1:5080/x", "-H", "Api-Key: " + key, "-H", "X-Note: " + note,
            "--data-raw", "{\"n\":\"$1 'x'\"}");
    }
}
