using System.Buffers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Server;

/// <summary>
/// Parses a request body into a <see cref="JToken"/> with rented buffers: the UTF-8 is decoded once into a pooled
/// char array and Newtonsoft's reader borrows its own buffer from the pool, where a <see cref="StreamReader"/>
/// over a <see cref="MemoryStream"/> allocated about 5 KB of buffers per request (docs/benchmarks.md).
/// </summary>
internal static class PooledJson
{
    // Nothing reads a request body's line numbers (violations are reported by JSON path); keeping them cost an
    // annotation object per token.
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    public static JToken Parse(byte[] utf8, int maxDepth)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, 0, utf8.Length, chars, 0);
            using var reader = new JsonTextReader(new CharArrayReader(chars, length))
            {
                DateParseHandling = DateParseHandling.None,
                MaxDepth = maxDepth,
                ArrayPool = CharPool.Instance,
            };
            return JToken.ReadFrom(reader, NoLineInfo);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private sealed class CharPool : IArrayPool<char>
    {
        public static readonly CharPool Instance = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }
    }

    /// <summary>A <see cref="TextReader"/> over the first <c>length</c> characters of an array.</summary>
    private sealed class CharArrayReader(char[] chars, int length) : TextReader
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
}
