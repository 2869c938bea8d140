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

    [ThreadStatic]
    private static StringWriter? t_writer;

    public static string Render(JToken token)
    {
        var writer = t_writer ?? new StringWriter(new StringBuilder(1024), CultureInfo.InvariantCulture);
        t_writer = null;
        var buffer = writer.GetStringBuilder();
        buffer.Clear();
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false })
        {
            token.WriteTo(json);
        }

        var text = buffer.ToString();
        // A huge answer's buffer is not kept for the thread's lifetime.
        if (buffer.Capacity <= KeepCapacity)
        {
            t_writer = writer;
        }

        return text;
    }
}
