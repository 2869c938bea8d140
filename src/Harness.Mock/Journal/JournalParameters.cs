namespace Harness.Mock.Journal;

/// <summary>
/// A journal slot's copy of one request's query or header parameters. Names are the operation's own strings; the
/// values' characters are copied into a buffer the slot keeps, so a request's dictionary and value strings die with
/// the request instead of living in the ring for a thousand requests (a GET's query cost about 250 bytes that every
/// collection promoted).
/// </summary>
internal sealed class JournalParameters
{
    /// <summary>A buffer grown past this by one long value is not kept once the slot holds short ones again.</summary>
    private const int KeepChars = 4096;

    private string[] _names = [];
    private int[] _ends = [];
    private char[] _chars = [];
    private int _count = -1;

    public void Set(Dictionary<string, string>? parameters)
    {
        if (parameters is null)
        {
            _count = -1;
            return;
        }

        var length = 0;
        foreach (var value in parameters.Values)
        {
            length += value.Length;
        }

        if (_names.Length < parameters.Count)
        {
            _names = new string[parameters.Count];
            _ends = new int[parameters.Count];
        }

        if (_chars.Length < length || (_chars.Length > KeepChars && length <= KeepChars))
        {
            _chars = new char[Math.Max(length, 64)];
        }

        var at = 0;
        _count = 0;
        foreach (var (name, value) in parameters)
        {
            value.CopyTo(_chars.AsSpan(at));
            at += value.Length;
            _names[_count] = name;
            _ends[_count++] = at;
        }
    }

    public void Clear() => _count = -1;

    /// <summary>The parameters as they were sent, or null when the request had none to journal.</summary>
    public Dictionary<string, string>? ToDictionary()
    {
        if (_count < 0)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(_count, StringComparer.Ordinal);
        for (var i = 0; i < _count; i++)
        {
            var start = i == 0 ? 0 : _ends[i - 1];
            parameters[_names[i]] = new string(_chars, start, _ends[i] - start);
        }

        return parameters;
    }
}
