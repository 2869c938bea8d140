using System.Net.Http.Headers;

namespace Harness.Runner.Http;

internal static class MediaTypes
{
    /// <summary>A Content-Type value as a media type, without parameters, or null.</summary>
    public static string? Of(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : contentType?.Split(';')[0].Trim();
}
