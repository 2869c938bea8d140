using Harness.Core.OpenApi;
using Microsoft.Net.Http.Headers;

namespace Harness.Mock.Generic;

/// <summary>Picks, among the media types a response documents, the one the client's <c>Accept</c> prefers.</summary>
internal static class ContentNegotiation
{
    /// <summary>
    /// The first documented media type with the highest quality in <paramref name="accept"/>; the first
    /// documented one when the client accepts anything, sends no Accept, or accepts none of them (the mock
    /// never answers a status the operation does not document, and 406 is rarely documented).
    /// </summary>
    public static ResponseContent? Choose(IReadOnlyList<ResponseContent> contents, string? accept)
    {
        if (contents.Count == 0 || string.IsNullOrWhiteSpace(accept)
            || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var ranges))
        {
            return contents.Count == 0 ? null : contents[0];
        }

        ResponseContent? best = null;
        var bestQuality = 0.0;
        foreach (var content in contents)
        {
            if (!MediaTypeHeaderValue.TryParse(content.ContentType, out var offered))
            {
                continue;
            }

            var quality = ranges.Where(offered.IsSubsetOf).Select(r => r.Quality ?? 1.0).DefaultIfEmpty(0).Max();
            if (quality > bestQuality)
            {
                (best, bestQuality) = (content, quality);
            }
        }

        return best ?? contents[0];
    }
}
