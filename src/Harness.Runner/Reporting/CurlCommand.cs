using System.Text;
using Harness.Runner.Execution;

namespace Harness.Runner.Reporting;

/// <summary>A <c>curl</c> line that repeats a request, with its secrets masked by the caller's masker.</summary>
internal static class CurlCommand
{
    public static string For(ExchangeRequest request, SecretMasker masker)
    {
        var builder = new StringBuilder("curl -sS -X ").Append(request.Method).Append(' ').Append(Quote(request.Url.AbsoluteUri));
        foreach (var (name, value) in request.Headers)
        {
            builder.Append(" -H ").Append(Quote($"{name}: {value}"));
        }

        if (request.Body is not null)
        {
            builder.Append(" --data-raw ").Append(Quote(request.Body));
        }

        return masker.Apply(builder.ToString());
    }

    /// <summary>POSIX shell single quotes: only the quote itself needs escaping.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
