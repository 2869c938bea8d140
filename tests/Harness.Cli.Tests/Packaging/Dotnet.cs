using System.Diagnostics;
using Harness.Cli.Tests.Commands;

namespace Harness.Cli.Tests.Packaging;

/// <summary>Runs a program (dotnet, the installed tool) as its own process, bounded in time, output captured.</summary>
internal static class Dotnet
{
    /// <summary>The configuration these tests were built in: the packs reuse its build output (<c>--no-build</c>).</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>A version no earlier run used, so NuGet's package cache never hands back a stale copy.</summary>
    public static string FreshVersion() => $"0.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public static Task<(int Code, string Output)> RunAsync(string workingDirectory, params string[] args) =>
        ExecAsync("dotnet", workingDirectory, TimeSpan.FromMinutes(6), args);

    public static async Task<(int Code, string Output)> ExecAsync(string program, string workingDirectory, TimeSpan limit, params string[] args)
    {
        var (code, output, error) = await BoundedProcess.RunAsync(
            new ProcessStartInfo(program, args)
            {
                WorkingDirectory = workingDirectory,
                Environment = { ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            },
            limit);
        return (code, output + error);
    }
}
