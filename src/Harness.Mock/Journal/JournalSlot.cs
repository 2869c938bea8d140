using System.Text;

namespace Harness.Mock.Journal;

/// <summary>
/// One place in the journal's ring, written over by every request that lands on it. Bodies are copied into
/// buffers the slot keeps, so a journaled request leaves nothing of its own behind: an entry object per request
/// lived for about a thousand requests, was promoted through every generation and died in the oldest.
/// </summary>
internal sealed class JournalSlot
{
    public const int BodyLimit = 4096;

    private byte[] _request = [];
    private int _requestLength = -1;
    private int _requestTotal;
    private char[] _response = [];
    private int _responseLength = -1;
    private int _responseTotal;
    private readonly JournalParameters _query = new();
    private readonly JournalParameters _headers = new();
    private JournalWrite _write;

    /// <summary>The id of the entry held, 0 when the slot is empty.</summary>
    public long Id { get; private set; }

    public void Write(long id, in JournalWrite write)
    {
        Id = id;
        // The bodies live in the buffers; the write keeps only what is shared or small. A path the slot's last
        // occupant had too keeps that string, so the request's own copy dies young instead of living in the ring.
        var path = string.Equals(_write.Path, write.Path, StringComparison.Ordinal) ? _write.Path : write.Path;
        _write = write with { Path = path, RequestBody = null, ResponseBody = null, Query = null, Headers = null };
        _query.Set(write.Query);
        _headers.Set(write.Headers);
        // An empty request body shows as none; an empty answer shows as empty text.
        (_requestLength, _requestTotal) = write.RequestBody is { Length: > 0 } body ? Copy<byte>(body, ref _request) : (-1, 0);
        (_responseLength, _responseTotal) = write.ResponseBody is { } text ? Copy(text.AsSpan(), ref _response) : (-1, 0);
    }

    public void Clear()
    {
        Id = 0;
        _write = default;
        (_requestLength, _responseLength) = (-1, -1);
        _query.Clear();
        _headers.Clear();
    }

    public JournalEntry ToEntry() => new(
        Id, _write.Time, _write.Tenant, _write.TenantId, _write.Api, _write.Operation, _write.Method, _write.Path,
        _write.Status, _write.DurationMs, _write.Errors, _write.Warnings, RequestText(), ResponseText())
    {
        Query = _query.ToDictionary(),
        Headers = _headers.ToDictionary(),
    };

    private string? RequestText()
    {
        if (_requestLength <= 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(_request, 0, _requestLength);
        return _requestTotal > _requestLength ? text + $"… ({_requestTotal} bytes)" : text;
    }

    private string? ResponseText()
    {
        if (_responseLength < 0)
        {
            return null;
        }

        var text = new string(_response, 0, _responseLength);
        return _responseTotal > _responseLength ? text + $"… ({_responseTotal} characters)" : text;
    }

    /// <summary>Copies the first <see cref="BodyLimit"/> items into the slot's buffer, growing it when needed.</summary>
    private static (int Length, int Total) Copy<T>(ReadOnlySpan<T> source, ref T[] buffer)
    {
        var length = Math.Min(source.Length, BodyLimit);
        if (buffer.Length < length)
        {
            buffer = new T[Math.Max(length, 256)];
        }

        source[..length].CopyTo(buffer);
        return (length, source.Length);
    }
}
