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
    /// (Decision). Returns the new custom fields, null when there are none.
    /// </summary>
    public static JObject? Apply(JObject? stored, JObject sent, bool mergeNestedObjects)
    {
        foreach (var property in sent.Properties())
        {
            if (SystemKeys.Contains(property.Name))
            {
                continue;
            }

            if (property.Value.Type == JTokenType.Null)
            {
                stored?.Remove(property.Name);
                continue;
            }

            stored ??= [];
            if (mergeNestedObjects && property.Value is JObject sentObject && stored[property.Name] is JObject storedObject)
            {
                MergeInto(storedObject, sentObject);
            }
            else
            {
                stored[property.Name] = WithoutNullKeys(property.Value);
            }
        }

        return stored is { Count: > 0 } ? stored : null;
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
