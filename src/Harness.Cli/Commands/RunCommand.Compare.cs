using Harness.Runner.Comparing;
using Harness.Runner.Execution;

namespace Harness.Cli.Commands;

internal static partial class RunCommand
{
    /// <summary><c>run --compare B</c>: every case against the target (A) and B, differences step by step.</summary>
    private static async Task<int> CompareAsync(RunSettings settings, RunTarget a, string[] compare, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var result = settings.Result;
        var options = settings.Options;
        var problems = new List<string>();
        var b = RunTargetParser.Parse(compare, result.GetValue(options.ApiKey) ?? [], settings.Catalog.Apis.Select(x => x.Name), settings.Environment, problems);
        if (b is not null)
        {
            problems.AddRange(settings.Cases.Select(c => c.Scenario.Api.Value).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(api => b.UrlFor(api) is null)
                .Select(api => $"no --compare target for api '{api}': pass --compare URL or --compare {api}=URL"));
        }

        var ignore = result.GetValue(options.Ignore) ?? [];
        problems.AddRange(ignore.Select(IgnoreRules.Problem).OfType<string>().Select(p => "--ignore " + p));
        if (b is null || problems.Count > 0)
        {
            return Usage(error, problems);
        }

        var listeners = new List<ICompareListener> { new CompareConsoleReporter(CliConsole.Create(output)) };
        if (result.GetValue(options.JUnit) is { } junit)
        {
            listeners.Add(new CompareJUnitReporter(junit));
        }

        if (result.GetValue(options.Json) is { } json)
        {
            listeners.Add(new CompareJsonReporter(json));
        }

        if (result.GetValue(options.Html) is { } html)
        {
            listeners.Add(new CompareHtmlReporter(html));
        }

        using var runner = new CompareRunner(settings.Catalog, a, b,
            settings.RunnerOptions with { Parallel = 1 }, ignore, listeners);
        foreach (var (probe, root) in a.Roots.Select(r => (runner.ProbeA, r)).Concat(b.Roots.Select(r => (runner.ProbeB, r))))
        {
            if (await probe.UnreachableReasonAsync(root, cancellationToken).ConfigureAwait(false) is { } unreachable)
            {
                return Usage(error, [unreachable]);
            }
        }

        if (settings.Parallel > 1)
        {
            await error.WriteLineAsync("warning: --compare runs cases one at a time (both sides must draw the same values); --parallel is ignored")
                .ConfigureAwait(false);
        }

        try
        {
            var run = await runner.RunAsync(settings.Cases, cancellationToken).ConfigureAwait(false);
            return run.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage(error, [$"cannot write a report: {e.Message}"]);
        }
    }
}
