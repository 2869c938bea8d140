using System.Buffers;
using System.Globalization;
using System.Text;

namespace Harness.Runner.Http;

/// <summary>
/// Reads a response body up to a number of bytes and no further: a declared Content-Length over the limit is
/// refused before a byte is read, and a body without one (chunked, or until close) is counted while it is read
/// and abandoned at the limit. A hostile target can therefore never make the runner hold more than the limit.
/// </summary>
internal readonly record struct BoundedBody(string? Text, string? Refusal)
{
    /// <summary>The default of <c>--max-response-bytes</c>: far above any API answer the harness checks.</summary>
    public const long DefaultLimit = 8 * 1024 * 1024;

    public static string Exceeded(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"response body exceeded {limit} bytes; read stopped (limit: --max-response-bytes)");

    public static async Task<BoundedBody> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > limit)
        {
            return new BoundedBody(null, Exceeded(limit) + string.Create(CultureInfo.InvariantCulture, $"; the target announced {declared} bytes"));
        }

        var bytes = await ReadBytesAsync(content, limit, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? new BoundedBody(null, Exceeded(limit))
            : new BoundedBody(Decode(bytes.Value, content.Headers.ContentType?.CharSet), null);
    }

    /// <summary>The body's bytes, or null as soon as there are more than <paramref name="limit"/>.</summary>
    public static async Task<ArraySegment<byte>?> ReadBytesAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        // Not disposed: its buffer is handed out as it is, without a copy.
        var kept = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (kept.Length + read > limit)
                {
                    return null;
                }

                kept.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new ArraySegment<byte>(kept.GetBuffer(), 0, (int)kept.Length);
    }

    /// <summary>As <see cref="HttpContent.ReadAsStringAsync()"/> decodes: a byte order mark first, then the charset, then UTF-8.</summary>
    private static string Decode(ArraySegment<byte> bytes, string? charset)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes.AsSpan(3));
        }

        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim('"'));
            }
            catch (ArgumentException)
            {
                // An unknown charset: read as UTF-8, as the harness's own APIs are.
            }
        }

        return encoding.GetString(bytes.AsSpan());
    }
}
