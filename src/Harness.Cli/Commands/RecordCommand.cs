using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Harness.Core.OpenApi;
using Harness.Runner.Recording;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness record --target URL</c>: a loopback proxy in front of a real implementation. Every exchange is
/// forwarded unchanged and checked against the OpenAPI files as it passes; on Ctrl+C the session is written
/// as scenarios and a drift report. Exit 0 without drift, 1 with drift, 2 for bad usage.
/// </summary>
internal static class RecordCommand
{
    public static Command Create()
    {
        var target = new Option<string>("--target") { Description = "The implementation to record (absolute http(s) URL)", Required = true };
        var port = new Option<int>("--port") { Description = "Port of the proxy on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5090 };
        var output = new Option<string?>("--out") { Description = "Folder for the scenarios and the drift report (default: recordings/<time>)" };
        var name = new Option<string?>("--name") { Description = "Scenario name (default: Recorded session <time>)" };
        var openapi = RecordingInputs.OpenApiOption();
        var maxResponseBytes = new Option<long>("--max-response-bytes")
        {
            Description = "Bytes of one response body read at most; a longer one is answered 502 and not recorded (default 8 MiB)",
            DefaultValueFactory = _ => Runner.Http.BoundedBody.DefaultLimit,
        };
        var command = new Command("record", "Proxy a real implementation on loopback, report contract drift live, and write the session as scenarios")
        {
            target, port, output, name, openapi, maxResponseBytes,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var uri = await RecordingInputs.TargetAsync(result.GetValue(target)!, error).ConfigureAwait(false);
            if (uri is null)
            {
                return ExitCodes.BadInput;
            }

            if (result.GetValue(port) is < 0 or > 65535)
            {
                await error.WriteLineAsync($"error: --port must be 0 to 65535, got {result.GetValue(port)}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var limit = result.GetValue(maxResponseBytes);
            if (limit is < 1 or > Runner.Execution.RunnerOptions.MaxResponseBytesCeiling)
            {
                await error.WriteLineAsync($"error: --max-response-bytes must be between 1 and {Runner.Execution.RunnerOptions.MaxResponseBytesCeiling}, got {limit}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var catalog = await RecordingInputs.CatalogAsync(result.GetValue(openapi), error, cancellationToken).ConfigureAwait(false);
            if (catalog is null)
            {
                return ExitCodes.BadInput;
            }

            var started = DateTimeOffset.UtcNow;
            var folder = result.GetValue(output) ?? Path.Combine("recordings", started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            var title = result.GetValue(name) ?? $"Recorded session {started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
            var console = CliConsole.Create(result.InvocationConfiguration.Output);
            return await RecordAsync(catalog, uri, result.GetValue(port), limit, folder, title, console, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RecordAsync(ApiCatalog catalog, Uri target, int port, long maxResponseBytes, string folder, string title, IAnsiConsole console, TextWriter error,
        CancellationToken cancellationToken)
    {
        var shown = Shown(target);
        var session = new RecordingSession(catalog, (index, exchange, drift) => Live(console, index, exchange, drift));
        RecordingProxy proxy;
        try
        {
            proxy = await RecordingProxy.StartAsync(target, port, session, maxResponseBytes: maxResponseBytes, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            await error.WriteLineAsync($"error: cannot listen on 127.0.0.1:{port}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        await using (proxy.ConfigureAwait(false))
        {
            console.MarkupLine($"[bold green]Recording[/] {Markup.Escape(shown)} through [link]{proxy.Url}[/]");
            console.MarkupLine($"Point your app or script at {proxy.Url} (same paths as the target). Ctrl+C stops and writes to {Markup.Escape(folder)}");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine("[grey]stopping…[/]");
            }
        }

        RecordingFiles files;
        try
        {
            files = RecordingOutput.Write(session, folder, shown, title);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write the recording: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        foreach (var note in files.Notes)
        {
            console.WriteLine("note: " + note);
        }

        foreach (var file in files.Scenarios.Append(files.DriftJson!).Append(files.DriftHtml!))
        {
            console.WriteLine("wrote " + file);
        }

        var drift = session.Drift;
        console.WriteLine($"{session.Exchanges.Count} call(s) recorded, {drift.Count} drift finding(s) in {drift.Select(d => d.Exchange).Distinct().Count()} call(s)");
        return drift.Count > 0 ? ExitCodes.Failed : ExitCodes.Passed;

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static void Live(IAnsiConsole console, int index, RecordedExchange exchange, IReadOnlyList<DriftFinding> drift)
    {
        var operation = drift.Count > 0 ? drift[0].Operation ?? "unknown operation" : "";
        var line = $"{index,4} {exchange.Method} {exchange.Path} → {exchange.Status}";
        if (drift.Count == 0)
        {
            console.MarkupLine($"[green]{Markup.Escape(line)}[/]");
            return;
        }

        console.MarkupLine($"[red]{Markup.Escape(line)}  drift ({Markup.Escape(operation)})[/]");
        foreach (var finding in drift)
        {
            console.MarkupLine($"[red]       {Markup.Escape(finding.Kind.ToString())}: {Markup.Escape(finding.Message)}[/]");
        }
    }

    /// <summary>The target without user information, which may hold a password.</summary>
    private static string Shown(Uri target) =>
        new UriBuilder(target) { UserName = "", Password = "" }.Uri.AbsoluteUri.TrimEnd('/');
}
