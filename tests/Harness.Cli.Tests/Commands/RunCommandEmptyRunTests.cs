using System.Net;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

/// <summary>A run in which nothing ran must not pass CI: exit 2 saying what exists, unless <c>--allow-empty</c>.</summary>
[NonParallelizable]
internal sealed class RunCommandEmptyRunTests
{
    private const string Tagged = """
        scenario: reads an unknown user
        api: iterable
        tags: [smoke, users]
        steps:
          - call: getUserByEmail
            query: { email: "{{ email }}" }
            expect: { status: 200 }
        """;

    private const string NeedsTheMock = """
        scenario: needs tenant settings only a harness mock has
        api: iterable
        given:
          tenant: {}
        steps:
          - call: getUserByEmail
            query: { email: "{{ email }}" }
        """;

    [Test]
    public async Task Run_WithATagThatMatchesNothing_ExitsTwo_ListingTheTagsInUse()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Tagged), ("other.scenario.yaml", Tagged.Replace("smoke, users", "devices", StringComparison.Ordinal)));

        var (code, output, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--tag", "nosuchtag"]);

        code.Should().Be(2, output + error);
        error.Should().Contain("nothing to run: no scenario of 2 matches --tag nosuchtag; tags in use: devices, smoke, users")
            .And.Contain("--allow-empty");
        output.Should().NotContain("passed,", "nothing was started, so there is no summary that could look green");
    }

    [Test]
    public async Task Run_WithATagThatMatchesNothing_AndAllowEmpty_ExitsZero()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Tagged));

        var (code, output, error) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--tag", "nosuchtag", "--allow-empty"]);

        code.Should().Be(0, output + error);
        output.TrimEnd().Split('\n')[^1].Should().Be("0 passed, 0 failed, 0 skipped");
    }

    [Test]
    public async Task Run_WhereEveryCaseIsSkippedAgainstARealTarget_ExitsTwo_UnlessAllowEmpty()
    {
        using var specs = CommandRun.Specs(("given.scenario.yaml", NeedsTheMock));
        using var target = new PlainTarget();
        string[] args = ["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--target", target.Url, "--api-key", "iterable=key-0123456789"];

        var (code, output, error) = await CommandRun.InvokeAsync(args);
        var (allowedCode, allowedOutput, allowedError) = await CommandRun.InvokeAsync([.. args, "--allow-empty"]);

        code.Should().Be(2, output + error);
        output.TrimEnd().Split('\n')[^1].Should().Be("0 passed, 0 failed, 1 skipped");
        error.Should().Contain("nothing ran: all 1 scenario case(s) were skipped");
        allowedCode.Should().Be(0, allowedOutput + allowedError);
    }

    /// <summary>A loopback server that answers 404 to everything: reachable, but not a harness mock.</summary>
    private sealed class PlainTarget : IDisposable
    {
        private readonly HttpListener _listener = new();

        public PlainTarget()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
