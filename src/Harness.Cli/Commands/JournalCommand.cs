using System.CommandLine;
using System.Globalization;
using Harness.Runner.Recording;
using Harness.Runner.Reporting;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness journal export --tenant K --out FILE</c>: what a client did against a running mock, read from its
/// request journal, written as a regression scenario by the same rules as <c>record</c>. Exit 0, or 2.
/// </summary>
internal static class JournalCommand
{
    public static Command Create()
    {
        var target = new Option<string>("--target") { Description = "The harness mock's URL", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var tenant = new Option<string>("--tenant") { Description = "The tenant: its API key or tenant id", Required = true };
        var output = new Option<string>("--out") { Description = "The scenario file to write (one per API, suffixed, when the tenant used several)", Required = true };
        var name = new Option<string?>("--name") { Description = "Scenario name (default: Journal of tenant <masked key>)" };
        var openapi = RecordingInputs.OpenApiOption();
        var export = new Command("export", "Write a tenant's calls from the mock's request journal as a regression scenario") { target, tenant, output, name, openapi };
        export.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var uri = await RecordingInputs.TargetAsync(result.GetValue(target)!, error).ConfigureAwait(false);
            if (uri is null)
            {
                return ExitCodes.BadInput;
            }

            var catalog = await RecordingInputs.CatalogAsync(result.GetValue(openapi), error, cancellationToken).ConfigureAwait(false);
            if (catalog is null)
            {
                return ExitCodes.BadInput;
            }

            var key = result.GetValue(tenant)!;
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var (exchanges, problem) = await JournalSource.ReadAsync(client, uri, key, cancellationToken).ConfigureAwait(false);
            var masker = new SecretMasker([key]);
            if (problem is not null)
            {
                await error.WriteLineAsync($"error: {masker.Apply(problem)} (tenant {SecretMasker.Mask(key)})").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var title = result.GetValue(name) ?? $"Journal of tenant {SecretMasker.Mask(key)}";
            var description = $"Exported from the request journal of {uri.AbsoluteUri.TrimEnd('/')} on {DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
            RecordingFiles files;
            try
            {
                files = RecordingOutput.WriteScenarios(catalog, exchanges, result.GetValue(output)!, title, description, masker, isFile: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: cannot write the scenario: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var console = result.InvocationConfiguration.Output;
            foreach (var note in files.Notes)
            {
                await console.WriteLineAsync("note: " + note).ConfigureAwait(false);
            }

            foreach (var file in files.Scenarios)
            {
                await console.WriteLineAsync("wrote " + file).ConfigureAwait(false);
            }

            await console.WriteLineAsync($"{exchanges.Count} call(s) exported").ConfigureAwait(false);
            return ExitCodes.Passed;
        });
        return new Command("journal", "Work with a running mock's request journal") { export };
    }
}
