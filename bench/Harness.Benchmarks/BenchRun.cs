using System.Diagnostics;
using Harness.Benchmarks.Load;
using Harness.Benchmarks.Report;
using Harness.Benchmarks.Sections;
using Harness.Benchmarks.Servers;
using Spectre.Console;

namespace Harness.Benchmarks;

/// <summary>One run: start-up (while the process is cold), throughput, memory, runner; then the tables.</summary>
internal static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, string command, CancellationToken cancellationToken)
    {
        if (options.Connections < 1)
        {
            Console.Error.WriteLine("error: --connections must be at least 1");
            return 2;
        }

        var unknown = options.Only.Where(o => !BenchOptions.Sections.Contains(o, StringComparer.OrdinalIgnoreCase)
            && !Scenarios.VendorScenarios.All(options.LargeTenant).Any(s => s.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (unknown.Length > 0)
        {
            Console.Error.WriteLine($"error: --only {string.Join(", ", unknown)}: not a section ({string.Join(", ", BenchOptions.Sections)}) or a scenario ({string.Join(", ", Scenarios.VendorScenarios.All(options.LargeTenant).Select(s => s.Name))})");
            return 2;
        }

        ILoadDriver load;
        switch (options.Driver)
        {
            case "inproc":
                load = new InProcessDriver();
                break;
            case "wrk" or "auto" when WrkDriver.Find() is { } wrk:
                load = new WrkDriver(wrk);
                break;
            case "wrk":
                Console.Error.WriteLine("error: --driver wrk: no wrk on PATH (apt-get install -y wrk), or use --driver inproc");
                return 2;
            case "auto":
                load = new InProcessDriver();
                break;
            default:
                Console.Error.WriteLine($"error: --driver {options.Driver}: expected auto, wrk or inproc");
                return 2;
        }

        var machine = Report.MachineInfo.Current();
        var l = options.Load;
        var driverText = $"{load.Name}, {l.Connections} connections; per scenario and server {l.Warmup.TotalSeconds:0} s warm-up, then the best of {l.Rounds} × {l.Duration.TotalSeconds:0} s rounds alternating ceiling and mock";
        var results = new Results();
        var started = Stopwatch.GetTimestamp();
        await Step("start-up", "startup", () => StartupSection.RunAsync(options, results, cancellationToken)).ConfigureAwait(false);
        await Step("throughput", "throughput", () => ThroughputSection.RunAsync(options, load, results, cancellationToken)).ConfigureAwait(false);
        await Step("memory", "memory", () => MemorySection.RunAsync(options, load, results, cancellationToken)).ConfigureAwait(false);
        await Step("tenants", "tenants", () => TenantsSection.RunAsync(options, results, cancellationToken)).ConfigureAwait(false);
        await Step("runner", "runner", () => RunnerSection.RunAsync(options, results, cancellationToken)).ConfigureAwait(false);
        await Step("worst case", "worstcase", () => WorstCaseSection.RunAsync(results, cancellationToken)).ConfigureAwait(false);
        results.Note($"Whole run: {Format.Seconds(Stopwatch.GetElapsedTime(started))}.");

        ResultsPrinter.Print(results, machine, command, driverText);
        var table = MarkdownReport.Render(results, machine, command, driverText);
        if (options.MarkdownFile is { } file)
        {
            await File.WriteAllTextAsync(file, table, cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"[grey]Markdown written to {Markup.Escape(file)}[/]");
        }

        if (options.UpdateDocs)
        {
            MarkdownReport.Splice(RepoPaths.Docs, table);
            AnsiConsole.MarkupLine($"[grey]Results block of {Markup.Escape(RepoPaths.Docs)} updated[/]");
        }

        var missed = results.Throughput.Count(r => r.Target?.Met == false) + results.Metrics.Count(r => r.Target?.Met == false);
        return missed == 0 ? 0 : 1;

        async Task Step(string title, string section, Func<Task> run)
        {
            if (!options.RunsSection(section))
            {
                return;
            }

            AnsiConsole.MarkupLine($"[bold]{title}[/]");
            var t = Stopwatch.GetTimestamp();
            try
            {
                await run().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A section that breaks (a handler missing, a port taken) must not hide the others' figures.
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(title)} failed: {Markup.Escape(e.ToString())}[/]");
                results.Note($"{title}: failed — {e.GetType().Name}: {e.Message}");
            }

            AnsiConsole.MarkupLine($"[grey]  {title} took {Format.Seconds(Stopwatch.GetElapsedTime(t))}[/]");
        }
    }
}
