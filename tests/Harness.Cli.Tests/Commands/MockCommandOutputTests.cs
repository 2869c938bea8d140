using System.Diagnostics;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

/// <summary>What <c>harness mock</c> prints at start: never a whole API key.</summary>
internal sealed class MockCommandOutputTests
{
    [Test]
    public async Task Mock_SeededFromFixtures_PrintsTheTenantsWithTheirKeysMasked()
    {
        const string key = "sk_live_0123456789secret";
        var folder = Directory.CreateTempSubdirectory("harness-mask-");
        try
        {
            var tenants = folder.CreateSubdirectory("tenants");
            File.Copy(Path.Combine(CommandRun.RepoRoot, "fixtures", "tenants", "demo.iterable.json"), Path.Combine(tenants.FullName, $"{key}.iterable.json"));
            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "harness.dll"), "mock", "--port", "0", "--fixtures", folder.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = CommandRun.RepoRoot,
            };
            using var process = Process.Start(start)!;
            var output = new System.Text.StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                {
                    output.AppendLine(line);
                    if (line.Contains("Ctrl+C", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
            finally
            {
                process.Kill(entireProcessTree: true);
            }

            output.ToString().Should().Contain("Seeded tenants: sk…et").And.NotContain(key);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Mock_WithABrokenFixture_NamesTheFile_WithTheKeyMasked()
    {
        const string key = "sk_live_0123456789secret";
        var folder = Directory.CreateTempSubdirectory("harness-mask-");
        try
        {
            var tenants = folder.CreateSubdirectory("tenants");
            await File.WriteAllTextAsync(Path.Combine(tenants.FullName, $"{key}.iterable.json"), "{ not json");

            var (code, output, error) = await HarnessProcess.RunAsync(TimeSpan.FromSeconds(60), "mock", "--port", "0", "--fixtures", folder.FullName);

            code.Should().Be(2, output + error);
            error.Should().Contain("sk…et.iterable.json").And.NotContain(key);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
