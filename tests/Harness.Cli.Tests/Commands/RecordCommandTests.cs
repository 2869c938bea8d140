using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Harness.Cli.Commands;
using Harness.Mock;
using Harness.Mock.Server;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

[NonParallelizable]
internal sealed class RecordCommandTests
{
    private const string Key = "sk-record-cli-secret-0123456789";

    [Test]
    public async Task Record_ForwardsCalls_ThenWritesTheScenarioAndDriftReportOnStop()
    {
        await using var real = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = CommandRun.OpenApi });
        var folder = Directory.CreateTempSubdirectory("harness-record-cli-");
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand("test") { RecordCommand.Create() };
        var run = root.Parse(["record", "--target", real.Url, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--out", folder.FullName, "--openapi", CommandRun.OpenApi])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, stop.Token);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            http.DefaultRequestHeaders.Add("Api-Key", Key);
            var answer = await UntilUpAsync(() => http.GetAsync("/api/users/getByEmail?email=ada@example.com"), run);
            answer.StatusCode.Should().Be(HttpStatusCode.OK);
            (await http.GetAsync("/api/users/nothing/here")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            await stop.CancelAsync();

            var code = await run;

            code.Should().Be(1, "one call matched no operation: drift\n" + output + error);
            output.ToString().Should().Contain("GET /api/users/getByEmail → 200").And.Contain("UnknownOperation");
            var scenario = await File.ReadAllTextAsync(Path.Combine(folder.FullName, "recorded-iterable.scenario.yaml"));
            scenario.Should().Contain("call: getUserByEmail").And.Contain("query: {\"email\":\"ada@example.com\"}");
            foreach (var file in Directory.GetFiles(folder.FullName))
            {
                (await File.ReadAllTextAsync(file)).Should().NotContain(Key, file);
            }

            output.ToString().Should().NotContain(Key);
        }
        finally
        {
            await stop.CancelAsync();
            await run;
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Record_WithATargetThatIsNotAUrl_ExitsTwo()
    {
        var error = new StringWriter();
        var root = new RootCommand("test") { RecordCommand.Create() };

        var code = await root.Parse(["record", "--target", "api.example.com"]).InvokeAsync(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        code.Should().Be(2);
        error.ToString().Should().Contain("--target 'api.example.com' is not an absolute http(s) URL");
    }

    /// <summary>The proxy starts in the background: retry until it accepts, or fail when the command ended first.</summary>
    private static async Task<HttpResponseMessage> UntilUpAsync(Func<Task<HttpResponseMessage>> send, Task<int> command)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await send();
            }
            catch (HttpRequestException) when (attempt < 200 && !command.IsCompleted)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
