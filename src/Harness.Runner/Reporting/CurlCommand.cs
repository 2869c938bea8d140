using System.Text;
using Harness.Runner.Http;
using Harness.Runner.Results;

namespace Harness.Runner.Reporting;

/// <summary>
/// A <c>curl</c> line that repeats a request. The key the case ran with becomes a reference to its environment
/// variable (<c>"Api-Key: $HARNESS_API_KEY_SHOP"</c>), so the line runs as printed once the variable is set;
/// any other secret is masked by the caller's masker.
/// </summary>
internal static class CurlCommand
{
    public const string KeyVariablePrefix = "HARNESS_API_KEY_";

    public static string For(ExchangeRequest request, SecretMasker masker, CurlKey? key = null)
    {
        var builder = new StringBuilder("curl -sS -X ").Append(request.Method).Append(' ').Append(Quote(request.Url.AbsoluteUri, key));
        foreach (var (name, value) in request.Headers)
        {
            builder.Append(" -H ").Append(Quote($"{name}: {value}", key));
        }

        if (request.Body is not null)
        {
            // A cut body no longer repeats the request, but a report must not grow with it.
            builder.Append(" --data-raw ").Append(Quote(ReportBody.Excerpt(request.Body), key));
        }

        return masker.Apply(builder.ToString());
    }

    /// <summary>The variable that holds an API's key: <c>HARNESS_API_KEY_</c> and the API's name in capitals.</summary>
    public static string KeyVariable(string api) => KeyVariablePrefix + api.ToUpperInvariant();

    /// <summary>
    /// POSIX shell single quotes (only the quote itself needs escaping), or, where the key occurs, double quotes
    /// with <c>$VARIABLE</c> in its place and the shell's special characters escaped.
    /// </summary>
    private static string Quote(string text, CurlKey? key)
    {
        if (key is null || !Contains(text, key, out var escaped))
        {
            return "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        }

        var reference = "${" + key.Variable + "}";
        var body = Escape(text).Replace(Escape(key.Value), reference, StringComparison.Ordinal);
        if (escaped)
        {
            body = body.Replace(Escape(Uri.EscapeDataString(key.Value)), reference, StringComparison.Ordinal);
        }

        return "\"" + body + "\"";
    }

    private static bool Contains(string text, CurlKey key, out bool escaped)
    {
        escaped = text.Contains(Uri.EscapeDataString(key.Value), StringComparison.Ordinal);
        return key.Value.Length > 0 && (escaped || text.Contains(key.Value, StringComparison.Ordinal));
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is '"' or '\\' or '$' or '`' ? "\\" + c : c.ToString());
        }

        return builder.ToString();
    }
}

/// <summary>The key a case ran with and the environment variable a reproducing shell reads it from.</summary>
internal sealed record CurlKey(string Value, string Variable)
{
    public static CurlKey? For(ScenarioResult result) =>
        result.ApiKey is { Length: > 0 } key ? new CurlKey(key, CurlCommand.KeyVariable(result.Case.Scenario.Api.Value)) : null;
}
