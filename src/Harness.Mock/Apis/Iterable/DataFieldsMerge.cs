using Harness.Core.Collections;
using Harness.Mock.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>How users/update writes <c>dataFields</c> into a profile's custom fields.</summary>
internal static class DataFieldsMerge
{
    /// <summary>Keys the profile keeps itself; sent in <c>dataFields</c> they are identifier changes, <c>signupDate</c>, or ignored.</summary>
    public static readonly IReadOnlySet<string> SystemKeys = new HashSet<string>(
        ["email", "userId", "signupDate", "signupSource", "profileUpdatedAt", "devices", "itblInternal"], StringComparer.Ordinal);

    /// <summary>System keys a client cannot write: sent in <c>dataFields</c> they are ignored, <c>null</c> included.</summary>
    public static readonly IReadOnlySet<string> IgnoredKeys = new HashSet<string>(
        ["signupSource", "profileUpdatedAt", "devices", "itblInternal"], StringComparer.Ordinal);

    /// <summary>
    /// Sent keys overwrite stored ones, other stored keys stay, <c>null</c> removes a key. With
    /// <paramref name="mergeNestedObjects"/>, an object sent where an object is stored is merged into it key by
    /// key, recursively, a <c>null</c> inside removing that nested key (recorded); arrays and scalars are
    /// replaced (Decision). Without it, a sent object replaces the stored one without its <c>null</c> keys
    /// (Decision). Returns the new custom fields.
    /// </summary>
    public static PackedJson Apply(PackedJson stored, JObject sent, bool mergeNestedObjects)
    {
        if (stored.IsEmpty)
        {
            // Nothing to merge with: the sent fields are written straight to text, as a merge would store them.
            return PackedJson.Write(sent, static (writer, fields) => WriteNew(writer, fields));
        }

        // The stored text is streamed into the new one, sent values put in as it passes their keys, so a write to a
        // known profile builds no tree of what it keeps.
        return PackedJson.Write((stored, sent, mergeNestedObjects), static (writer, merge) =>
            merge.stored.Read((writer, merge.sent, merge.mergeNestedObjects), static (reader, into) =>
            {
                var storedKeys = ScratchSet.Rent<string>();
                try
                {
                    WriteMerged(reader, into.writer, into.sent, into.mergeNestedObjects, storedKeys);
                }
                finally
                {
                    ScratchSet.Return(storedKeys);
                }

                return 0;
            }));
    }

    private static void WriteMerged(JsonTextReader stored, JsonWriter writer, JObject sent, bool mergeNestedObjects, HashSet<string> storedKeys)
    {
        writer.WriteStartObject();
        stored.Read();
        while (stored.Read() && stored.TokenType == JsonToken.PropertyName)
        {
            var name = (string)stored.Value!;
            stored.Read();
            storedKeys.Add(name);
            if (sent.Property(name, StringComparison.Ordinal)?.Value is not { } value)
            {
                writer.WritePropertyName(name);
                writer.WriteToken(stored);
            }
            else if (value.Type == JTokenType.Null)
            {
                stored.Skip();
            }
            else if (mergeNestedObjects && value is JObject sentObject && stored.TokenType == JsonToken.StartObject)
            {
                var storedObject = (JObject)JToken.ReadFrom(stored);
                MergeInto(storedObject, sentObject);
                writer.WritePropertyName(name);
                storedObject.WriteTo(writer);
            }
            else
            {
                stored.Skip();
                writer.WritePropertyName(name);
                WriteWithoutNullKeys(writer, value);
            }
        }

        foreach (var property in sent.Properties())
        {
            if (!storedKeys.Contains(property.Name) && !SystemKeys.Contains(property.Name) && property.Value.Type != JTokenType.Null)
            {
                writer.WritePropertyName(property.Name);
                WriteWithoutNullKeys(writer, property.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteNew(JsonWriter writer, JObject sent)
    {
        writer.WriteStartObject();
        foreach (var property in sent.Properties())
        {
            if (!SystemKeys.Contains(property.Name) && property.Value.Type != JTokenType.Null)
            {
                writer.WritePropertyName(property.Name);
                WriteWithoutNullKeys(writer, property.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteWithoutNullKeys(JsonWriter writer, JToken value)
    {
        if (value is not JObject json)
        {
            value.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var property in json.Properties())
        {
            if (property.Value.Type != JTokenType.Null)
            {
                writer.WritePropertyName(property.Name);
                WriteWithoutNullKeys(writer, property.Value);
            }
        }

        writer.WriteEndObject();
    }

    private static void MergeInto(JObject stored, JObject sent)
    {
        foreach (var property in sent.Properties())
        {
            if (property.Value.Type == JTokenType.Null)
            {
                stored.Remove(property.Name);
            }
            else if (property.Value is JObject sentObject && stored[property.Name] is JObject storedObject)
            {
                MergeInto(storedObject, sentObject);
            }
            else
            {
                stored[property.Name] = WithoutNullKeys(property.Value);
            }
        }
    }

    /// <summary>A copy of the value with the <c>null</c> keys of its objects left out (an object may end up <c>{}</c>).</summary>
    private static JToken WithoutNullKeys(JToken value)
    {
        if (value is not JObject json)
        {
            return value.DeepClone();
        }

        var copy = new JObject();
        foreach (var property in json.Properties())
        {
            if (property.Value.Type != JTokenType.Null)
            {
                copy[property.Name] = WithoutNullKeys(property.Value);
            }
        }

        return copy;
    }
}
