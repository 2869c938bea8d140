namespace Harness.Mock.Server;

/// <summary>A <see cref="TextReader"/> over the first <c>length</c> characters of an array.</summary>
internal sealed class CharArrayReader(char[] chars, int length) : TextReader
{
    private int _position;

    public override int Peek() => _position < length ? chars[_position] : -1;

    public override int Read() => _position < length ? chars[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(count, length - _position);
        if (n <= 0)
        {
            return 0;
        }

        Array.Copy(chars, _position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, length - _position);
        if (n <= 0)
        {
            return 0;
        }

        chars.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }
}
