using System.CommandLine;
using Harness.Core.OpenApi;

namespace Harness.Cli.Commands;

/// <summary>
/// The inputs <c>record</c> and <c>journal export</c> share: both turn traffic at a URL into scenarios checked
/// against an API catalog, so the URL rule, the catalog default and their messages must not drift apart.
/// A failed check has already written its <c>error:</c> line when it returns null.
/// </summary>
internal static class RecordingInputs
{
    public static Option<string?> OpenApiOption() =>
        new("--openapi") { Description = "Folder of OpenAPI files (default: ./openapi, else the shipped copy)" };

    public static async Task<Uri?> TargetAsync(string url, TextWriter error)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https"))
        {
            return uri;
        }

        await error.WriteLineAsync($"error: --target '{url}' is not an absolute http(s) URL").ConfigureAwait(false);
        return null;
    }

    public static async Task<ApiCatalog?> CatalogAsync(string? folder, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await ApiCatalog.LoadAsync(CliPaths.OpenApi(folder), cancellationToken).ConfigureAwait(false);
        }
        catch (OpenApiLoadException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
