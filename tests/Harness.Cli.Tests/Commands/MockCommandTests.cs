using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

internal sealed class MockCommandTests
{
    [Test]
    public async Task Mock_OnABusyPort_SaysSoInOneLine_AndExitsTwo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, output, error) = await HarnessProcess.RunAsync(TimeSpan.FromSeconds(60), "mock", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-fixtures");

        code.Should().Be(2, output + error);
        error.TrimEnd().Split('\n').Should().Equal($"error: port {port} on 127.0.0.1 is already in use: stop whatever listens there, or choose another port");
        output.Should().NotContain("listening");
    }

    [Test]
    public async Task Mock_WithABrokenMappingsFile_NamesTheFileInOneLine_AndExitsTwo()
    {
        var folder = Directory.CreateTempSubdirectory("harness-mappings-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.json"), "{ \"Request\": ");

            var (code, output, error) = await HarnessProcess.RunAsync(TimeSpan.FromSeconds(60), "mock", "--port", "0", "--no-fixtures", "--mappings", folder.FullName);

            code.Should().Be(2, output + error);
            error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("error: ").And.Contain("broken.json").And.Contain("not a WireMock mapping");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>The built <c>harness</c> command run as its own process, as a user or a CI job runs it.</summary>
internal static class HarnessProcess
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "harness.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CommandRun.RepoRoot,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"harness {string.Join(' ', args)} still ran after {limit.TotalSeconds} s");
        }

        return (process.ExitCode, await output, await error);
    }
}
