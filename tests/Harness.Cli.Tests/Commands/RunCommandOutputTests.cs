using System.Text.RegularExpressions;
using FluentAssertions;
using NUnit.Framework;

namespace Harness.Cli.Tests.Commands;

/// <summary>What <c>run</c> prints when its output is a log, not a terminal: whole lines, and coverage only where it means something.</summary>
[NonParallelizable]
internal sealed partial class RunCommandOutputTests
{
    private static readonly string LongName = "a scenario whose name is much longer than any terminal " + string.Concat(Enumerable.Repeat("and longer ", 25)) + "end";

    private static string Failing(string name) => $$$"""
        scenario: {{{name}}}
        api: iterable
        steps:
          - call: getUserByEmail
            query: { email: "{{ email }}" }
            expect: { status: 404 }
        """;

    private const string Passing = """
        scenario: reads an unknown user
        api: iterable
        steps:
          - call: getUserByEmail
            query: { email: "{{ email }}" }
        """;

    [Test]
    public async Task Run_IntoALog_NeverBreaksALine()
    {
        using var specs = CommandRun.Specs(("long.scenario.yaml", Failing(LongName)));

        var (code, output, _) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi]);

        code.Should().Be(1);
        var lines = output.Split('\n');
        lines.Should().Contain(l => l.StartsWith("FAIL " + LongName + " (", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("✗ " + LongName + "  (", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  reproduce: curl ", StringComparison.Ordinal) && l.Contains("getByEmail?email=", StringComparison.Ordinal) && l.Contains("Api-Key:", StringComparison.Ordinal));
        lines.Should().Contain("── Failures (1) ──", "a log gets a short heading, not a rule as wide as the console");
    }

    [Test]
    public async Task Run_OfSomePaths_LeavesOutTheCoverageTable_UnlessAskedFor()
    {
        using var specs = CommandRun.Specs(("ok.scenario.yaml", Passing));

        var (_, narrowed, _) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi]);
        var (_, asked, _) = await CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--coverage"]);

        narrowed.Should().NotContain("Coverage").And.NotContain("operations");
        asked.Should().Contain("── Coverage ──").And.Contain("1/9 operations");
    }

    [Test]
    public async Task Run_OfTheWholeSuite_ShowsTheCoverageTable()
    {
        using var project = CommandRun.Specs();
        Directory.CreateDirectory(project.Path("specs"));
        File.WriteAllText(project.Path("specs/ok.scenario.yaml"), Passing);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = project.Folder;
        try
        {
            var (code, output, error) = await CommandRun.InvokeAsync(["run", "--openapi", CommandRun.OpenApi]);

            code.Should().Be(0, output + error);
            output.Should().Contain("── Coverage ──").And.Contain("1/9 operations");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Test]
    public async Task Run_WithKeepMock_LeavesTheMockServing_AndTheReproduceLineRunsAsPrinted()
    {
        using var specs = CommandRun.Specs(("bad.scenario.yaml", Failing("expects the wrong status")));
        using var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource();

        var run = CommandRun.InvokeAsync(["run", specs.Folder, "--openapi", CommandRun.OpenApi, "--keep-mock"], synchronized, TextWriter.Null, cancellationToken: stop.Token);
        try
        {
            // The export line is the last one printed before the mock idles; "keeps serving at" comes before it,
            // so waiting for that one alone raced the lines after it on a loaded machine.
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
            while (!KeyExportLine().IsMatch(Read()) && !run.IsCompleted && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            var text = Read();
            run.IsCompleted.Should().BeFalse("the mock must keep serving until stopped: " + text);
            text.Should().Contain("keeps serving at");
            var export = KeyExportLine().Matches(text).Should().ContainSingle("the key's export line is printed, once, within the deadline: " + text).Which.Groups[1].Value;
            var curl = ReproduceLine().Match(text).Groups[1].Value;
            curl.Should().Contain("\"Api-Key: ${HARNESS_API_KEY_ITERABLE}\"");

            var status = await ShellAsync($"{export.Split('#')[0].Trim()}; {curl} -o /dev/null -w '%{{http_code}}'");

            status.Should().Be("200", "the reproduce line reaches the kept mock with the tenant's key");
            run.IsCompleted.Should().BeFalse("the mock serves until it is stopped");
        }
        finally
        {
            await stop.CancelAsync();
        }

        var code = await run.WaitAsync(TimeSpan.FromMinutes(2));
        code.Should().Be(1);
        Read().Should().Contain("stopped.");

        // The synchronized writer locks on itself while writing.
        string Read()
        {
            lock (synchronized)
            {
                return output.ToString();
            }
        }
    }

    private static async Task<string> ShellAsync(string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{script}' still ran after 2 minutes");
        }

        return (await stdout).Trim() + (await stderr).Trim();
    }

    /// <summary>A whole line: each WriteLine reaches the synchronized writer in one locked call, newline included.</summary>
    [GeneratedRegex(@"^\s*(export HARNESS_API_KEY_ITERABLE=[^\n]*)\n", RegexOptions.Multiline)]
    private static partial Regex KeyExportLine();

    [GeneratedRegex(@"reproduce: (curl [^\n]+)")]
    private static partial Regex ReproduceLine();
}
