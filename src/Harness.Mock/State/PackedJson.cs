using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.State;

/// <summary>
/// A stored JSON object kept as its compact text. A tenant may hold a million of them, each living as long as the
/// tenant: as a token tree, two custom fields cost about 750 bytes in ten objects, every one of which a collection
/// walks and promotes through each generation; as text they cost one string. The tree is rebuilt only when the
/// object is read or changed. The default value is the empty object.
/// </summary>
internal readonly struct PackedJson
{
    private const int KeepCapacity = 16 * 1024;

    // Stored text was written here, within the depth limits of the request or document it came from.
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    [ThreadStatic]
    private static StringWriter? t_writer;

    private readonly string? _text;

    private PackedJson(string text) => _text = text;

    /// <summary>True for the empty object (no properties).</summary>
    public bool IsEmpty => _text is null;

    /// <summary>The compact text, <c>{}</c> when empty.</summary>
    public override string ToString() => _text ?? "{}";

    /// <summary>The object as text; empty when it has no properties.</summary>
    public static PackedJson Pack(JObject json) =>
        json.Count == 0 ? default : Write(json, static (writer, value) => value.WriteTo(writer));

    /// <summary>
    /// Packs what <paramref name="writeObject"/> writes: one JSON object (<c>{}</c> packs as empty). Lets a caller
    /// write a filtered copy of a token straight to text instead of building the copy first.
    /// </summary>
    public static PackedJson Write<TState>(TState state, Action<JsonWriter, TState> writeObject)
    {
        var writer = t_writer ?? new StringWriter(new StringBuilder(256), CultureInfo.InvariantCulture);
        t_writer = null;
        var buffer = writer.GetStringBuilder();
        buffer.Clear();
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false })
        {
            writeObject(json, state);
        }

        var packed = buffer.Length == 2 && buffer[0] == '{' && buffer[1] == '}' ? default : new PackedJson(buffer.ToString());
        if (buffer.Capacity <= KeepCapacity)
        {
            t_writer = writer;
        }

        return packed;
    }

    /// <summary>A new token tree of the object, which the caller may change freely.</summary>
    public JObject Unpack()
    {
        if (_text is null)
        {
            return [];
        }

        using var reader = Reader(_text);
        return (JObject)JToken.ReadFrom(reader, NoLineInfo);
    }

    /// <summary>Adds each property to <paramref name="into"/>, in stored order, without building the whole object first.</summary>
    public void CopyPropertiesTo(JObject into)
    {
        if (_text is null)
        {
            return;
        }

        using var reader = Reader(_text);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            into[name] = JToken.ReadFrom(reader, NoLineInfo);
        }
    }

    // The request parser's settings (dates stay text, fractions are doubles), so a value reads back as it was sent.
    private static JsonTextReader Reader(string text) => new(new StringReader(text))
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        MaxDepth = null,
    };
}
