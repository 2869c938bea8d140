using System.Xml.Linq;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

[NonParallelizable]
internal sealed class RunCommandTests
{
    private const string Passing = """
        scenario: reads an unknown user
        api: iterable
        tags: [smoke]
        steps:
          - call: getUserByEmail
            query: { email: "{{ email }}" }
            expect: { status: 200, body: {} }
        """;

    private const string Failing = """
        scenario: expects the wrong status
        api: iterable
        steps:
          - call: getUserByEmail
            query: { email: "{{ email }}" }
            expect:
              status: 404
        """;

    [Test]
    public async Task Run_AllPassing_ExitsZero_AndEndsWithTheSummaryLine()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));

        var (code, output, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi]);

        code.Should().Be(0, output + error);
        output.TrimEnd().Split('\n')[^1].Should().Be("1 passed, 0 failed, 0 skipped");
    }

    [Test]
    public async Task Run_WithAFailedExpectation_ExitsOne_NamingFileAndLine()
    {
        using var specs = CommandRun.Specs(("bad.scenario.yaml", Failing));

        var (code, output, _) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi]);

        code.Should().Be(1);
        output.Should().Contain("bad.scenario.yaml:7:15: error: status 200, expected 404");
        output.TrimEnd().Split('\n')[^1].Should().Be("0 passed, 1 failed, 0 skipped");
    }

    [Test]
    public async Task Run_WithMaxResponseBytes_FailsAStepWhoseAnswerIsLonger()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));
        await using var mock = await Harness.Mock.HarnessMock.StartAsync(new Harness.Mock.Server.HarnessMockOptions { Port = 0, OpenApiDirectory = CommandRun.OpenApi });

        // The unknown user's answer is "{}": two bytes, one more than allowed.
        var (code, output, error) = await CommandRun.InvokeAsync(
            ["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--target", mock.Url, "--api-key", "iterable=k-0123456789", "--max-response-bytes", "1"]);

        code.Should().Be(1, output + error);
        output.Should().Contain("response 200 not read: response body exceeded 1 bytes; read stopped (limit: --max-response-bytes)");
    }

    [TestCase("0")]
    [TestCase("2147483648")]
    public async Task Run_WithAMaxResponseBytesOutOfRange_ExitsTwo(string bytes)
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));

        var (code, _, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--max-response-bytes", bytes]);

        code.Should().Be(2);
        error.Should().Contain($"--max-response-bytes must be between 1 and 1073741824, got {bytes}");
    }

    [Test]
    public async Task Run_WithLintErrors_ExitsTwo_AndSendsNothing()
    {
        using var specs = CommandRun.Specs(("typo.scenario.yaml", Passing.Replace("getUserByEmail", "getUserByEmal", StringComparison.Ordinal)));

        var (code, output, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi]);

        code.Should().Be(2);
        output.Should().Contain("typo.scenario.yaml:5:11: error: unknown operation 'getUserByEmal'").And.Contain("hint: did you mean 'getUserByEmail'?");
        error.Should().Contain("nothing was run");
    }

    [Test]
    public async Task Run_AgainstAnUnreachableTarget_ExitsTwo()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var (code, _, error) = await CommandRun.InvokeAsync(
            ["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--target", $"http://127.0.0.1:{port}", "--api-key", "iterable=k"]);

        code.Should().Be(2);
        error.Should().Contain($"target http://127.0.0.1:{port} is unreachable: connection refused");
    }

    [TestCase("--shard", "5/4", "--shard must be K/N")]
    [TestCase("--parallel", "0", "--parallel must be at least 1")]
    [TestCase("--timeout", "0", "--timeout must be a positive number")]
    [TestCase("--target", "not a url", "is not an absolute http(s) URL")]
    [TestCase("--target", "iterabel=http://x", "unknown api 'iterabel'")]
    public async Task Run_WithBadOptions_ExitsTwo_SayingWhy(string option, string value, string message)
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));

        var (code, _, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, option, value]);

        code.Should().Be(2);
        error.Should().Contain(message);
    }

    [Test]
    public async Task Run_WithMissingPaths_ExitsTwo()
    {
        var (code, output, _) = await CommandRun.InvokeAsync(["run", "/no/such/folder", "--openapi", CommandRun.OpenApi]);

        code.Should().Be(2);
        output.Should().Contain("/no/such/folder: no such file or folder");
    }

    [Test]
    public async Task Run_WritesJUnitJsonAndHtmlReports()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing), ("bad.scenario.yaml", Failing));

        var (code, _, _) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--parallel", "2",
            "--junit", specs.Path("out/junit.xml"), "--json", specs.Path("out/run.json"), "--html", specs.Path("out/run.html")]);

        code.Should().Be(1);
        XDocument.Load(specs.Path("out/junit.xml")).Root!.Attribute("failures")!.Value.Should().Be("1");
        File.ReadAllText(specs.Path("out/run.json")).Should().Contain("\"failed\": 1");
        File.ReadAllText(specs.Path("out/run.html")).Should().StartWith("<!DOCTYPE html>");
    }

    [Test]
    public async Task Run_AgainstAMockTarget_TakesTheKeyFromTheEnvironment()
    {
        await using var mock = await Harness.Mock.HarnessMock.StartAsync(new Harness.Mock.Server.HarnessMockOptions { Port = 0, OpenApiDirectory = CommandRun.OpenApi });
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));

        var (code, output, error) = await CommandRun.InvokeAsync(
            ["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--target", mock.Url, "--json", specs.Path("run.json")],
            name => name == "HARNESS_API_KEY_ITERABLE" ? "env-key-0123456789" : null);

        code.Should().Be(0, output + error);
        File.ReadAllText(specs.Path("run.json")).Should().Contain("\"apiKey\": \"en…89\"").And.NotContain("env-key-0123456789");
    }
}
