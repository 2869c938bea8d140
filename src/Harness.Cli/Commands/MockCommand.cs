using System.CommandLine;
using System.Runtime.InteropServices;
using Harness.Core.OpenApi;
using Harness.Mock;
using Harness.Mock.Server;
using Harness.Mock.State;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary><c>harness mock</c>: serve every API of the OpenAPI folder on one port until Ctrl+C.</summary>
internal static class MockCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to bind", DefaultValueFactory = _ => "127.0.0.1" };
        var fixtures = new Option<string?>("--fixtures") { Description = "Fixtures folder seeded at start (default: ./fixtures, else the shipped demo)" };
        var noFixtures = new Option<bool>("--no-fixtures") { Description = "Start empty, without the demo tenant" };
        var openapi = new Option<string?>("--openapi") { Description = "Folder of OpenAPI files (default: ./openapi, else the shipped copy)" };
        var acceptKeys = new Option<string[]>("--accept-key") { Description = "Accept only these API keys (repeatable); default: every non-empty key", AllowMultipleArgumentsPerToken = false };
        var remoteAdmin = new Option<bool>("--allow-remote-admin") { Description = "Answer /__harness/ calls from non-loopback addresses" };
        var maxBody = new Option<long>("--max-body-bytes") { Description = "Larger request bodies get 413", DefaultValueFactory = _ => 1024 * 1024 };
        var adminHosts = new Option<string[]>("--admin-host") { Description = "Also answer the admin surface under this Host name (repeatable); IP addresses and localhost always work", AllowMultipleArgumentsPerToken = false };
        var mappings = new Option<string?>("--mappings") { Description = "Folder of your own WireMock mappings (*.json, WireMock's format), matched before the harness's APIs" };
        var maxAdminBody = new Option<long>("--max-admin-body-bytes") { Description = "Larger admin bodies (state, seed, tenant settings) get 413", DefaultValueFactory = _ => 16 * 1024 * 1024 };
        var maxTenants = new Option<int>("--max-tenants") { Description = "Tenants (API keys) held besides the fixture tenants; the next new key forgets the least recently used", DefaultValueFactory = _ => HarnessMockOptions.DefaultMaxTenants };

        var command = new Command("mock", "Serve the stateful mock of every API of the OpenAPI folder (each under its server's base path), admin under /__harness")
        {
            port, host, fixtures, noFixtures, openapi, acceptKeys, remoteAdmin, adminHosts, maxBody, maxAdminBody, maxTenants, mappings,
        };

        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new HarnessMockOptions
            {
                Port = result.GetValue(port),
                Host = result.GetValue(host)!,
                OpenApiDirectory = CliPaths.OpenApi(result.GetValue(openapi)),
                FixturesDirectory = result.GetValue(noFixtures) ? null : CliPaths.Fixtures(result.GetValue(fixtures)),
                AcceptedKeys = result.GetValue(acceptKeys) is { Length: > 0 } keys ? keys : null,
                AllowRemoteAdmin = result.GetValue(remoteAdmin),
                AdminHosts = result.GetValue(adminHosts) is { Length: > 0 } names ? names : null,
                MaxBodyBytes = result.GetValue(maxBody),
                MaxAdminBodyBytes = result.GetValue(maxAdminBody),
                MaxTenants = result.GetValue(maxTenants),
                MappingsDirectory = result.GetValue(mappings),
            };
            return await RunAsync(options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(HarnessMockOptions options, CancellationToken cancellationToken)
    {
        HarnessMock mock;
        try
        {
            mock = await HarnessMock.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or OpenApiLoadException or SnapshotException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }

        // Our own signal handlers: the web host underneath would otherwise end the process without disposing.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        await using (mock.ConfigureAwait(false))
        {
            Print(mock);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[grey]stopping…[/]");
            }
        }

        AnsiConsole.MarkupLine("[grey]stopped.[/]");

        return ExitCodes.Passed;

        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    private static void Print(HarnessMock mock)
    {
        AnsiConsole.MarkupLine($"[bold green]Harness mock[/] listening on [link]{mock.Url}[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("API", "Base URL", "Credential", "Operations");
        foreach (var api in mock.Catalog.Apis)
        {
            table.AddRow(api.Name, mock.Url + api.BasePath, Markup.Escape(api.Security?.ToString() ?? "none (one shared tenant)"), api.Operations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.AddRow("admin", mock.Url + "/__harness", "-", "health, state, reset, seed, tenants, requests, clock, faults");
        AnsiConsole.Write(table);
        var tenants = mock.Runtime.Tenants.All;
        if (tenants.Count > 0)
        {
            // A short fixture name (demo) is shown as the dashboard shows it; a longer one looks like a real key and is masked.
            AnsiConsole.MarkupLine($"Seeded tenants: {Markup.Escape(string.Join(", ", tenants.Select(t => $"{t.DisplayName} (id {t.Id})")))}  (the key is the fixture file's name)");
        }

        AnsiConsole.MarkupLine($"Dashboard: [link]{mock.Url}/__harness/ui[/]   Press Ctrl+C to stop.");
    }
}
