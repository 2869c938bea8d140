using System.Diagnostics;

namespace Harness.Cli.Tests.Commands;

/// <summary>The built <c>harness</c> command run as its own process, as a user or a CI job runs it.</summary>
internal static class HarnessProcess
{
    public static Task<(int Code, string Output, string Error)> RunAsync(TimeSpan limit, params string[] args) =>
        BoundedProcess.RunAsync(
            new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "harness.dll"), .. args]) { WorkingDirectory = CommandRun.RepoRoot },
            limit);
}
