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
