using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Server;

/// <summary>
/// Renders an answer's JSON as compact text, like <c>JToken.ToString(Formatting.None)</c>, into a writer kept per
/// thread: every answer is rendered once, and a fresh StringWriter and growing StringBuilder per answer were most of
/// what rendering allocated.
/// </summary>
internal static class JsonText
{
    private const int KeepCapacity = 64 * 1024;

    /// <summary>What a rendered JSON answer is sent as.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    [ThreadStatic]
    private static StringWriter? t_writer;

    public static string Render(JToken token) =>
        Render(token, static (json, value) => value.WriteTo(json), static text => text.ToString());

    /// <summary>
    /// Writes compact JSON with <paramref name="write"/> into the thread's buffer and hands the text to
    /// <paramref name="result"/>, which must not keep the buffer.
    /// </summary>
    public static T Render<TState, T>(TState state, Action<JsonWriter, TState> write, Func<StringBuilder, T> result)
    {
        var writer = t_writer ?? new StringWriter(new StringBuilder(1024), CultureInfo.InvariantCulture);
        t_writer = null;
        var buffer = writer.GetStringBuilder();
        try
        {
            buffer.Clear();
            using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false, ArrayPool = CharPool.Instance })
            {
                write(json, state);
            }

            return result(buffer);
        }
        finally
        {
            // A huge answer's buffer is not kept for the thread's lifetime.
            if (buffer.Capacity <= KeepCapacity)
            {
                t_writer = writer;
            }
        }
    }
}
