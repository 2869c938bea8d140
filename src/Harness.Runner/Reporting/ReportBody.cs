using System.Globalization;
using System.Text;

namespace Harness.Runner.Reporting;

/// <summary>
/// How much of one body a report keeps: the first <see cref="MaxChars"/> characters and a line that says how
/// much was left out. A target's 8 MiB answer (or a scenario's generated request) then costs a report 64 KiB,
/// not its whole size again in every format.
/// </summary>
internal static class ReportBody
{
    public const int MaxChars = 64 * 1024;

    public static bool IsCut(string body) => body.Length > MaxChars;

    public static string Excerpt(string body)
    {
        if (!IsCut(body))
        {
            return body;
        }

        // Never split a surrogate pair: half a character would make the report invalid UTF-8.
        var end = char.IsHighSurrogate(body[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        var more = Encoding.UTF8.GetByteCount(body.AsSpan(end));
        return body[..end] + string.Create(CultureInfo.InvariantCulture, $"\n… {more} bytes more");
    }

    public static string? ExcerptOrNull(string? body) => body is null ? null : Excerpt(body);
}
