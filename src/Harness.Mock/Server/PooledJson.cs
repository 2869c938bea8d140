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

    public static JToken Parse(byte[] utf8, int maxDepth) =>
        Read(utf8, maxDepth, 0, static (reader, _) => JToken.ReadFrom(reader, NoLineInfo));

    /// <summary>
    /// Runs <paramref name="read"/> over the JSON in <paramref name="utf8"/> with the request parser's settings (dates
    /// stay text, fractions are doubles), with the decoded text and the reader's buffer rented from the pool.
    /// </summary>
    public static T Read<TState, T>(byte[] utf8, int? maxDepth, TState state, Func<JsonTextReader, TState, T> read)
    {
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, 0, utf8.Length, chars, 0);
            using var reader = new JsonTextReader(new CharArrayReader(chars, length))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = maxDepth,
                ArrayPool = CharPool.Instance,
            };
            return read(reader, state);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
