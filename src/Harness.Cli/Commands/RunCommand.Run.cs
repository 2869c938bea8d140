using Harness.Core.OpenApi;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Runner;
using Harness.Runner.Events;
using Harness.Runner.Execution;
using Harness.Runner.Reporting;
using Harness.Runner.Results;

namespace Harness.Cli.Commands;

internal static partial class RunCommand
{
    private static async Task<int> RunAsync(RunSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var result = settings.Result;
        var options = settings.Options;
        var targets = result.GetValue(options.Target) ?? [];
        HarnessMock? mock = null;
        RunTarget target;
        if (targets.Length == 0)
        {
            try
            {
                mock = await HarnessMock.StartAsync(new HarnessMockOptions { Port = 0, OpenApiDirectory = settings.OpenApiDirectory }, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception e) when (e is ArgumentException or OpenApiLoadException or IOException)
            {
                return Usage(error, [$"cannot start the in-process mock: {e.Message}"]);
            }

            // Against our own mock every scenario gets a fresh tenant: configured keys would only share state.
            target = RunTarget.Single(mock.Url);
            if (result.GetValue(options.ApiKey) is { Length: > 0 })
            {
                await error.WriteLineAsync("warning: --api-key is ignored without --target: the in-process mock gives every scenario its own tenant")
                    .ConfigureAwait(false);
            }
        }
        else
        {
            var problems = new List<string>();
            var parsed = RunTargetParser.Parse(targets, result.GetValue(options.ApiKey) ?? [], settings.Catalog.Apis.Select(a => a.Name), settings.Environment, problems);
            problems.AddRange(MissingTargets(settings, parsed));
            if (parsed is null || problems.Count > 0)
            {
                return Usage(error, problems);
            }

            target = parsed;
        }

        if (mock is null && result.GetValue(options.KeepMock))
        {
            await error.WriteLineAsync("warning: --keep-mock is ignored with --target: there is no in-process mock to keep").ConfigureAwait(false);
        }

        await using (mock)
        {
            if (result.GetValue(options.Compare) is { Length: > 0 } compare)
            {
                return await CompareAsync(settings, target, compare, output, error, cancellationToken).ConfigureAwait(false);
            }

            var (code, run) = await ReplayAsync(settings, target, output, error, cancellationToken).ConfigureAwait(false);
            if (mock is not null && run is not null && result.GetValue(options.KeepMock))
            {
                await KeptMock.ServeAsync(mock, run, output, cancellationToken).ConfigureAwait(false);
            }

            return code;
        }
    }

    private static async Task<(int Code, RunResult? Run)> ReplayAsync(
        RunSettings settings, RunTarget target, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var console = CliConsole.Create(output);
        var reporter = new ConsoleReporter(console, new ConsoleReporterOptions { Coverage = settings.Coverage });
        var listeners = new List<IRunListener> { reporter };
        var result = settings.Result;
        if (result.GetValue(settings.Options.JUnit) is { } junit)
        {
            listeners.Add(new JUnitReporter(junit));
        }

        if (result.GetValue(settings.Options.Json) is { } json)
        {
            listeners.Add(new JsonReporter(json));
        }

        if (result.GetValue(settings.Options.Html) is { } html)
        {
            listeners.Add(new HtmlReporter(html));
        }

        using var runner = new ScenarioRunner(settings.Catalog, target,
            settings.RunnerOptions, listeners);
        foreach (var root in target.Roots)
        {
            if (await runner.Probe.UnreachableReasonAsync(root, cancellationToken).ConfigureAwait(false) is { } unreachable)
            {
                return (Usage(error, [unreachable]), null);
            }
        }

        RunResult run;
        try
        {
            run = await reporter.RunWithProgressAsync(() => runner.RunAsync(settings.Cases, cancellationToken)).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            // A report file that cannot be written is a usage problem, not a failed contract.
            return (Usage(error, [$"cannot write a report: {e.Message}"]), null);
        }
        catch (UnauthorizedAccessException e)
        {
            return (Usage(error, [$"cannot write a report: {e.Message}"]), null);
        }

        // Every case skipped (say, mock-only scenarios against a real target) checked nothing: not green.
        if (run.Passed + run.Failed == 0 && run.Skipped > 0 && !settings.Result.GetValue(settings.Options.AllowEmpty))
        {
            return (Usage(error, [EmptyRun.AllSkipped(run.Skipped)]), run);
        }

        return (run.ExitCode, run);
    }

    /// <summary>Every API the selected scenarios call needs a URL (its own or the shared one).</summary>
    private static IEnumerable<string> MissingTargets(RunSettings settings, RunTarget? target) =>
        target is null
            ? []
            : settings.Cases.Select(c => c.Scenario.Api.Value).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(api => target.UrlFor(api) is null)
                .Select(api => $"no target for api '{api}': pass --target URL or --target {api}=URL");
}
