using Newtonsoft.Json.Linq;

namespace Harness.Mock.Apis.Iterable;

/// <summary>How users/update writes <c>dataFields</c> into a profile's custom fields.</summary>
internal static class DataFieldsMerge
{
    /// <summary>Keys the profile keeps itself; sent in <c>dataFields</c> they are identifier changes or ignored.</summary>
    public static readonly IReadOnlySet<string> SystemKeys = new HashSet<string>(
        ["email", "userId", "signupDate", "signupSource", "profileUpdatedAt", "devices"], StringComparer.Ordinal);

    /// <summary>
    /// Sent keys overwrite stored ones, other stored keys stay. With <paramref name="mergeNestedObjects"/>,
    /// an object sent where an object is stored is merged into it key by key, recursively (Decision:
    /// arrays and scalars are replaced). Returns the new custom fields, null when there are none.
    /// </summary>
    public static JObject? Apply(JObject? stored, JObject sent, bool mergeNestedObjects)
    {
        foreach (var property in sent.Properties())
        {
            if (SystemKeys.Contains(property.Name))
            {
                continue;
            }

            stored ??= [];
            if (mergeNestedObjects && property.Value is JObject sentObject && stored[property.Name] is JObject storedObject)
            {
                MergeInto(storedObject, sentObject);
            }
            else
            {
                stored[property.Name] = property.Value.DeepClone();
            }
        }

        return stored is { Count: > 0 } ? stored : null;
    }

    private static void MergeInto(JObject stored, JObject sent)
    {
        foreach (var property in sent.Properties())
        {
            if (property.Value is JObject sentObject && stored[property.Name] is JObject storedObject)
            {
                MergeInto(storedObject, sentObject);
            }
            else
            {
                stored[property.Name] = property.Value.DeepClone();
            }
        }
    }
}
