using System.Text;

namespace Harness.Mock.Journal;

/// <summary>
/// A request body as the journal keeps it: the first <see cref="Limit"/> bytes as they came, decoded to text only
/// when the journal is read. Every request is journaled and few entries are ever read, so decoding each body on the
/// request path allocated a string per request that lived as long as the entry, twice the size of its UTF-8.
/// </summary>
internal sealed class JournalBytes
{
    public const int Limit = 4096;

    private readonly byte[] _bytes;
    private readonly int _length;
    private readonly int _total;
    private string? _text;

    private JournalBytes(byte[] bytes, int length, int total) => (_bytes, _length, _total) = (bytes, length, total);

    /// <summary>Keeps a body of up to <see cref="Limit"/> bytes without copying it (the request never changes it), a longer one's start.</summary>
    public static JournalBytes? Of(byte[]? body) => body switch
    {
        null or { Length: 0 } => null,
        { Length: <= Limit } => new JournalBytes(body, body.Length, body.Length),
        _ => new JournalBytes(body[..Limit], Limit, body.Length),
    };

    public string Text => _text ??= _total > _length
        ? Encoding.UTF8.GetString(_bytes, 0, _length) + $"… ({_total} bytes)"
        : Encoding.UTF8.GetString(_bytes, 0, _length);
}
