using System.Buffers;
using System.Text;
using Harness.Mock.Server;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.State;

/// <summary>
/// A stored JSON object kept as its compact text in UTF-8. A tenant may hold a million of them, each living as long
/// as the tenant: as a token tree, two custom fields cost about 750 bytes in ten objects, every one of which a
/// collection walks and promotes through each generation; as UTF-8 text they cost one array, half the size of a
/// string for the usual ASCII. The tree is rebuilt only when the object is read or changed. The default value is
/// the empty object.
/// </summary>
internal readonly struct PackedJson
{
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    private readonly byte[]? _utf8;

    private PackedJson(byte[] utf8) => _utf8 = utf8;

    /// <summary>True for the empty object (no properties).</summary>
    public bool IsEmpty => _utf8 is null;

    /// <summary>The compact text, <c>{}</c> when empty.</summary>
    public override string ToString() => _utf8 is null ? "{}" : Encoding.UTF8.GetString(_utf8);

    /// <summary>The object as text; empty when it has no properties.</summary>
    public static PackedJson Pack(JObject json) =>
        json.Count == 0 ? default : Write(json, static (writer, value) => value.WriteTo(writer));

    /// <summary>
    /// Packs what <paramref name="writeObject"/> writes: one JSON object (<c>{}</c> packs as empty). Lets a caller
    /// write a filtered copy of a token straight to text instead of building the copy first.
    /// </summary>
    public static PackedJson Write<TState>(TState state, Action<JsonWriter, TState> writeObject) =>
        JsonText.Render((state, writeObject), static (json, args) => args.writeObject(json, args.state),
            static text => text.Length == 2 && text[0] == '{' && text[1] == '}' ? default : new PackedJson(Encode(text)));

    /// <summary>A new token tree of the object, which the caller may change freely.</summary>
    public JObject Unpack() =>
        IsEmpty ? [] : Read(0, static (reader, _) => (JObject)JToken.ReadFrom(reader, NoLineInfo));

    /// <summary>Adds each property to <paramref name="into"/>, in stored order, without building the whole object first.</summary>
    public void CopyPropertiesTo(JObject into)
    {
        if (IsEmpty)
        {
            return;
        }

        Read(into, static (reader, into) =>
        {
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                reader.Read();
                into[name] = JToken.ReadFrom(reader, NoLineInfo);
            }

            return 0;
        });
    }

    /// <summary>
    /// Runs <paramref name="read"/> over the stored text (not for the empty object), with a reader placed before the
    /// object's first token: a caller can stream the object into a writer without building its tree.
    /// </summary>
    // No depth limit: stored text was written here, within the limits of the request or document it came from.
    public T Read<TState, T>(TState state, Func<JsonTextReader, TState, T> read) =>
        PooledJson.Read(_utf8 ?? throw new InvalidOperationException("the empty object has no text"), null, state, read);

    // Text comes from parsed JSON, whose reader already turns an unpaired surrogate escape into U+FFFD, so UTF-8
    // carries all of it.
    private static byte[] Encode(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, chars, 0, text.Length);
            var utf8 = new byte[Encoding.UTF8.GetByteCount(chars, 0, text.Length)];
            Encoding.UTF8.GetBytes(chars, 0, text.Length, utf8, 0);
            return utf8;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
